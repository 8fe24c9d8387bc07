import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tempSite } from '../helpers/tempSite.ts';

// Adding a language is its content folder, its dictionary and one line in
// src/i18n/locales.ts: a real build of a copy of the project with a made-up
// French (a tiny dictionary, the Spanish content copied as its words, one
// translated article) finds its pages, search index, feed, sitemap
// alternates and language links.
describe('a third language, added as data', () => {
  const site = tempSite();
  const file = (path: string) => join(site.dir, path);
  const read = (path: string) => readFileSync(file(path), 'utf8');
  let run: ReturnType<typeof site.build>;
  beforeAll(() => {
    // One line in the list.
    const locales = read('src/i18n/locales.ts');
    writeFileSync(
      file('src/i18n/locales.ts'),
      locales.replace(
        "  { code: 'es', tag: 'es', name: 'Español', og: 'es_ES' },\n",
        "  { code: 'es', tag: 'es', name: 'Español', og: 'es_ES' },\n  { code: 'fr', tag: 'fr', name: 'Français', og: 'fr_FR' },\n",
      ),
    );
    // Its dictionary, listed with the others.
    // (kept as .txt here: its imports resolve only once it is in src/i18n/)
    cpSync('tests/fixtures/language-fr/fr.ts.txt', file('src/i18n/fr.ts'));
    const index = read('src/i18n/index.ts');
    writeFileSync(
      file('src/i18n/index.ts'),
      index
        .replace("import { es } from './es.ts';", "import { es } from './es.ts';\nimport { fr } from './fr.ts';")
        .replace('{ en, es }', '{ en, es, fr }'),
    );
    // Its content folder: the Spanish words stand in for French ones, and one article.
    mkdirSync(file('content/fr'), { recursive: true });
    for (const name of readdirSync(file('content/es'))) cpSync(file(`content/es/${name}`), file(`content/fr/${name}`));
    mkdirSync(file('content/articles/fr'), { recursive: true });
    cpSync(file('content/articles/es/ice-or-heat.mdx'), file('content/articles/fr/ice-or-heat.mdx'));
    run = site.build();
  });
  afterAll(() => site.remove());

  test('the build passes', () => {
    expect(run.status, run.output).toBe(0);
  });

  test('its pages are built under /fr/, in its language', () => {
    const home = read('dist/fr/index.html');
    expect(home).toContain('<html lang="fr"');
    expect(existsSync(file('dist/fr/about/index.html'))).toBe(true);
    expect(existsSync(file('dist/fr/articles/ice-or-heat/index.html'))).toBe(true);
    // An article with no translation is not built in it.
    expect(existsSync(file('dist/fr/articles/first-48-hours/index.html'))).toBe(false);
  });

  test('its search index, feed and offline page', () => {
    const meta = JSON.parse(read('dist/fr/search-index/meta.json')) as { language?: string; articles: number };
    expect(meta.language).toBe('fr');
    expect(meta.articles).toBe(1);
    expect(read('dist/fr/rss.xml')).toContain('/fr/articles/ice-or-heat/');
    expect(existsSync(file('dist/fr/offline/index.html'))).toBe(true);
  });

  test('the sitemap lists its pages as alternates (hreflang)', () => {
    expect(read('dist/sitemap-0.xml')).toMatch(/hreflang="fr" href="[^"]*\/fr\/articles\/ice-or-heat\/"/);
  });

  test('pages link to it: hreflang alternates and a language link in its own words', () => {
    const english = read('dist/articles/ice-or-heat/index.html');
    expect(english).toMatch(/<link rel="alternate" hreflang="fr" href="[^"]*\/fr\/articles\/ice-or-heat\/"/);
    expect(english).toMatch(
      /<a class="language-link" href="\/fr\/articles\/ice-or-heat\/" hreflang="fr" lang="fr"[^>]*> FR /,
    );
    // A page it does not have links to it not at all.
    expect(read('dist/articles/first-48-hours/index.html')).not.toContain('hreflang="fr"');
  });
});
