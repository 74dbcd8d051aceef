// axe over a page opened with Playwright: the one audit the end-to-end tests and the static Storybook
// check hold pages to, so "passes axe" means the same everywhere.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** WCAG 2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The violations on `page`, shadow roots included, each as `rule: where`. Frames are pages of their own
 * and are not entered.
 * @param {import('playwright').Page} page
 * @param {{ exclude?: string[], disabled?: readonly string[] }} [options] selectors to leave out, rules to turn off
 * @returns {Promise<string[]>}
 */
export async function axeViolations(page, { exclude = [], disabled = [] } = {}) {
  // Evaluated through the browser's debugging protocol, which the page's CSP does not govern.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, exclude, disabled }) => {
      const { axe } = /** @type {any} */ (window);
      const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
      const context = { include: [document], exclude: exclude.map((selector) => [selector]) };
      /** @type {{ violations: { id: string, nodes: { target: string[] }[] }[] }} */
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, rules, iframes: false });
      return result.violations.map(({ id, nodes }) => `${id}: ${nodes.map(({ target }) => target.join(' ')).join(', ')}`);
    },
    { tags: AXE_TAGS, exclude, disabled },
  );
}
