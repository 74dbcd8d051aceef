// The system Chromium that browser tests, Storybook tests and the demo's end-to-end test drive.
// Tools that download their own browser build are avoided: the system package is what CI installs.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium executable: `CHROME_PATH`, else Debian's `/usr/bin/chromium`. Throws a clear error when neither exists. */
export function chromiumPath() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium was not found at ${path}. Browser tests need the system Chromium: ` +
        'install it (`apt-get install chromium`) or point CHROME_PATH at a Chromium or Chrome executable.',
    );
  }
  return path;
}
