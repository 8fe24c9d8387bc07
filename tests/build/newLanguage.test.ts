import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tempSite } from '../helpers/tempSite.ts';

// Adding a language is its content folder, its dictionary and one line in
// src/i18n/locales.ts, then the per-language tables the type checker names
// (each a Record<Locale, ...>): a real build of a copy of the project with a
// made-up French (a tiny dictionary, the Spanish content and tables copied as
// its words, one translated article) finds its pages, search index, feed,
// sitemap alternates and language links.

/** The per-language tables of the code, by file: what `npm run typecheck` asks a new language to fill. */
const TABLES: Record<string, string[]> = {
  'src/domain/careCards.ts': ['CARE_WORDS'],
  'src/domain/emergencyNumber.ts': ['COMMON_NUMBERS', 'INLINE_COUNTRIES'],
  'src/pipeline/readability.ts': ['READING_MEASURES'],
  'src/pipeline/checks/findWordingProblems.ts': ['WORDING_RULES'],
  'src/pipeline/checks/findIceHeatNumbers.ts': ['ICE_HEAT_WORDS'],
};

/** A table's Spanish entry (`  es: ...,` up to the next key) copied as a French one, right after it. */
function withFrenchEntry(source: string, table: string): string {
  const from = source.indexOf(`export const ${table}`);
  const start = source.indexOf('\n  es: ', from) + 1;
  if (from < 0 || start === 0) throw new Error(`no Spanish entry of ${table}`);
  const end = start + 1 + source.slice(start + 1).search(/\n(?: {2}[\w'"]+:|\})/) + 1;
  return source.slice(0, end) + source.slice(start, end).replace(/^ {2}es:/, '  fr:') + source.slice(end);
}

/** Every `es:` field of a YAML file (with its continuation lines) followed by the same as `fr:`. */
function withFrenchFields(yaml: string): string {
  const lines = yaml.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const key = /^(\s+)es:/.exec(lines[i]!);
    if (!key) {
      out.push(lines[i]!);
      continue;
    }
    let last = i;
    while (last + 1 < lines.length && /^\s*/.exec(lines[last + 1]!)![0].length > key[1]!.length) last++;
    const field = lines.slice(i, last + 1);
    out.push(...field, field[0]!.replace(/^(\s+)es:/, '$1fr:'), ...field.slice(1));
    i = last;
  }
  return out.join('\n');
}
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
    // The tables the type checker names, and the words of every country in the emergency numbers.
    for (const [path, tables] of Object.entries(TABLES)) {
      writeFileSync(file(path), tables.reduce(withFrenchEntry, read(path)));
    }
    writeFileSync(file('content/emergency-numbers.yaml'), withFrenchFields(read('content/emergency-numbers.yaml')));
    // Its content folder: the Spanish words stand in for French ones, and one article.
    mkdirSync(file('content/fr'), { recursive: true });
    for (const name of readdirSync(file('content/es'))) cpSync(file(`content/es/${name}`), file(`content/fr/${name}`));
    mkdirSync(file('content/articles/fr'), { recursive: true });
    cpSync(file('content/articles/es/ice-or-heat.mdx'), file('content/articles/fr/ice-or-heat.mdx'));
    // Its search checks: queries that must open the emergency card, and must find a page.
    writeFileSync(
      file('content/search-checks/emergency-queries-fr.yaml'),
      'emergency:\n  - genitales dormidos\nnot emergency:\n  - hielo o calor\n',
    );
    writeFileSync(
      file('content/search-checks/search-queries-fr.yaml'),
      '- { query: hielo o calor, expect: [ice-or-heat] }\n',
    );
    // The translated article's words, recorded as reviewed (as a translator does).
    const review = spawnSync(process.execPath, ['src/cli/review.ts', '--mark', 'content/articles/fr/ice-or-heat.mdx'], {
      cwd: site.dir,
      encoding: 'utf8',
    });
    if (review.status !== 0) throw new Error(`npm run review -- --mark failed: ${review.stdout}${review.stderr}`);
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
