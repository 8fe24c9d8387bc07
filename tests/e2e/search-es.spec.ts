import type { Page } from '@playwright/test';
import { es } from '../../src/i18n/es.ts';
import { expect, test } from './fixtures.ts';

// Search on the Spanish site: /es/search/ and the header's box on Spanish pages search the
// Spanish index (/es/search-index/), link to /es/ pages, and say everything in Spanish.
// The assertions use the dictionary's words (src/i18n/es.ts), not the articles' text.
const t = es.search;
const words = t.client;

const box = (page: Page) => page.getByRole('searchbox', { name: t.pageBoxLabel });
const status = (page: Page) => page.locator('bsg-site-search').getByRole('status');
const results = (page: Page) => page.locator('[data-search-results] ol > li');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "3 resultados", "1 resultado" or "Ningún resultado", as the dictionary says them. */
const COUNT = new RegExp(
  `^(${escape(words.manyResults).replace('\\{n\\}', '\\d+')}|${escape(words.oneResult)}|${escape(words.noResults)})$`,
);

/** The header's box, ready to type in: on a phone, the header's fold opens first. */
async function openHeaderSearch(page: Page) {
  const toggle = page.locator('header summary.search-fold__toggle');
  if (await toggle.isVisible()) await toggle.click();
  return page.getByRole('combobox', { name: t.headerBoxLabel });
}

