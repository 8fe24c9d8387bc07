import type { Locator, Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { gatePages } from '../helpers/pages.ts';
import { localeOfPath, ui } from '../../src/i18n/index.ts';
import { expect, test } from './fixtures.ts';

// What a reader in pain sees on a 390x844 phone without scrolling, in the
// light and the dark colour scheme (issue #11). Every position is read from
// the element's own box, never from a screenshot.

const PHONE = { width: 390, height: 844 };
const HEADER_MAX = 120;
const TAP_MIN = 44;
const PAGES = gatePages().filter((path) => path !== '/offline/');
const CARDS_FIRST = '/articles/when-to-get-help/';
const ARTICLES = readdirSync('content/articles')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => `/articles/${file.replace(/\.mdx$/, '')}/`)
  .filter((path) => PAGES.includes(path) && path !== CARDS_FIRST);

/** The element's box on the page (from the top of the document), failing if it has none. */
async function boxOf(locator: Locator) {
  await expect(locator).toBeVisible();
  const box = await locator.evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return {
      top: rect.top + window.scrollY,
      bottom: rect.bottom + window.scrollY,
      width: rect.width,
      height: rect.height,
    };
  });
  return box;
}

/** Asserts the element lies wholly on the first screen: it starts below 0 and ends above the fold. */
async function expectOnFirstScreen(page: Page, locator: Locator, what: string) {
  expect(await page.evaluate(() => window.scrollY), 'the page has not scrolled').toBe(0);
  const box = await boxOf(locator);
  expect(box.top, `${what} starts on the page`).toBeGreaterThanOrEqual(0);
  expect(box.bottom, `${what} ends above the fold (${PHONE.height}px)`).toBeLessThanOrEqual(PHONE.height);
}

test.describe.configure({ mode: 'parallel' });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`390x844 phone, ${colorScheme}`, () => {
    test.use({ viewport: PHONE, isMobile: true, hasTouch: true, colorScheme });

    test('When to get help: the emergency card heading and its first sign are on the first screen', async ({
      page,
      errors,
    }) => {
      await page.goto(CARDS_FIRST);
      // The emergency level has more than one card (nerve signs first); the first one leads.
      const card = page.locator('[data-care-card="emergency"]').first();
      await expectOnFirstScreen(page, card.getByRole('heading'), 'the emergency card heading');
      await expectOnFirstScreen(page, card.locator('li').first(), 'the first emergency sign');
      // Most serious first: every emergency card, then the urgent ones, then routine.
      const levels = await page
        .locator('[data-care-card]')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-care-card')));
      expect(levels.filter((level, i) => level !== levels[i - 1])).toEqual(['emergency', 'urgent', 'routine']);
      // "In short" follows the cards on screen, before the explanations.
      const routine = await boxOf(page.locator('[data-care-card="routine"]').last());
      const inShort = await boxOf(page.getByRole('region', { name: 'In short' }));
      const firstExplanation = await boxOf(page.locator('.article__body .section-heading').first());
      expect(inShort.top).toBeGreaterThan(routine.bottom);
      expect(inShort.bottom).toBeLessThan(firstExplanation.top);
      expect(errors).toEqual([]);
    });

    test('home: the "Right now" steps start on the first screen, with the way to the warning signs', async ({
      page,
      errors,
    }) => {
      await page.goto('/');
      const steps = page.getByRole('region', { name: 'Right now' }).getByRole('listitem');
      const first = await boxOf(steps.first());
      expect(first.top, 'the first step starts above the fold').toBeLessThan(PHONE.height - 48);
      await expectOnFirstScreen(page, page.getByRole('link', { name: 'Get help now' }), '"Get help now"');
      expect(errors).toEqual([]);
    });

    for (const path of ARTICLES) {
      test(`${path}: the first "In short" point is on the first screen`, async ({ page, errors }) => {
        await page.goto(path);
        const inShort = page.getByRole('region', { name: 'In short' });
        await expectOnFirstScreen(page, inShort.getByRole('listitem').first(), 'the first "In short" point');
        // One compact share control by the title, not a row of buttons above the answer.
        const share = await boxOf(page.locator('summary', { hasText: 'Share' }));
        expect(share.height).toBeGreaterThanOrEqual(TAP_MIN);
        expect(share.bottom).toBeLessThan((await boxOf(inShort)).top);
        expect(errors).toEqual([]);
      });
    }

    for (const path of PAGES) {
      test(`${path}: the header is at most ${HEADER_MAX}px, every control at least ${TAP_MIN}px, "Get help now" on screen`, async ({
        page,
      }) => {
        await page.goto(path);
        const header = page.locator('header.site-header');
        const box = await boxOf(header);
        expect(box.height).toBeLessThanOrEqual(HEADER_MAX);
        const getHelp = header.getByRole('link', { name: ui(localeOfPath(path)).layout.getHelp });
        await expectOnFirstScreen(page, getHelp, '"Get help now"');
        await expect(getHelp).toHaveAttribute('href', /\/articles\/when-to-get-help\/$/);
        const controls = header.locator('a, button, summary, input');
        const sizes = await controls.evaluateAll((els) =>
          els
            .filter((el) => el.checkVisibility())
            .map((el) => {
              const rect = el.getBoundingClientRect();
              return { name: (el.textContent ?? '').trim() || el.tagName, width: rect.width, height: rect.height };
            }),
        );
        expect(sizes.length).toBeGreaterThanOrEqual(5);
        const small = sizes.filter((s) => s.width < TAP_MIN || s.height < TAP_MIN);
        expect(small, 'header controls under 44x44 px').toEqual([]);
      });
    }
  });
}

