import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { fakeSpeech, spokenTexts } from './speech.ts';

// "Listen to this page" (src/components/layout/ListenPage.astro, src/browser/listen.ts),
// with a stand-in speech engine that records what is said (./speech.ts).

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const listenButton = (page: Page, name = /^(Listen|Escuchar)$/) => page.getByRole('button', { name });

/** Presses "Listen" and waits until the whole page has been read. */
async function listenToAll(page: Page, url: string): Promise<string[]> {
  await fakeSpeech(page);
  await page.goto(url);
  await listenButton(page).click();
  await page.waitForFunction(
    () =>
      window.__speech.spoken.length > 0 &&
      document.querySelector<HTMLElement>('[data-listen-play]')?.dataset.state === 'idle',
  );
  return spokenTexts(page);
}

/** The first of `items` not found in `list` after the ones before it (undefined when all are there, in this order). */
function outOfOrder(list: string[], items: string[]): string | undefined {
  let at = -1;
  for (const item of items) {
    at = list.indexOf(item, at + 1);
    if (at === -1) return `${item} (in ${JSON.stringify(list.slice(0, 60))})`;
  }
  return undefined;
}

/** An article's section headings, in order. */
const sectionHeadings = (page: Page) => page.locator('.article__body .section-heading > h2').allTextContents();

test('an article is read in order: the title, "In short", then each section heading and its text', async ({
  page,
  errors,
}) => {
  const spoken = await listenToAll(page, '/articles/ice-or-heat/');
  const title = (await page.locator('h1').textContent())!.trim();
  const summary = await page.locator('.in-short li').allTextContents();
  const headings = await sectionHeadings(page);
  expect(spoken[0]).toBe(title);
  expect(headings.length).toBeGreaterThan(3);
  expect(outOfOrder(spoken, [title, 'In short', ...summary.map((s) => s.trim()), ...headings])).toBeUndefined();
  const firstParagraph = (await page.locator('.article__body > p').first().textContent())!.trim();
  expect(spoken.join(' ')).toContain(firstParagraph);
  const voice = await page.evaluate(() => window.__speech.spoken[0]);
  expect(voice).toMatchObject({ lang: 'en-GB', voice: 'Voice en-GB', rate: 1 });
  expect(errors).toEqual([]);
});

test('a Spanish article is read in Spanish, in the same order', async ({ page, errors }) => {
  const spoken = await listenToAll(page, '/es/articles/ice-or-heat/');
  const title = (await page.locator('h1').textContent())!.trim();
  const headings = await sectionHeadings(page);
  expect(spoken[0]).toBe(title);
  expect(outOfOrder(spoken, [title, 'En resumen', ...headings])).toBeUndefined();
  expect(await page.evaluate(() => window.__speech.spoken[0])).toMatchObject({ lang: 'es', voice: 'Voice es-ES' });
  expect(errors).toEqual([]);
});

test('the page chrome is not read: share, print, contents, change log, sources, address, hidden words', async ({
  page,
  errors,
}) => {
  const spoken = await listenToAll(page, '/articles/ice-or-heat/');
  const all = spoken.join('\n');
  for (const chrome of [
    'Share',
    'Print this page',
    'Contents',
    'What changed on this page',
    'Sources',
    'This page:',
    'Link to section',
    'Home',
  ]) {
    expect(spoken, chrome).not.toContain(chrome);
    expect(all, chrome).not.toContain(`${chrome}:`);
  }
  const source = (await page.locator('.source-list li').first().textContent())!.trim().slice(0, 30);
  expect(all).not.toContain(source);
  expect(all).not.toContain('http://');
  expect(errors).toEqual([]);
});

