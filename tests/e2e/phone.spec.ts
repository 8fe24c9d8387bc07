import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// What a reader finds on a 390x844 phone, and that a wide screen keeps its
// layout: the header's search as one panel, 16 px navigation, 44 px links,
// the "Warning signs" link that stays in reach, and tables that stack.
// Every size is read from the element's own box or computed style.

const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1280, height: 800 };
const TAP_MIN = 44;
const LONG_PAGE = '/articles/first-48-hours/';

const toggleOf = (page: Page) => page.locator('header summary.search-fold__toggle');
const heightOf = async (locator: Locator) => (await locator.boundingBox())!.height;

/** Scrolls the page at once (no smooth scrolling) to the given share of its height. */
async function scrollToShare(page: Page, share: number) {
  await page.evaluate((share) => {
    const top = Math.round(document.documentElement.scrollHeight * share);
    window.scrollTo({ top, behavior: 'instant' });
  }, share);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
}

test.describe('390x844 phone', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test('search opens as one panel across the whole screen, over the page, with one "Search" control', async ({
    page,
    errors,
  }) => {
    await page.goto('/articles/ice-or-heat/');
    const header = page.locator('header.site-header');
    const headerHeight = await heightOf(header);
    await toggleOf(page).click();
    const box = page.getByRole('combobox', { name: 'Search the guide' });
    await expect(box).toBeFocused();

    // The panel is the viewport, and opaque: the page does not show through.
    const panel = page.locator('[data-search-fold]');
    expect(await panel.boundingBox()).toEqual({ x: 0, y: 0, width: PHONE.width, height: PHONE.height });
    expect(await panel.evaluate((el) => getComputedStyle(el).backgroundColor)).toMatch(/^rgb\(/);
    // The header did not grow to hold it.
    expect(await heightOf(header)).toBe(headerHeight);
    // One box, one visible "Search" control (the toggle now says "Close search").
    await expect(page.getByRole('searchbox').or(box).filter({ visible: true })).toHaveCount(1);
    await expect(page.getByText('Search', { exact: true }).filter({ visible: true })).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeVisible();
    await expect(toggleOf(page)).toHaveText('Close search', { useInnerText: true });
    // What the panel covers is hidden, so focus cannot go behind it.
    await expect(page.locator('main')).toBeHidden();

    // The results run the panel's width, under the box.
    await box.pressSequentially('sleep');
    const option = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    await expect(option).toBeVisible();
    const results = (await page.locator('[data-header-popup]').boundingBox())!;
    const boxAt = (await box.boundingBox())!;
    expect(results.width).toBeGreaterThanOrEqual(PHONE.width - 2 * 16);
    expect(results.y).toBeGreaterThanOrEqual(boxAt.y + boxAt.height);
    expect(errors).toEqual([]);
  });

  test('Escape closes the list, then the search panel, and focus goes back to "Search"', async ({ page, errors }) => {
    await page.goto('/articles/ice-or-heat/');
    await toggleOf(page).click();
    const box = page.getByRole('combobox', { name: 'Search the guide' });
    await box.pressSequentially('sleep');
    const list = page.getByRole('listbox', { name: 'Search results' });
    await expect(list.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(box).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-search-fold]')).not.toHaveAttribute('open');
    await expect(toggleOf(page)).toBeFocused();
    await expect(page.locator('main')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('"Close search" closes the panel and keeps focus on the toggle, named "Search" again', async ({
    page,
    errors,
  }) => {
    await page.goto('/');
    const toggle = toggleOf(page);
    await toggle.click();
    await expect(page.getByRole('combobox', { name: 'Search the guide' })).toBeFocused();
    await toggle.click();
    await expect(page.locator('[data-search-fold]')).not.toHaveAttribute('open');
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAccessibleName('Search');
    expect((await toggle.boundingBox())!.height).toBeGreaterThanOrEqual(TAP_MIN);
    expect(errors).toEqual([]);
  });

  test('header and footer navigation text is at least 16 px', async ({ page, errors }) => {
    await page.goto(LONG_PAGE);
    const links = page.locator('header nav a, footer nav a');
    expect(await links.count()).toBeGreaterThan(5);
    const sizes = await links.evaluateAll((all) =>
      all.map((a) => ({ text: a.textContent?.trim(), px: parseFloat(getComputedStyle(a).fontSize) })),
    );
    expect(sizes.filter((s) => s.px < 16)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the Spanish header keeps its links at 16 px within 120 px', async ({ page, errors }) => {
    await page.goto('/es/articles/first-48-hours/');
    expect(await heightOf(page.locator('header.site-header'))).toBeLessThanOrEqual(120);
    expect(
      await page
        .locator('header nav a')
        .first()
        .evaluate((a) => getComputedStyle(a).fontSize),
    ).toBe('16px');
    expect(errors).toEqual([]);
  });

  test('breadcrumb links are 44 px tall, their text the same size as before', async ({ page, errors }) => {
    await page.goto(LONG_PAGE);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
    expect(await crumbs.count()).toBeGreaterThan(1);
    for (const height of await crumbs.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().height)))
      expect(height).toBeGreaterThanOrEqual(TAP_MIN);
    expect(await crumbs.first().evaluate((a) => getComputedStyle(a).fontSize)).toBe('15px');
    expect(errors).toEqual([]);
  });

  test("the recovery plan's day links are 44 px tall", async ({ page, errors }) => {
    await page.goto('/tools/recovery-plan/');
    const days = page.locator('.plan-nav a');
    expect(await days.count()).toBeGreaterThan(10);
    const heights = await days.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().height));
    expect(heights.filter((h) => h < TAP_MIN)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('"Warning signs" stays in reach far down a long page, and leads to its first emergency card', async ({
    page,
    errors,
  }) => {
    await page.goto(LONG_PAGE);
    const link = page.getByRole('link', { name: 'Warning signs', exact: true });
    // Under the header there is "Get help now"; the link waits until the header has gone.
    await expect(link).toBeHidden();
    await scrollToShare(page, 0.2);
    await expect(link).toBeInViewport();
    const at = (await link.boundingBox())!;
    expect(at.y + at.height).toBeLessThanOrEqual(PHONE.height);
    expect(at.height).toBeGreaterThanOrEqual(TAP_MIN);
    await expect(link).toHaveAttribute('href', '#care-nerves');
    await link.click();
    await expect(page).toHaveURL(/#care-nerves$/);
    const card = page.locator('[data-care-card="emergency"]').first();
    await expect(card.getByRole('heading')).toBeInViewport();
    expect(errors).toEqual([]);
  });

  test('"Warning signs" works without JavaScript, and a page with no emergency card links to when to get help', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/es/articles/ice-or-heat/');
    await scrollToShare(page, 0.4);
    const link = page.getByRole('link', { name: 'Señales de alarma', exact: true });
    await expect(link).toBeInViewport();
    await expect(link).toHaveAttribute('href', '/es/articles/when-to-get-help/');
    await context.close();
  });

  test('the Spanish ice and heat table fits its box, its safety column shown', async ({ page, errors }) => {
    await page.goto('/es/articles/ice-and-heat-timing/');
    const region = page.getByRole('region', { name: /Seguridad/ });
    await region.scrollIntoViewIfNeeded();
    const sizes = await region.evaluate((box) => ({
      box: box.clientWidth,
      scroll: box.scrollWidth,
      table: box.querySelector('table')!.getBoundingClientRect().width,
    }));
    expect(sizes.table).toBeLessThanOrEqual(sizes.box);
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.box);
    const safety = region.getByText('Nunca la ponga directamente sobre la piel', { exact: false });
    await safety.scrollIntoViewIfNeeded();
    await expect(safety).toBeInViewport({ ratio: 1 });
    // Each cell says which column it is in.
    expect(await safety.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Seguridad"');
    expect(errors).toEqual([]);
  });

  test('the English ice and heat table fits its box too', async ({ page, errors }) => {
    await page.goto('/articles/ice-and-heat-timing/');
    const region = page.getByRole('region', { name: /Safety/ });
    const sizes = await region.evaluate((box) => ({ box: box.clientWidth, scroll: box.scrollWidth }));
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.box);
    const cell = region.locator('td[data-label="Safety"]').first();
    await cell.scrollIntoViewIfNeeded();
    await expect(cell).toBeInViewport({ ratio: 1 });
    expect(errors).toEqual([]);
  });
});

test.describe('wide screen', () => {
  test.use({ viewport: WIDE, isMobile: false, hasTouch: false });

  test('the search box stays in the header, as before: no panel, no toggle', async ({ page, errors }) => {
    await page.goto('/articles/ice-or-heat/');
    await expect(toggleOf(page)).toBeHidden();
    const box = page.getByRole('combobox', { name: 'Search the guide' });
    await expect(box).toBeVisible();
    const fold = (await page.locator('[data-search-fold]').boundingBox())!;
    expect(fold.width).toBeLessThan(WIDE.width / 2);
    expect(await heightOf(page.locator('header.site-header'))).toBeLessThanOrEqual(120);
    await box.pressSequentially('sleep');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(box).toBeVisible();
    await expect(page.locator('main')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('"Warning signs" stays in reach on a wide screen too', async ({ page, errors }) => {
    await page.goto(LONG_PAGE);
    const link = page.getByRole('link', { name: 'Warning signs', exact: true });
    await expect(link).toBeHidden();
    await scrollToShare(page, 0.3);
    await expect(link).toBeInViewport();
    await link.click();
    await expect(page.locator('[data-care-card="emergency"]').first().getByRole('heading')).toBeInViewport();
    expect(errors).toEqual([]);
  });

  test('the ice and heat table is still a table of columns', async ({ page, errors }) => {
    await page.goto('/es/articles/ice-and-heat-timing/');
    const row = page
      .getByRole('region', { name: /Seguridad/ })
      .locator('tbody tr')
      .first();
    expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('table-row');
    expect(errors).toEqual([]);
  });
});