test('/es/search/: typing a Spanish query shows results that link to Spanish pages, counted in Spanish', async ({
  page,
  errors,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/es/search/');
  await expect(page.locator('[data-search-nojs]')).toHaveText(words.pageHint);
  await box(page).pressSequentially('ciatica');
  await expect(page).toHaveURL(/\/es\/search\/\?q=ciatica$/);
  await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', 'true');
  await expect(status(page)).toHaveText(COUNT);
  await expect(status(page)).not.toHaveText(words.noResults);
  await expect(results(page).first().getByRole('link').first()).toHaveAttribute(
    'href',
    /^\/es\/articles\/[a-z0-9-]+\/#\S+$/,
  );
  // The Spanish index, never the English one.
  expect(requests.filter((url) => url.includes('/search-index/') && !url.startsWith('/es/'))).toEqual([]);
  expect(requests.filter((url) => url.startsWith('/es/search-index/')).length).toBeGreaterThan(1);
  expect(errors).toEqual([]);
});

test('/es/search/: a shared link opens with its query and its results, accents and all', async ({ page, errors }) => {
  await page.goto(`/es/search/?q=${encodeURIComponent('ciática')}`);
  await expect(box(page)).toHaveValue('ciática');
  await expect(results(page).first().getByRole('link').first()).toHaveAttribute('href', /^\/es\/articles\//);
  await expect(status(page)).toHaveText(COUNT);
  expect(errors).toEqual([]);
});

test('/es/search/: a Spanish emergency sign opens the emergency card, and the status says so in Spanish', async ({
  page,
  errors,
}) => {
  await page.goto('/es/search/');
  await box(page).pressSequentially('no puedo orinar');
  await expect(page.locator('[data-search-emergency] [data-care-card="emergency"]').first()).toBeVisible();
  const [before] = words.emergencyStatus.split('{where}');
  await expect(status(page)).toHaveText(
    new RegExp(`${escape(before!).replace('\\{found\\}', '.+')}${escape(words.emergencyAbove)}$`),
  );
  await box(page).fill('bolsa de hielo');
  await expect(page.locator('[data-search-emergency]')).toBeHidden();
  expect(errors).toEqual([]);
});

test('header search on a Spanish page: a Spanish emergency sign shows the card in the list', async ({
  page,
  errors,
}) => {
  await page.goto('/es/articles/ice-or-heat/');
  await (await openHeaderSearch(page)).pressSequentially('me hice pis encima');
  await expect(page.locator('bsg-header-search [data-care-card="emergency"]').first()).toBeVisible();
  await expect(page.getByRole('region', { name: new RegExp(`^${escape(t.headerCardLabel)} `) }).first()).toBeVisible();
  const [before] = words.emergencyStatus.split('{where}');
  await expect(page.locator('bsg-header-search [role="status"]')).toHaveText(
    new RegExp(`${escape(before!).replace('\\{found\\}', '.+')}$`),
  );
  expect(errors).toEqual([]);
});

test('/es/search/: "dolor en el pecho" opens its own card first, the sign at its top, the others folded in Spanish', async ({
  page,
  errors,
}) => {
  await page.goto(`/es/search/?q=${encodeURIComponent('dolor en el pecho')}`);
  await expect(status(page)).toHaveText(new RegExp(`${escape(words.emergencyAbove)}$`));
  const card = page.locator('[data-search-emergency] [data-care-open] [data-care-card]');
  await expect(card).toHaveCount(1);
  await expect(card).toHaveAttribute('data-card-group', 'other-emergencies');
  await expect(card.locator('li[data-red-flag]').first()).toHaveAttribute('data-red-flag', 'chest-pain');
  await expect(card.locator('li[data-red-flag]').first()).toHaveAttribute('data-sign-matched', '');
  const fold = page.locator('[data-search-emergency] details[data-care-folded]');
  await expect(fold.locator(':scope > summary')).toHaveText(t.otherSigns);
  await expect(fold).not.toHaveAttribute('open');
  await expect(fold.locator('[data-card-group="nerves"]')).toBeHidden();
  expect(errors).toEqual([]);
});

test('header search on a Spanish page: "dolor en el pecho" shows its own card first, the others folded in Spanish', async ({
  page,
  errors,
}) => {
  await page.goto('/es/articles/ice-or-heat/');
  await (await openHeaderSearch(page)).fill('dolor en el pecho');
  const popup = page.locator('bsg-header-search [data-header-emergency]');
  const card = popup.locator('[data-care-open] [data-care-card]');
  await expect(card).toHaveCount(1);
  await expect(card).toHaveAttribute('data-card-group', 'other-emergencies');
  await expect(card).toBeVisible();
  await expect(card.locator('li[data-red-flag]').first()).toHaveAttribute('data-red-flag', 'chest-pain');
  const fold = popup.locator('details[data-care-folded]');
  await expect(fold.locator(':scope > summary')).toHaveText(t.otherSigns);
  await expect(fold).not.toHaveAttribute('open');
  expect(errors).toEqual([]);
});

test('/es/search/: a harmless look-alike does not open the emergency card', async ({ page, errors }) => {
  await page.goto(`/es/search/?q=${encodeURIComponent('la mejor elección de colchón')}`);
  await expect(status(page)).toHaveText(COUNT);
  await expect(page.locator('[data-search-emergency]')).toBeHidden();
  expect(errors).toEqual([]);
});

test('/es/search/: a word no page uses is named in Spanish, and with nothing left the page offers help', async ({
  page,
  errors,
}) => {
  await page.goto('/es/search/?q=qqqzzzx');
  await expect(page.locator('[data-search-unknown]')).toHaveText(
    words.unknownOne.replace('{words}', `${words.openQuote}qqqzzzx${words.closeQuote}`),
  );
  await expect(status(page)).toHaveText(words.noResults);
  const empty = page.locator('[data-search-empty]');
  await expect(empty).toContainText(t.empty);
  await expect(empty.getByRole('link', { name: t.emptyHelpLink })).toHaveAttribute(
    'href',
    '/es/articles/when-to-get-help/',
  );
  await expect(empty.getByRole('link', { name: t.emptyTopicsLink })).toHaveAttribute('href', '#browse-topics');
  expect(errors).toEqual([]);
});

test('/es/search/: when the index cannot be read, the page says so in Spanish', async ({ page }) => {
  await page.route('**/es/search-index/meta.json', (route) => route.fulfill({ status: 500, body: '' }));
  await page.goto('/es/search/?q=hielo');
  await expect(status(page)).toHaveText(words.pageError);
});

test('header search on a Spanish page: Spanish options that open Spanish pages, and "see all" opens /es/search/', async ({
  page,
  errors,
}) => {
  await page.goto('/es/articles/ice-or-heat/');
  const header = await openHeaderSearch(page);
  await expect(header).toHaveAttribute('placeholder', t.headerPlaceholder);
  await header.pressSequentially('ciatica');
  const listbox = page.getByRole('listbox', { name: words.listLabel });
  await expect(listbox).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('bsg-header-search [role="status"]')).toHaveText(COUNT);
  await expect(listbox.getByRole('option').first()).toHaveAttribute('data-href', /^\/es\/articles\/[a-z0-9-]+\/#/);
  const all = listbox.getByRole('option').last();
  await expect(all).toHaveText(words.seeAll);
  await expect(all).toHaveAttribute('data-href', '/es/search/?q=ciatica');
  await page.keyboard.press('ArrowUp');
  await expect(all).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/es\/search\/\?q=ciatica$/);
  await expect(box(page)).toHaveValue('ciatica');
  await expect(status(page)).toHaveText(COUNT);
  expect(errors).toEqual([]);
});

test('header search on a Spanish page: when the index cannot be read, it says so in Spanish', async ({ page }) => {
  await page.route('**/es/search-index/meta.json', (route) => route.fulfill({ status: 500, body: '' }));
  await page.goto('/es/articles/ice-or-heat/');
  await (await openHeaderSearch(page)).pressSequentially('hielo');
  await expect(page.locator('bsg-header-search [role="status"]')).toHaveText(words.headerError);
});

for (const { name, search } of [
  { name: 'malformed percent-encoding', search: 'q=%E0%A4%A' },
  { name: 'a lone percent sign after a word', search: 'q=hielo%' },
]) {
  test(`/es/search/: a shared link with ${name} still opens, and answers in Spanish`, async ({ page, errors }) => {
    expect((await page.goto(`/es/search/?${search}`))?.status()).toBe(200);
    await expect(page.locator('[data-search-nojs]')).toHaveText(words.pageHint);
    await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', 'true');
    await expect(status(page)).toHaveText(COUNT);
    expect(errors).toEqual([]);
  });
}
