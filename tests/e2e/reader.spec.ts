import { expect, test } from './fixtures.ts';

test('a reader goes from the home page to an article and sees its contents and review dates', async ({
  page,
  errors,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back spasm: what to do now');
  await expect(page.locator('[data-care-card="emergency"]').first()).toBeVisible();

  await page.getByRole('link', { name: 'Ice or heat: how to choose' }).click();
  await expect(page).toHaveURL(/\/articles\/ice-or-heat\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(contents).toBeVisible();
  const firstEntry = contents.getByRole('link').first();
  const target = await firstEntry.getAttribute('href');
  expect(target).toMatch(/^#[a-z0-9-]+$/);
  await firstEntry.click();
  await expect(page.locator(target!)).toBeInViewport();

  await expect(page.getByText(/Page last reviewed: \d{1,2} \w+ \d{4}/)).toBeVisible();
  await expect(page.getByText(/Next review due: \d{1,2} \w+ \d{4}/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the skip link moves focus to the main content', async ({ page, errors }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
  expect(errors).toEqual([]);
});

test('the header search form sends the query to /search/ without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  // On a phone the box is folded under "Search", a <details> that opens without JavaScript.
  await page.locator('header summary', { hasText: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search the guide' }).fill('ice');
  await page.getByRole('button', { name: 'Search', exact: true }).first().click();
  await expect(page).toHaveURL(/\/search\/\?q=ice$/);
  await expect(page.getByRole('link', { name: 'when to get help' }).first()).toBeVisible();
  await context.close();
});

test('an unknown address shows the helpful 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: /when to get help/ })).toBeVisible();
});
