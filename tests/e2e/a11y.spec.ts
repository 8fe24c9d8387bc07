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
            const where = violation.nodes
              .slice(0, 3)
              .map((node) => node.target.join(' '))
              .join(' | ');
            found.push(`${path}: ${violation.id} (${violation.impact}): ${violation.help} at ${where}`);
          }
        }
        expect(found).toEqual([]);
      });
    }
  });
}

// The same checks on what a reader makes appear: search results and the
// emergency card, a self-check answer, a running timer, a plan with a date.
const STATES: { name: string; path: string; act: (page: import('@playwright/test').Page) => Promise<void> }[] = [
  {
    name: 'search results',
    path: '/search/?q=ice+or+heat',
    act: async (page) => {
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    },
  },
  {
    name: 'search with the emergency card',
    path: '/search/?q=cant+pee',
    act: async (page) => {
      await expect(page.locator('[data-care-card="emergency"]').first()).toBeVisible();
    },
  },
  {
    name: 'self-check with an emergency answer',
    path: '/tools/do-i-need-help/',
    act: async (page) => {
      await page.locator('self-check fieldset').first().getByRole('radio', { name: 'Yes' }).check();
      await expect(page.locator('self-check')).toHaveAttribute('data-result', 'emergency');
    },
  },
  {
    name: 'a running timer',
    path: '/tools/ice-heat-timer/',
    act: async (page) => {
      await page.locator('ice-heat-timer').getByRole('button', { name: 'Start the timer' }).click();
      await expect(page.locator('ice-heat-timer').getByRole('timer')).toBeVisible();
    },
  },
  {
    name: 'a plan with a start date',
    path: '/tools/recovery-plan/',
    act: async (page) => {
      await page.getByLabel('When did your back spasm start?').fill('2026-11-18');
      await page.getByRole('button', { name: 'Show my day' }).click();
      await expect(page.locator('[aria-current]').first()).toBeVisible();
    },
  },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in what readers make appear (${colorScheme})`, async ({ page, errors }) => {
    await page.emulateMedia({ colorScheme });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective}`);
      });
    });
    const found: string[] = [];
    for (const state of STATES) {
      await page.goto(state.path);
      await state.act(page);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const violation of violations) found.push(`${state.name}: ${violation.id}: ${violation.help}`);
    }
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  });
}
