import { beforeAll, describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { assertBuilt, htmlFiles, readPage, readText } from '../helpers/dist.ts';
import { isRedirectPage } from '../../src/build/hosting/render.ts';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { CARE_WORDS } from '../../src/domain/careCards.ts';
import { loadCheckedSite } from '../../src/pipeline/readContent.ts';
import { toolTexts } from '../../src/domain/toolWords.ts';

beforeAll(assertBuilt);

/** The literal words of a dictionary entry: a string, or the text around a function's gaps. */
function literals(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const gap = '\u0000';
    try {
      const out = (value as (...args: unknown[]) => unknown)(...Array.from({ length: value.length }, () => gap));
      return typeof out === 'string' ? out.split(gap) : [];
    } catch {
      return [];
    }
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(literals);
  return [];
}

/**
 * English that must never show on a Spanish page: every interface text of the
 * English dictionary, the English care-card words, warning signs and tool
 * texts. Only phrases (2 words or more) that the Spanish dictionary does not
 * also use, such as a language's own name.
 */
const site = loadCheckedSite();
const spanishWords = new Set(literals(es).map((s) => s.trim()));
const englishPhrases = [
  ...new Set(
    [
      ...literals(en),
      ...literals(CARE_WORDS.en),
      ...site.redFlags.flatMap((f) => [f.text, f.question]),
      ...toolTexts(site.tools!).flatMap((t) => t.text.split(/\{[a-zA-Z]+\}/)),
    ]
      .map((s) => s.trim().replace(/[:.]$/, ''))
      .filter((s) => s.split(/\s+/).length >= 2 && s.length >= 8 && !spanishWords.has(s)),
  ),
];

/** What a reader sees or hears on a page: its text and its labels, leaving out parts marked as English. */
function readerText(page: HTMLElement): string {
  for (const english of page.querySelectorAll('[lang^="en"]:not(html)')) english.remove();
  // Structured data names the English sources cited; pages mark such English names with lang="en".
  for (const script of page.querySelectorAll('script, style')) script.remove();
  const attributes = page
    .querySelectorAll('[aria-label], [title], [alt], [placeholder], [data-words], meta[content]')
    .flatMap((el) =>
      ['aria-label', 'title', 'alt', 'placeholder', 'data-words', 'content'].map((name) => el.getAttribute(name) ?? ''),
    );
  return [page.querySelector('title')?.text ?? '', page.querySelector('body')?.text ?? '', ...attributes].join('\n');
}

const spanishPages = htmlFiles()
  .filter((file) => file.startsWith('es/') && !isRedirectPage(readText(file)))
  .sort();

describe('the Spanish pages', () => {
  test('there are Spanish pages, and English phrases to look for', () => {
    expect(spanishPages.length).toBeGreaterThan(20);
    expect(englishPhrases.length).toBeGreaterThan(100);
  });

  test.each(spanishPages)('%s is in Spanish, with no English interface text left on it', (file) => {
    const page = readPage(file);
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('es');
    const text = readerText(page);
    expect(englishPhrases.filter((phrase) => text.includes(phrase))).toEqual([]);
  });
});

// The notice under a translated article's title follows the pipeline's verdict
// (what it says is checked in tests/render/translationNotice.test.ts).
describe('the translation notice on each Spanish article', () => {
  const translated = loadCheckedSite().translations.es?.articles ?? [];
  test('there are translated articles', () => {
    expect(translated.length).toBeGreaterThan(0);
  });
  test.each(translated.map((article) => [`es/articles/${article.id}/index.html`, article.translation.stale] as const))(
    '%s: out of date is %s',
    (file, stale) => {
      const notices = readPage(file).querySelectorAll('[data-translation]');
      expect(notices.map((notice) => notice.getAttribute('data-translation'))).toEqual([stale ? 'stale' : 'current']);
    },
  );
});
