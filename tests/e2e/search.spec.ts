import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { shardFor, shardsForPrefix } from '../../src/search/shards.ts';
import { countRequestsInFlight, expect, pauseClockAt, test } from './fixtures.ts';

/** What axe finds wrong inside one part of the page (WCAG 2.2 AA and best practice). */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return violations.map((v) => `${v.id}: ${v.help}`);
}

const results = (page: Page) => page.locator('[data-search-results] ol > li');
const box = (page: Page) => page.getByRole('searchbox', { name: 'What do you want to know?' });

/**
 * Waits until the results on screen are the ones for `query`, not for the
 * part typed so far (a slow machine shows those first, then replaces them):
 * the address has the whole query, and no search is still running.
 */
async function showsResultsFor(page: Page, query: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(query).replace(/%20/g, '\\+')}$`));
  await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', 'true');
}

/** Every address the page asks for, to check what loads and when. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(new URL(request.url()).pathname));
  return urls;
}

test('nothing of the search index loads until the reader focuses the search box', async ({ page, errors }) => {
  const requests = recordRequests(page);
  const inFlight = countRequestsInFlight(page);
  await page.goto('/search/');
  // The search has started (its hint replaced the no-JavaScript note) and everything the page asked for has come.
  await expect(page.locator('[data-search-nojs]')).toHaveText(/^Results show below as you type/);
  await expect.poll(inFlight.count).toBe(0);
  inFlight.stop();
  expect(requests.filter((url) => url.includes('/search-index/'))).toEqual([]);
  const scriptsOnLoad = requests.filter((url) => url.endsWith('.js')).length;

  await box(page).focus();
  await expect.poll(() => requests.filter((url) => url.endsWith('/search-index/meta.json')).length).toBe(1);
  // The search code comes in a chunk of its own, fetched now.
  expect(requests.filter((url) => url.endsWith('.js')).length).toBeGreaterThan(scriptsOnLoad);
  expect(requests.filter((url) => url.includes('/search-index/terms/'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('typing shows linked results with highlights, and the URL follows the query', async ({ page, errors }) => {
  await page.goto('/search/');
  await box(page).pressSequentially('how long ice');
  await expect(page).toHaveURL(/\/search\/\?q=how\+long\+ice$/);
  await expect(results(page).first()).toBeVisible();
  const first = results(page).first().getByRole('link').first();
  await expect(first).toHaveAttribute('href', /^\/articles\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  await expect(
    page.locator('[data-search-results] ol > li:has-text("How long and how often to use ice or heat")').first(),
  ).toBeVisible();
  await expect(results(page).locator('mark').first()).toBeVisible();
  await expect(page.locator('bsg-site-search').getByRole('status')).toHaveText(/^\d+ results?$/);
  await expect(page.locator('[data-search-emergency]')).toBeHidden();

  await first.click();
  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  const id = new URL(page.url()).hash;
  await expect(page.locator(id)).toBeInViewport();
  expect(errors).toEqual([]);
});

test('back and forward move between searches', async ({ page, errors }) => {
  await page.goto('/search/');
  await box(page).pressSequentially('ice');
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\?q=ice$/);
  await expect(results(page).first()).toContainText(/ice/i);

  await box(page).fill('');
  await box(page).pressSequentially('sleep');
  await expect(page).toHaveURL(/\?q=sleep$/);
  await expect(results(page).first()).toContainText(/sleep/i);

  await page.goBack();
  await expect(page).toHaveURL(/\?q=ice$/);
  await expect(box(page)).toHaveValue('ice');
  await expect(results(page).first()).toContainText(/ice/i);

  await page.goForward();
  await expect(page).toHaveURL(/\?q=sleep$/);
  await expect(box(page)).toHaveValue('sleep');
  await expect(results(page).first()).toContainText(/sleep/i);
  expect(errors).toEqual([]);
});

test("a shared search address opens with its results: the box's own example leads to the first 48 hours", async ({
  page,
  errors,
}) => {
  await page.goto('/search/?q=threw%20my%20back%20out');
  await expect(box(page)).toHaveValue('threw my back out');
  await expect(results(page).first()).toBeVisible();
  await expect(results(page).first().getByRole('link').first()).toHaveAttribute('href', /\/articles\/first-48-hours\//);
  expect(errors).toEqual([]);
});

test('keyboard: "/" focuses search, arrows move through results, Enter opens, Escape clears', async ({
  page,
  errors,
}) => {
  await page.goto('/search/');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('how long should i rest');
  await showsResultsFor(page, 'how long should i rest');
  await expect(results(page).nth(1)).toBeVisible();
  const links = results(page).getByRole('link');

  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box(page)).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(box(page)).toHaveValue('');
  await expect(results(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(box(page)).toBeFocused();

  await page.keyboard.type('how long should i rest');
  await showsResultsFor(page, 'how long should i rest');
  await expect(links.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const href = await links.first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  expect(errors).toEqual([]);
});

test('a query with an emergency sign shows the emergency care card above the results', async ({ page, errors }) => {
  await page.goto('/search/');
  await box(page).pressSequentially('cant pee');
  const card = page.locator('[data-search-emergency] [data-care-card="emergency"]').first();
  await expect(card).toBeVisible();
  await expect(card).toContainText(/Call \d+ or go .+ now if you have back pain and:/);
  await expect(page.locator('bsg-site-search').getByRole('status')).toHaveText(
    /^\d+ results?\. Your search mentions an emergency sign/,
  );
  await expect(results(page).first()).toBeVisible();
  const cardBox = await card.boundingBox();
  const resultBox = await results(page).first().boundingBox();
  expect(cardBox!.y).toBeLessThan(resultBox!.y);

  await box(page).fill('ice pack');
  await expect(card).toBeHidden();
  expect(errors).toEqual([]);
});

/** The search page's emergency cards shown open, in order, and the fold that holds the others. */
const openCards = (page: Page) => page.locator('[data-search-emergency] [data-care-open] [data-care-card]');
const otherSigns = (page: Page) => page.locator('[data-search-emergency] details[data-care-folded]');

test('"chest pain": the card that lists chest pain comes first, the sign at its top; the nerve signs are folded', async ({
  page,
  errors,
}) => {
  await page.goto('/search/');
  await box(page).fill('chest pain');
  await showsResultsFor(page, 'chest pain');
  const card = openCards(page);
  await expect(card).toHaveCount(1);
  await expect(card).toHaveAttribute('data-card-group', 'other-emergencies');
  await expect(card).toBeVisible();
  const first = card.locator('li[data-red-flag]').first();
  await expect(first).toHaveAttribute('data-red-flag', 'chest-pain');
  await expect(first).toHaveAttribute('data-sign-matched', '');
  await expect(first).toContainText('chest pain');
  // The moved card still answers the reader's choice of country (its <emergency-call> joined the page again).
  await card.locator('details summary').click();
  await card.getByLabel('Your country:').selectOption('AU');
  await expect(card.getByRole('heading')).toContainText('Call 000');
  await expect(card.locator('[data-lead] a[href^="tel:"]')).toHaveAttribute('href', 'tel:000');
  // The nerve signs are one click away, folded under the card, above the results.
  const fold = otherSigns(page);
  await expect(fold.locator(':scope > summary')).toHaveText('Other warning signs');
  await expect(fold).not.toHaveAttribute('open');
  const nerves = fold.locator('[data-card-group="nerves"]');
  await expect(nerves).toBeHidden();
  const cardAt = (await card.boundingBox())!;
  const foldAt = (await fold.boundingBox())!;
  const resultAt = (await results(page).first().boundingBox())!;
  expect(cardAt.y).toBeLessThan(foldAt.y);
  expect(foldAt.y).toBeLessThan(resultAt.y);
  // By keyboard: the fold comes after the card's call buttons, and Enter opens it.
  await fold.locator(':scope > summary').focus();
  await page.keyboard.press('Enter');
  await expect(fold).toHaveAttribute('open');
  await expect(nerves).toBeVisible();
  await expect(nerves.getByRole('heading', { level: 2 })).toBeVisible();
  expect(await axeViolations(page, '[data-search-emergency]')).toEqual([]);
  expect(errors).toEqual([]);
});

test('signs on two cards open both, most serious first, each sign at the top of its card, and nothing folded', async ({
  page,
  errors,
}) => {
  await page.goto('/search/');
  await box(page).fill('chest pain and cant pee');
  await showsResultsFor(page, 'chest pain and cant pee');
  const cards = openCards(page);
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toHaveAttribute('data-card-group', 'nerves');
  await expect(cards.nth(1)).toHaveAttribute('data-card-group', 'other-emergencies');
  await expect(cards.nth(0).locator('li[data-red-flag]').first()).toHaveAttribute('data-red-flag', 'bladder-feeling');
  await expect(cards.nth(1).locator('li[data-red-flag]').first()).toHaveAttribute('data-red-flag', 'chest-pain');
  await expect(page.locator('[data-search-emergency] [data-sign-matched]')).toHaveCount(2);
  await expect(otherSigns(page)).toBeHidden();
  expect(errors).toEqual([]);
});

// Issue 14: the boxes took only 100 characters, so this reader never saw the card.
const LONG_EMERGENCY = 'my back went while lifting the shopping and now I cannot pee and my bum feels numb';

test('a long query (up to 200 characters) is read whole, and its emergency sign opens the card', async ({
  page,
  errors,
}) => {
  await page.goto('/search/');
  await expect(box(page)).toHaveAttribute('maxlength', '200');
  const padded = `${'I was fine this morning and did some gardening and then '.repeat(3)}${LONG_EMERGENCY}`.slice(-200);
  expect(padded).toHaveLength(200);
  await box(page).fill(padded);
  await expect(box(page)).toHaveValue(padded);
  await expect(page.locator('[data-search-emergency] [data-care-card="emergency"]').first()).toBeVisible();
  expect(errors).toEqual([]);
});

for (const query of ['heartburn', 'can i take ibuprofen with a heart condition', 'numb behind my knee']) {
  test(`"${query}" does not open the emergency card`, async ({ page, errors }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('bsg-site-search').getByRole('status')).toHaveText(/results?|No results/);
    await expect(page.locator('[data-search-emergency]')).toBeHidden();
    expect(errors).toEqual([]);
  });
}

test('no results: says so and offers the red-flag page and the topics', async ({ page, errors }) => {
  await page.goto('/search/');
  await box(page).pressSequentially('qqqzzzx');
  await expect(page.locator('bsg-site-search').getByRole('status')).toHaveText('No results');
  const empty = page.locator('[data-search-empty]');
  await expect(empty).toBeVisible();
  await expect(empty.getByRole('link', { name: /when to get help/ })).toBeVisible();
  await expect(empty.getByRole('link', { name: /topics/ })).toHaveAttribute('href', '#browse-topics');
  expect(errors).toEqual([]);
});

test('a word no page uses is named, and the other words still search', async ({ page, errors }) => {
  await page.goto('/search/?q=covid%20back%20pain');
  await expect(page.locator('[data-search-unknown]')).toHaveText(/No pages use the word “covid”/);
  await expect(results(page).first()).toBeVisible();
  await expect(page.locator('[data-search-empty]')).toBeHidden();
  expect(errors).toEqual([]);
});

test('when no word is left, says so and offers the topics and the red-flag page', async ({ page, errors }) => {
  await page.goto('/search/?q=covid');
  await expect(page.locator('[data-search-unknown]')).toHaveText(/No pages use the word “covid”/);
  await expect(page.locator('bsg-site-search').getByRole('status')).toHaveText('No results');
  const empty = page.locator('[data-search-empty]');
  await expect(empty.getByRole('link', { name: /when to get help/ })).toBeVisible();
  await expect(empty.getByRole('link', { name: /topics/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('results group sections under their article: no two results with the same title', async ({ page, errors }) => {
  await page.goto('/search/?q=ice%20or%20heat');
  await expect(results(page).nth(2)).toBeVisible();
  const titles = await results(page).locator('.search-result__title').allTextContents();
  expect(new Set(titles).size).toBe(titles.length);
  // Each link is named with its article's title first, so it makes sense on its own.
  const first = results(page).first();
  await expect(first.getByRole('link').first()).toHaveAccessibleName(new RegExp(`^${titles[0]}: `));
  expect(errors).toEqual([]);
});

test('a typo in the first letters still finds the word ("psasm", "tirmeric")', async ({ page, errors }) => {
  await page.goto('/search/?q=tirmeric');
  await expect(results(page).first().getByRole('link').first()).toHaveAttribute('href', /#turmeric$/);
  await box(page).fill('psasm');
  await expect(results(page).first()).toContainText(/spasm/i);
  expect(errors).toEqual([]);
});

test("the first result shows while the other results' files are still loading", async ({ page, errors }) => {
  let held = false;
  await page.route('**/search-index/docs/**', async (route) => {
    // Hold back every doc but the first one asked for.
    if (held) return; // never answered while the test looks
    held = true;
    await route.continue();
  });
  await page.goto('/search/?q=ice%20or%20heat');
  await expect(results(page).first()).toBeVisible();
  // The others keep their places, hidden, until their files arrive.
  await expect(page.locator('[data-search-results] ol > li:visible')).toHaveCount(1);
  expect(await results(page).count()).toBeGreaterThan(1);
  expect(errors).toEqual([]);
});

test('a page that read an old meta.json (before a deploy) loads the new one instead of mixing', async ({
  page,
  errors,
}) => {
  let metaRequests = 0;
  await page.route('**/search-index/meta.json', async (route) => {
    metaRequests += 1;
    const response = await route.fetch();
    const meta = (await response.json()) as { hash: string };
    // The first answer names files of an index that is no longer on the server.
    await route.fulfill({ response, json: metaRequests === 1 ? { ...meta, hash: 'old0' } : meta });
  });
  await page.goto('/search/?q=ice');
  await expect(results(page).first()).toContainText(/ice/i);
  expect(metaRequests).toBe(2);
  // The old files are gone (404), which is how the page knows to reload meta.json; nothing else failed.
  expect(errors.filter((e) => !/old0\.json|status of 404/.test(e))).toEqual([]);
  expect(errors.some((e) => e.includes('.old0.json'))).toBe(true);
});

test('the query is shown as text only, and brand names never appear in results', async ({ page, errors }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto('/search/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3Eice');
  await expect(results(page).first()).toBeVisible();
  await expect(page.locator('[data-search-results] img')).toHaveCount(0);

  await box(page).fill('nurofen');
  await box(page).press('Enter');
  await expect(results(page).first()).toContainText(/ibuprofen/i);
  expect(await page.locator('main').innerText()).not.toMatch(/nurofen/i);
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test('on any page, "/" focuses the header search, which opens the search page with results', async ({
  page,
  errors,
}) => {
  await page.goto('/articles/ice-or-heat/');
  await page.keyboard.press('/');
  const header = page.getByRole('combobox', { name: 'Search the guide' });
  await expect(header).toBeFocused();
  await page.keyboard.type('sciatia');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=sciatia$/);
  await expect(results(page).first().getByRole('link').first()).toHaveAttribute(
    'href',
    /\/articles\/is-it-something-else\/#could-it-be-sciatica$/,
  );
  expect(errors).toEqual([]);
});

test('the no-JavaScript note becomes a hint of the same place, so nothing below it jumps', async ({
  page,
  browser,
}) => {
  await page.goto('/search/');
  const note = page.locator('[data-search-nojs]');
  await expect(note).toHaveText(/Results show below as you type/);
  await expect(note).toBeVisible();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto('/search/');
  await expect(plain.locator('[data-search-nojs]')).toHaveText(/Without it, browse the topics below/);
  await context.close();
});

// The header's search box on every page: a WAI-ARIA combobox with results as you type.
const headerBox = (page: Page) => page.getByRole('combobox', { name: 'Search the guide' });
/** The header's box, ready to type in: on a phone, "Search" opens its fold first (Header.astro). */
async function openHeaderSearch(page: Page) {
  const toggle = page.locator('header summary', { hasText: 'Search' });
  if (await toggle.isVisible()) await toggle.click();
  return headerBox(page);
}

test('header search: nothing loads before focus; typing shows options; arrows and Enter open one', async ({
  page,
  errors,
}) => {
  const requests = recordRequests(page);
  await page.goto('/articles/ice-or-heat/');
  // On a phone the box is in the closed "Search" fold, out of the accessibility tree: found by id.
  await expect(page.locator('#site-search-q')).toHaveAttribute('aria-expanded', 'false');
  expect(requests.filter((url) => url.includes('/search-index/'))).toEqual([]);

  const box = await openHeaderSearch(page);
  await box.pressSequentially('how long ice');
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  await expect(listbox.getByRole('option').first()).toBeVisible();
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expect(box).toHaveAttribute('aria-controls', 'header-search-list');
  expect(requests.filter((url) => url.endsWith('/search-index/meta.json'))).toHaveLength(1);
  // Every result of the whole query is in (until then the list is busy, and redraws as docs arrive).
  await expect(listbox).not.toHaveAttribute('aria-busy', 'true');

  await page.keyboard.press('ArrowDown');
  const first = listbox.getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await expect(box).toBeFocused();
  const href = (await first.getAttribute('data-href'))!;
  expect(href).toMatch(/^\/articles\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  expect(errors).toEqual([]);
});

test('header search: Escape closes the list, and Enter with no option opens the search page', async ({
  page,
  errors,
}) => {
  await page.goto('/');
  const box = await openHeaderSearch(page);
  await box.pressSequentially('sleep');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=sleep$/);
  expect(errors).toEqual([]);
});

// The typing pause, held still (the page's clock is paused): what the search fetches while the reader types.
const PAUSED = new Date('2026-12-01T10:00:00');
const indexFiles = (requests: string[], kind: 'terms' | 'typos' | 'docs') =>
  requests.filter((url) => url.includes(`/search-index/${kind}/`));

test('header search: while the reader pauses, the shards of the words typed are fetched, and nothing shows yet', async ({
  page,
  errors,
}) => {
  const requests = recordRequests(page);
  await page.goto('/articles/ice-or-heat/');
  const box = await openHeaderSearch(page);
  await pauseClockAt(page, PAUSED);
  await box.pressSequentially('sleep on ice');
  await expect.poll(() => indexFiles(requests, 'terms').length).toBeGreaterThanOrEqual(1);
  // The pause has not ended: no search ran, so no result and no doc.
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  expect(indexFiles(requests, 'docs')).toEqual([]);
  expect(errors).toEqual([]);
});

test("header search: when the pause ends, only the results' docs are left to fetch", async ({ page, errors }) => {
  const meta = (await (await page.request.get('/search-index/meta.json')).json()) as { shards: string[]; hash: string };
  // The shards the words need, as the engine works them out; the prefetch must have brought them all.
  const needed = ['sleep', 'ice'].flatMap((word) =>
    shardsForPrefix(word, meta.shards).map((n) => `/search-index/terms/${n}.${meta.hash}.json`),
  );
  const arrived = Promise.all(needed.map((path) => page.waitForResponse((r) => new URL(r.url()).pathname === path)));
  const requests = recordRequests(page);
  await page.goto('/articles/ice-or-heat/');
  const box = await openHeaderSearch(page);
  await pauseClockAt(page, PAUSED);
  await box.pressSequentially('sleep on ice');
  await arrived;
  const prefetched = requests.length;
  await page.clock.runFor(150);
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  const after = requests.slice(prefetched);
  expect(indexFiles(after, 'docs').length).toBeGreaterThanOrEqual(1);
  expect([...indexFiles(after, 'terms'), ...indexFiles(after, 'typos')]).toEqual([]);
  expect(errors).toEqual([]);
});

test('header search: a shard only the words no longer typed needed is no longer fetched', async ({ page, errors }) => {
  const meta = (await (await page.request.get('/search-index/meta.json')).json()) as { shards: string[]; hash: string };
  const shardOf = (word: string) => `/search-index/terms/${shardFor(word, meta.shards)}.${meta.hash}.json`;
  expect(shardOf('sleep')).not.toBe(shardOf('ice'));
  // The shard of "ice" never answers while the test looks.
  await page.route(`**${shardOf('ice')}`, () => undefined);
  const failed: string[] = [];
  page.on('requestfailed', (request) =>
    failed.push(`${new URL(request.url()).pathname} ${request.failure()?.errorText}`),
  );
  const requests = recordRequests(page);
  await page.goto('/articles/ice-or-heat/');
  const box = await openHeaderSearch(page);
  await pauseClockAt(page, PAUSED);
  await box.pressSequentially('ice');
  await expect.poll(() => requests).toContain(shardOf('ice'));
  await box.fill('sleep');
  await expect.poll(() => failed).toContain(`${shardOf('ice')} net::ERR_ABORTED`);
  await expect.poll(() => requests).toContain(shardOf('sleep'));
  expect(errors).toEqual([]);
});

test('header search: on our small index, the other shards come after the first search, so the next needs none', async ({
  page,
  errors,
}) => {
  const meta = (await (await page.request.get('/search-index/meta.json')).json()) as { shards: string[] };
  const requests = recordRequests(page);
  await page.goto('/articles/ice-or-heat/');
  const box = await openHeaderSearch(page);
  await box.pressSequentially('sleep');
  const status = page.locator('bsg-header-search [role="status"]');
  await expect(status).toHaveText(/^\d+ results?$/);
  await expect.poll(() => new Set(indexFiles(requests, 'terms')).size).toBe(meta.shards.length);
  const before = requests.length;
  await box.fill('kidney stone back pain');
  await expect(status).toHaveText(/^\d+ results?$/);
  expect([...indexFiles(requests.slice(before), 'terms'), ...indexFiles(requests.slice(before), 'typos')]).toEqual([]);
  expect(errors).toEqual([]);
});

const cardsCode = (requests: string[]) => requests.filter((url) => /\/_astro\/cards\.[^/]+\.js$/.test(url));

test("header search: a query with no emergency sign loads none of the emergency cards' code", async ({
  page,
  errors,
}) => {
  const requests = recordRequests(page);
  await page.goto('/articles/ice-or-heat/');
  await (await openHeaderSearch(page)).pressSequentially('sleep');
  await expect(page.locator('bsg-header-search [role="status"]')).toHaveText(/^\d+ results?$/);
  expect(cardsCode(requests)).toEqual([]);
  expect(errors).toEqual([]);
});

test("header search: an emergency sign typed brings the cards' code during the pause, before the search", async ({
  page,
  errors,
}) => {
  const requests = recordRequests(page);
  await page.goto('/articles/ice-or-heat/');
  const box = await openHeaderSearch(page);
  await pauseClockAt(page, PAUSED);
  await box.pressSequentially('numb bum');
  await expect.poll(() => cardsCode(requests).length).toBe(1);
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  expect(errors).toEqual([]);
});

const spellingsCode = (requests: string[]) => requests.filter((url) => /\/_astro\/spellings\.[^/]+\.js$/.test(url));

test('header search: words the index has load no fuse.js', async ({ page, errors }) => {
  const requests = recordRequests(page);
  await page.goto('/articles/ice-or-heat/');
  await (await openHeaderSearch(page)).pressSequentially('kidney pain');
  await expect(page.locator('bsg-header-search [role="status"]')).toHaveText(/^\d+ results?$/);
  expect(spellingsCode(requests)).toEqual([]);
  expect(errors).toEqual([]);
});

test('header search: a misspelt word brings fuse.js during the pause, and finds the word meant', async ({
  page,
  errors,
}) => {
  const requests = recordRequests(page);
  await page.goto('/articles/ice-or-heat/');
  const box = await openHeaderSearch(page);
  await pauseClockAt(page, PAUSED);
  await box.pressSequentially('sciatia');
  await expect.poll(() => spellingsCode(requests).length).toBe(1);
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await page.clock.runFor(150);
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText(
    /sciatica/i,
  );
  expect(errors).toEqual([]);
});

test('header search: an emergency sign shows the emergency card in the list', async ({ page, errors }) => {
  await page.goto('/articles/ice-or-heat/');
  await (await openHeaderSearch(page)).pressSequentially('numb bum');
  const card = page.locator('bsg-header-search [data-care-card="emergency"]').first();
  await expect(card).toBeVisible();
  await expect(card).toContainText(/Call \d+ or go .+ now if you have back pain and:/);
  // Each copied card is named apart from the page's own cards.
  await expect(page.getByRole('region', { name: /^From your search: / }).first()).toBeVisible();
  await expect(page.locator('bsg-header-search [role="status"]')).toHaveText(/emergency sign/);
  // The open popup, card and options included, passes axe (WCAG 2.2 AA and best practices).
  expect(await axeViolations(page, 'bsg-header-search')).toEqual([]);
  await headerBox(page).fill('ice pack');
  await expect(page.locator('bsg-header-search [data-header-emergency]')).toBeHidden();
  expect(errors).toEqual([]);
});

test('header search: "chest pain" shows its own card first, the sign at its top, the nerve signs folded', async ({
  page,
  errors,
}) => {
  await page.goto('/articles/ice-or-heat/');
  await (await openHeaderSearch(page)).fill('chest pain');
  await expect(page.locator('bsg-header-search [role="status"]')).toHaveText(/emergency sign/);
  const popup = page.locator('bsg-header-search [data-header-emergency]');
  const card = popup.locator('[data-care-open] [data-care-card]');
  await expect(card).toHaveCount(1);
  await expect(card).toHaveAttribute('data-card-group', 'other-emergencies');
  await expect(card).toBeVisible();
  await expect(card.locator('li[data-red-flag]').first()).toHaveAttribute('data-red-flag', 'chest-pain');
  await expect(card.locator('li[data-red-flag]').first()).toHaveAttribute('data-sign-matched', '');
  // The card moved after it joined the page: its <emergency-call> still answers the reader's choice of country.
  await card.locator('details summary').click();
  await card.getByLabel('Your country:').selectOption('AU');
  await expect(card.getByRole('heading')).toContainText('Call 000');
  const fold = popup.locator('details[data-care-folded]');
  await expect(fold.locator(':scope > summary')).toHaveText('Other warning signs');
  await expect(fold).not.toHaveAttribute('open');
  await expect(fold.locator('[data-card-group="nerves"]')).toBeHidden();
  // The list of results follows the cards.
  const option = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  expect((await fold.boundingBox())!.y).toBeLessThan((await option.boundingBox())!.y);
  expect(await axeViolations(page, 'bsg-header-search')).toEqual([]);
  expect(errors).toEqual([]);
});

test('header search on a page that shows every emergency card: the popup copies them, with ids of its own', async ({
  page,
  errors,
}) => {
  await page.goto('/articles/first-48-hours/');
  // The page carries the cards once: the header's template has none of its own.
  await expect(page.locator('bsg-header-search template[data-cards-from-page]')).toHaveCount(1);
  expect(
    await page
      .locator('bsg-header-search template')
      .evaluate((t) => (t as HTMLTemplateElement).content.querySelectorAll('[data-care-card]').length),
  ).toBe(0);
  await (await openHeaderSearch(page)).fill('chest pain');
  const popup = page.locator('bsg-header-search [data-header-emergency]');
  const card = popup.locator('[data-care-open] [data-care-card]');
  await expect(card).toHaveCount(1);
  await expect(card).toHaveAttribute('data-card-group', 'other-emergencies');
  await expect(card.locator('li[data-red-flag]').first()).toHaveAttribute('data-sign-matched', '');
  await expect(card).toHaveAttribute('aria-labelledby', 'header-card-label header-care-other-emergencies');
  await expect(card.getByRole('heading')).toContainText('Call');
  // No id twice on the page: the copy's ids are its own.
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  expect(await axeViolations(page, 'bsg-header-search')).toEqual([]);
  expect(errors).toEqual([]);
});

test.describe('header search on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

  test('the box is open without a click, and its list shows under it, over the page', async ({ page, errors }) => {
    await page.goto('/articles/ice-or-heat/');
    await expect(page.locator('header summary', { hasText: 'Search' })).toBeHidden();
    const box = headerBox(page);
    await box.pressSequentially('sleep');
    const option = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    await expect(option).toBeVisible();
    // Once every result is in, the list stops changing (each arriving doc redraws it).
    await expect(page.locator('bsg-header-search [role="status"]')).toHaveText(/^\d+ results?$/);
    const boxAt = (await box.boundingBox())!;
    const optionAt = (await option.boundingBox())!;
    expect(optionAt.y).toBeGreaterThanOrEqual(boxAt.y + boxAt.height);
    // The list sits over the page (nothing in the header moved to make room for it).
    const header = (await page.locator('header.site-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(120);
    expect(errors).toEqual([]);
  });
});
