import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const ARTICLE = '/articles/ice-or-heat/';
const SECTION = 'does-ice-help-a-back-spasm';
const SECTION_TITLE = 'Does ice help a back spasm?';

/** Opens the one "Share" control by the title and returns its options. */
async function openShare(page: Page) {
  await page.locator('summary', { hasText: 'Share' }).click();
  return page.getByRole('group', { name: 'Share this page' });
}

const canonicalOf = async (page: Page) => (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';

test('copying a section link puts its full address on the clipboard and says "Link copied"', async ({
  page,
  context,
  errors,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(ARTICLE);
  const link = page.getByRole('link', { name: `Link to section: ${SECTION_TITLE}` });
  await link.click();

  await expect(link.locator('..').getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${await canonicalOf(page)}#${SECTION}`);
  expect(new URL(page.url()).hash).toBe(`#${SECTION}`);
  expect(errors).toEqual([]);
});

test('a section link works from the keyboard', async ({ page, context, errors }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(ARTICLE);
  const link = page.getByRole('link', { name: `Link to section: ${SECTION_TITLE}` });
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(link.locator('..').getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${await canonicalOf(page)}#${SECTION}`);
  expect(errors).toEqual([]);
});

test('opening an address with a section scrolls that heading into view', async ({ page, errors }) => {
  await page.goto(`${ARTICLE}#${SECTION}`);
  const heading = page.getByRole('heading', { name: SECTION_TITLE });
  await expect(heading).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  expect(errors).toEqual([]);
});

test('without JavaScript a section link is a plain link to the heading', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  await page.getByRole('link', { name: `Link to section: ${SECTION_TITLE}` }).click();
  await expect(page).toHaveURL(new RegExp(`#${SECTION}$`));
  await expect(page.getByRole('heading', { name: SECTION_TITLE })).toBeInViewport();
  // The share button needs JavaScript, so it stays out of sight; email and text links still work.
  const share = await openShare(page);
  await expect(share.getByRole('link', { name: 'Email' })).toBeVisible();
  await expect(share.getByRole('button')).toBeHidden();
  await expect(share.getByRole('link', { name: 'Email' })).toHaveAttribute('href', /^mailto:\?subject=/);
  await expect(share.getByRole('link', { name: 'Text message' })).toHaveAttribute('href', /^sms:\?&body=/);
  await context.close();
});

test('with no Web Share API, the share control copies the page address', async ({ page, context, errors }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    // Chromium on Linux has no Web Share API; make sure of it.
    Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
  });
  await page.goto(ARTICLE);
  const share = await openShare(page);
  await share.getByRole('button', { name: 'Copy link' }).click();
  await expect(share.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await canonicalOf(page));
  expect(errors).toEqual([]);
});

test('with the Web Share API, the share control opens the share sheet with the page', async ({ page, errors }) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    (window as unknown as { shared: ShareData[] }).shared = shared;
    Object.defineProperty(Navigator.prototype, 'share', {
      value: async (data: ShareData) => void shared.push(data),
      configurable: true,
    });
    Object.defineProperty(Navigator.prototype, 'canShare', { value: () => true, configurable: true });
  });
  await page.goto(ARTICLE);
  await (await openShare(page)).getByRole('button', { name: 'Share' }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
  expect(shared).toEqual([
    {
      title: await page.getByRole('heading', { level: 1 }).textContent(),
      text: expect.any(String),
      url: await canonicalOf(page),
    },
  ]);
  expect(errors).toEqual([]);
});

test('printing shows the article, care cards, sources, review dates and address, and no controls', async ({
  page,
  errors,
}) => {
  await page.goto('/articles/when-to-get-help/');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of [
    page.locator('.site-header'),
    page.getByRole('navigation', { name: 'Breadcrumb' }),
    page.getByRole('navigation', { name: 'Contents' }),
    page.locator('summary', { hasText: 'Share' }),
    page.getByRole('button', { name: 'Print this page' }),
    page.getByRole('link', { name: /^Link to section:/ }).first(),
    page.getByRole('navigation', { name: 'Footer' }),
  ]) {
    await expect(hidden).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-care-card]').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.getByText(/Page last reviewed:/)).toBeVisible();
  await expect(page.getByText(`This page: ${await canonicalOf(page)}`)).toBeVisible();

  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByText(/^This page: /)).toBeHidden();
  await expect(page.locator('summary', { hasText: 'Share' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('"Print this page" opens the print dialog, and is hidden without JavaScript', async ({
  page,
  browser,
  errors,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.goto(ARTICLE);
  await page.getByRole('button', { name: 'Print this page' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  expect(errors).toEqual([]);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto(ARTICLE);
  await expect(noJs.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(noJs.getByRole('button', { name: 'Print this page' })).toBeHidden();
  await context.close();
});

test('an old or short address lands on the live page', async ({ page }) => {
  await page.goto('/help/');
  await expect(page).toHaveURL(/\/articles\/when-to-get-help\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
