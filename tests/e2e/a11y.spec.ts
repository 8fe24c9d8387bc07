import AxeBuilder from '@axe-core/playwright';
import { sitePages, slices } from '../helpers/pages.ts';
import { expect, test } from './fixtures.ts';

// axe-core on every page, in the light and the dark colour scheme: WCAG 2.0,
// 2.1 and 2.2 A and AA, plus axe's best practices. Zero violations.

const PAGES = sitePages();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test.describe.configure({ mode: 'parallel' });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });
    for (const [index, part] of slices(PAGES, 2).entries()) {
      test(`axe finds no violations (part ${index + 1})`, async ({ page }) => {
        const found: string[] = [];
        for (const path of part) {
          await page.goto(path);
          const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          for (const violation of violations) {
            const where = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ');
            found.push(`${path}: ${violation.id} (${violation.impact}): ${violation.help} at ${where}`);
          }
        }
        expect(found).toEqual([]);
      });
    }
  });
}
