// Lints every package as it would be published (exports, types, files) and fails on any finding.
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { readFileSync, readdirSync } from 'node:fs';

let findings = 0;
for (const name of readdirSync('packages')) {
  const pkgDir = `packages/${name}`;
  const pkg = JSON.parse(readFileSync(`${pkgDir}/package.json`, 'utf8'));
  const { messages } = await publint({ pkgDir, strict: true, pack: 'npm' });
  for (const message of messages) console.log(`${pkg.name}: ${message.type}: ${formatMessage(message, pkg)}`);
  findings += messages.length;
  if (messages.length === 0) console.log(`${pkg.name}: all good`);
}
process.exitCode = findings === 0 ? 0 : 1;
