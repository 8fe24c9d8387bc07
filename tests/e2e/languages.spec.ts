import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { expect, test } from './fixtures.ts';

// The language link: a reader on any kind of page switches to the same page
// in the other language, and back. One test per kind of page.
const KINDS = [
  { kind: 'home', path: '/' },
  { kind: 'about', path: '/about/' },
  { kind: 'editorial policy', path: '/editorial-policy/' },
  { kind: 'accessibility statement', path: '/accessibility/' },
  { kind: 'glossary', path: '/glossary/' },
  { kind: 'sources', path: '/sources/' },
  { kind: 'topic list', path: '/topics/' },
  { kind: 'topic', path: '/topics/ice-and-heat/' },
];

/** The language link's name, in the language it leads to: its code, then the words only screen readers hear. */
const nameOf = (words: typeof es) => new RegExp(`^${words.layout.languageLink}\\s*${words.layout.languageLinkLabel}$`);

for (const { kind, path } of KINDS) {
  test(`the language link on the ${kind} page goes to the same page in Spanish, and back`, async ({ page, errors }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    const toSpanish = page.locator('header [data-language-link]');
    await expect(toSpanish).toHaveAccessibleName(nameOf(es));
    await expect(toSpanish).toHaveAttribute('hreflang', 'es');
    await toSpanish.click();
    await expect(page).toHaveURL(new RegExp(`/es${path.replace(/\//g, '\\/')}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('link', { name: es.layout.getHelp })).toBeVisible();
    const toEnglish = page.locator('header [data-language-link]');
    await expect(toEnglish).toHaveAccessibleName(nameOf(en));
    await toEnglish.click();
    await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    expect(errors).toEqual([]);
  });
}

test('the Spanish 404 page links to the English home page', async ({ page, errors }) => {
  await page.goto('/es/404/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(es.pages.notFound.title);
  await page.locator('header [data-language-link]').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back spasm: what to do now');
  expect(errors).toEqual([]);
});

test.describe('Spanish pages offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a Spanish page never opened shows the Spanish offline page, with the emergency card', async ({
    page,
    context,
    errors,
  }) => {
    await page.goto('/es/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect
      .poll(() => page.evaluate(async () => Boolean(await caches.match('/es/offline/', { ignoreVary: true }))))
      .toBe(true);
    await context.setOffline(true);
    await page.goto('/es/sources/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(es.pages.offline.title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('[data-care-card="emergency"]').first()).toBeVisible();
    // The Spanish home page was saved on the first visit.
    await page.goto('/es/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Espasmo de espalda: qué hacer ahora');
    // An English page never opened still gets the English offline page.
    await page.goto('/sources/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.pages.offline.title);
    await context.setOffline(false);
    expect(errors).toEqual([]);
  });
});