test.describe('the header search on a phone', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test('"Search" opens the box without JavaScript, and the form still submits', async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/articles/ice-or-heat/');
    const box = page.getByRole('searchbox', { name: 'Search the guide' });
    await expect(box).toBeHidden();
    await page.locator('header summary', { hasText: 'Search' }).click();
    await box.fill('ice');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=ice$/);
    await context.close();
  });

  test('opening "Search" puts the cursor in the box, and keeps the header controls 44 px', async ({ page, errors }) => {
    await page.goto('/');
    await page.locator('header summary', { hasText: 'Search' }).click();
    // With JavaScript the box is the search combobox (HeaderSearch.astro).
    const box = page.getByRole('combobox', { name: 'Search the guide' });
    await expect(box).toBeFocused();
    expect((await boxOf(box)).height).toBeGreaterThanOrEqual(TAP_MIN);
    expect((await boxOf(page.locator('header').getByRole('button', { name: 'Search' }))).height).toBeGreaterThanOrEqual(
      TAP_MIN,
    );
    expect(errors).toEqual([]);
  });
});

// The printable area of an A4 sheet at 96 CSS px per inch: 210x297 mm less
// the 12 mm margins of the print styles' @page rule.
const MM = 96 / 25.4;
const A4 = { width: Math.floor((210 - 24) * MM), height: Math.floor((297 - 24) * MM) };

// With and without JavaScript: before the scripts run (a busy phone, or none
// at all), the paper copy must be the same (a named @page once added a blank
// first sheet whenever the scripts had not run).
for (const javaScriptEnabled of [true, false]) {
  test.describe(`printing When to get help ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ viewport: A4, javaScriptEnabled });

    // Three sheets since the warning signs grew (sepsis in two signs, the pregnancy sign and section, heavy
    // lifting): the emergency cards stay on the first.
    test('the emergency card lies on page 1, and the page fits on at most 3 A4 sheets', async ({ page, errors }) => {
      await page.goto(CARDS_FIRST);
      await page.emulateMedia({ media: 'print' });
      // Every emergency card (nerve signs, other emergencies) is on the first sheet.
      const first = await boxOf(page.locator('[data-care-card="emergency"]').first());
      const last = await boxOf(page.locator('[data-care-card="emergency"]').last());
      expect(first.top).toBeGreaterThanOrEqual(0);
      expect(last.bottom, 'the emergency cards end on page 1').toBeLessThanOrEqual(A4.height);
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      const sheets = pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
      expect(sheets.length).toBeGreaterThanOrEqual(1);
      expect(sheets.length, 'A4 sheets').toBeLessThanOrEqual(3);
      expect(errors).toEqual([]);
    });
  });
}

test.describe('the first-days chart on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true });

  test('no two labels overlap, the scale is explained, and "Get help" spans every phase', async ({ page, errors }) => {
    await page.goto('/articles/first-48-hours/');
    const chart = page.locator('[data-diagram="first-days"]');
    await chart.scrollIntoViewIfNeeded();
    const labels = await chart.locator('.diagram__svg text').evaluateAll((texts) =>
      texts.flatMap((text) => {
        const parts = text.querySelectorAll('tspan');
        return [...(parts.length ? parts : [text])].map((el) => {
          const r = el.getBoundingClientRect();
          return { text: el.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        });
      }),
    );
    expect(labels.length).toBeGreaterThan(8);
    const overlaps = labels.flatMap((a, i) =>
      labels
        .slice(i + 1)
        .filter((b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
        .map((b) => `${a.text} / ${b.text}`),
    );
    expect(overlaps).toEqual([]);
    await expect(chart.getByText('How tall a bar is:')).toBeVisible();
    const band = await boxOf(chart.locator('.help-band'));
    const firstBar = await boxOf(chart.locator('.lane--rest .cell').first());
    const lastBar = await boxOf(chart.locator('.lane--move .cell').last());
    const chartBox = await chart.locator('.diagram__svg').evaluate((svg) => {
      const r = svg.getBoundingClientRect();
      return { width: r.width };
    });
    expect(band.width).toBeGreaterThan(chartBox.width * 0.95);
    expect(firstBar.height).toBeGreaterThan(0);
    expect(lastBar.height).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