test('"When to get help" reads each care card level and instruction first, then its signs', async ({
  page,
  errors,
}) => {
  const spoken = await listenToAll(page, '/articles/when-to-get-help/');
  const card = page.locator('[data-care-card="emergency"]').first();
  const instruction = (await card.locator('[data-care-instruction]').textContent())!.trim();
  const signs = (await card.locator('li').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
  const line = `Immediate action required: ${instruction}`;
  expect(spoken).toContain(line);
  const at = spoken.indexOf(line);
  expect(spoken.slice(at + 1, at + 1 + signs.length).join(' ')).toBe(signs.join(' '));
  expect(spoken[0]).toBe((await page.locator('h1').textContent())!.trim());
  expect(errors).toEqual([]);
});

test('"When to get help" in Spanish reads its cards in Spanish', async ({ page, errors }) => {
  const spoken = await listenToAll(page, '/es/articles/when-to-get-help/');
  const card = page.locator('[data-care-card="emergency"]').first();
  const level = (await card.locator('h2 .visually-hidden').first().textContent())!.trim();
  const instruction = (await card.locator('[data-care-instruction]').textContent())!.trim();
  expect(spoken).toContain(`${level} ${instruction}`);
  expect(spoken[0]).toBe((await page.locator('h1').textContent())!.trim());
  expect(errors).toEqual([]);
});

test('a tool page is read in order: the title, its introduction, then each section', async ({ page, errors }) => {
  const spoken = await listenToAll(page, '/tools/ice-heat-timer/');
  const lede = (await page.locator('.lede').textContent())!.trim();
  const headings = await page.locator('main section:not(.source-list) > h2[id]').allTextContents();
  expect(spoken[0]).toBe('Ice and heat timer');
  expect(
    outOfOrder(spoken, ['Ice and heat timer', lede.split('. ')[0]!.replace(/\.?$/, '.'), ...headings]),
  ).toBeUndefined();
  expect(errors).toEqual([]);
});

test('a Spanish tool page is read in Spanish', async ({ page, errors }) => {
  const spoken = await listenToAll(page, '/es/tools/ice-heat-timer/');
  const headings = await page.locator('main section:not(.source-list) > h2[id]').allTextContents();
  expect(spoken[0]).toBe((await page.locator('h1').textContent())!.trim());
  expect(outOfOrder(spoken, headings)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('pause keeps the place, resume says the sentence again, stop ends and clears the mark', async ({
  page,
  errors,
}) => {
  await fakeSpeech(page, { auto: false });
  await page.goto('/articles/ice-or-heat/');
  await listenButton(page).click();
  await expect.poll(() => spokenTexts(page)).toEqual(['Ice or heat for a back spasm?']);
  await page.evaluate(() => window.__speech.end());
  await expect.poll(() => spokenTexts(page)).toHaveLength(2);
  const second = (await spokenTexts(page))[1];

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  expect(await page.evaluate(() => speechSynthesis.speaking)).toBe(false);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(() => spokenTexts(page)).toHaveLength(3);
  expect((await spokenTexts(page))[2]).toBe(second);

  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(listenButton(page, /^Listen$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop' })).toBeHidden();
  await expect(page.locator('.listen-current')).toHaveCount(0);
  expect(await page.evaluate(() => speechSynthesis.speaking)).toBe(false);
  expect(errors).toEqual([]);
});

test('the sentence being read is marked and kept in view', async ({ page, errors }) => {
  await fakeSpeech(page, { auto: false });
  await page.goto('/articles/ice-or-heat/');
  await listenButton(page).click();
  const heading = page.locator('.article__body h2').nth(1);
  await page.getByRole('button', { name: `Listen from here: ${(await heading.textContent())!.trim()}` }).click();
  for (let i = 0; i < 2; i += 1) await page.evaluate(() => window.__speech.end());
  await expect.poll(() => spokenTexts(page)).toHaveLength(4);
  const said = (await spokenTexts(page)).at(-1);
  const marked = await page.evaluate(() => {
    const highlight = CSS.highlights.get('bsg-listen');
    return highlight ? [...highlight][0]!.toString() : undefined;
  });
  expect(marked?.replace(/\s+/g, ' ').trim()).toBe(said);
  await expect(page.locator('.listen-current')).toBeInViewport();
  expect(errors).toEqual([]);
});

test('"Listen from here" on a section heading starts at that section', async ({ page, errors }) => {
  await fakeSpeech(page, { auto: false });
  await page.goto('/articles/ice-or-heat/');
  await listenButton(page).click();
  const headings = await sectionHeadings(page);
  const target = headings[2]!;
  await page.getByRole('button', { name: `Listen from here: ${target}` }).click();
  await expect.poll(async () => (await spokenTexts(page)).at(-1)).toBe(target);
  await page.evaluate(() => window.__speech.end());
  await expect.poll(() => spokenTexts(page)).not.toContain(headings[1]);
  expect(errors).toEqual([]);
});

test('slower and faster change the speed of the next sentence, and are remembered', async ({ page, errors }) => {
  await fakeSpeech(page, { auto: false });
  await page.goto('/tools/ice-heat-timer/');
  await listenButton(page).click();
  await page.getByRole('button', { name: 'Faster' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Speed: 1.2×' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__speech.spoken.at(-1)?.rate)).toBe(1.2);
  await page.getByRole('button', { name: 'Slower' }).click();
  await page.getByRole('button', { name: 'Slower' }).click();
  await expect.poll(() => page.evaluate(() => window.__speech.spoken.at(-1)?.rate)).toBe(0.8);
  expect(await page.evaluate(() => localStorage.getItem('bsg-listen-rate'))).toBe('0.8');
  expect(errors).toEqual([]);
});

test('leaving the page stops the voice', async ({ page, errors }) => {
  await fakeSpeech(page, { auto: false });
  await page.goto('/articles/ice-or-heat/');
  await listenButton(page).click();
  await expect.poll(() => spokenTexts(page)).toHaveLength(1);
  await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
  expect(await page.evaluate(() => speechSynthesis.speaking)).toBe(false);
  await expect(listenButton(page, /^Listen$/)).toBeVisible();
  expect(errors).toEqual([]);
});

test('without a speech engine there is no "Listen" control (and "Print this page" still shows)', async ({
  page,
  errors,
}) => {
  await fakeSpeech(page, { voices: [] });
  await page.goto('/articles/ice-or-heat/');
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
  await expect(page.locator('bsg-listen')).toBeHidden();
  await expect(listenButton(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('with no voice for the page language there is no "Listen" control', async ({ page, errors }) => {
  await fakeSpeech(page, { voices: ['en-GB'] });
  await page.goto('/es/articles/ice-or-heat/');
  await expect(page.getByRole('button', { name: 'Imprimir esta página' })).toBeVisible();
  await expect(page.locator('bsg-listen')).toBeHidden();
  expect(errors).toEqual([]);
});

test('a voice that arrives after the page loads shows the control', async ({ page, errors }) => {
  await fakeSpeech(page, { voices: ['en-GB'] });
  await page.addInitScript(() => {
    const real = speechSynthesis.getVoices;
    let ready = false;
    speechSynthesis.getVoices = () => (ready ? real() : []);
    setTimeout(() => {
      ready = true;
      speechSynthesis.onvoiceschanged?.(new Event('voiceschanged'));
    }, 50);
  });
  await page.goto('/recovery-plan/'.replace(/^/, '/tools'));
  await expect(listenButton(page)).toBeVisible();
  expect(errors).toEqual([]);
});

test('axe finds no violations with the control idle', async ({ page }) => {
  await fakeSpeech(page);
  await page.goto('/articles/ice-or-heat/');
  await expect(listenButton(page)).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations).toEqual([]);
});

test('axe finds no violations while reading', async ({ page }) => {
  await fakeSpeech(page, { auto: false });
  await page.goto('/articles/ice-or-heat/');
  await listenButton(page).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.locator('.listen-from').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations).toEqual([]);
});
