import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { gatePages } from '../helpers/pages.ts';
import { expect, test, walkTest } from './fixtures.ts';

// axe-core on every page, in the light and the dark colour scheme: WCAG 2.0,
// 2.1 and 2.2 A and AA, plus axe's best practices. Zero violations. One test
// per page and scheme, so each test costs the same whatever the page count
// (walkTest: one navigation of a page the worker keeps open), and one test per
// state a reader makes appear, on a fresh page.

const PAGES = gatePages();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe's violations on the page as it is now, one line each. */
async function violationsOn(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((violation) => {
    const where = violation.nodes
      .slice(0, 3)
      .map((node) => node.target.join(' '))
      .join(' | ');
    return `${violation.id} (${violation.impact}): ${violation.help} at ${where}`;
  });
}

// The states a reader makes appear: search results and the emergency card,
// a self-check answer, a running timer, a plan with a date.
const STATES: { name: string; path: string; act: (page: Page) => Promise<void> }[] = [
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
      await page.locator('bsg-self-check fieldset').first().getByRole('radio', { name: 'Yes' }).check();
      await expect(page.locator('bsg-self-check')).toHaveAttribute('data-result', 'emergency');
    },
  },
  {
    name: 'a running timer',
    path: '/tools/ice-heat-timer/',
    act: async (page) => {
      await page.locator('bsg-ice-heat-timer').getByRole('button', { name: 'Start the timer' }).click();
      await expect(page.locator('bsg-ice-heat-timer').getByRole('timer')).toBeVisible();
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

// axe on one long page (the plan, the tools) took up to 14 s, and a state up
// to 29 s, at a load average of 34 on 2 cores: twice that is the limit.
test.describe.configure({ mode: 'parallel', timeout: 60_000 });

for (const colorScheme of ['light', 'dark'] as const) {
  walkTest.describe(`${colorScheme} colour scheme`, () => {
    walkTest.use({ walk: { colorScheme } });
    for (const path of PAGES) {
      walkTest(`axe finds no violations on ${path}`, async ({ page }) => {
        await page.goto(path);
        expect(await violationsOn(page)).toEqual([]);
      });
    }
  });

  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });
    for (const state of STATES) {
      test(`axe finds no violations with ${state.name}`, async ({ page, errors }) => {
        await page.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (event) => {
            console.error(`CSP violation: ${event.violatedDirective}`);
          });
        });
        await page.goto(state.path);
        await state.act(page);
        expect(await violationsOn(page)).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  });
}
