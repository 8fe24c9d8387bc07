import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { sitemapOptions } from '../../src/build/sitemap.ts';
import { existsIn, hasTwin, linkIn, localesOf, translationExists, twinSectionId } from '../../src/pipeline/twins.ts';
import { ENGLISH_FEED_WORDS, feedItems, type FeedArticle } from '../../src/build/feed/items.ts';
import { formatDate } from '../../src/domain/formatDate.ts';
import { fillGaps, richTextHtml, richTextPlain, type ProseBlock } from '../../src/domain/richText.ts';
import { citationDetails } from '../../src/pipeline/sentence.ts';
import { webSiteJsonLd } from '../../src/domain/structuredData.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('rich text', () => {
  const href = (path: string) => (path.startsWith('/') ? `/guide${path}` : path);

  test('renders text, links (through href) and bold words, escaping what could be markup', () => {
    const html = richTextHtml(
      ['Use <ice> & "heat" ', { href: '/a/?x=1&y="2"', text: 'here & now' }, ', ', { strong: 'never <raw>' }, '.'],
      href,
    );
    expect(html).toBe(
      'Use &lt;ice&gt; &amp; "heat" <a href="/guide/a/?x=1&amp;y=&quot;2&quot;">here &amp; now</a>, <strong>never &lt;raw&gt;</strong>.',
    );
  });

  test('fills {gaps} in text and links, and refuses a gap it has no value for', () => {
    expect(
      richTextHtml(['every {years} years ', { href: '{mail}', text: 'email' }], href, {
        years: '3',
        mail: 'mailto:a@b.org',
      }),
    ).toBe('every 3 years <a href="mailto:a@b.org">email</a>');
    expect(() => fillGaps('every {years} years')).toThrow('no value for {years}');
    expect(richTextPlain(['See ', { href: '/s/', text: 'our sources' }, ' ', { strong: 'now' }])).toBe(
      'See our sources now',
    );
  });
});

describe('the dictionaries', () => {
  /** The shape of a prose page's blocks: kinds, heading ids and the links' addresses, in order. */
  const skeleton = (blocks: readonly ProseBlock[]) =>
    blocks.map((block) =>
      'h2' in block
        ? `h2#${block.id}`
        : 'ul' in block
          ? `ul(${block.ul.length})`
          : `p${block.when ? `[${block.when}]` : ''}:${block.p
              .filter((s) => typeof s !== 'string' && 'href' in s)
              .map((s) => (s as { href: string }).href)
              .join(',')}`,
    );

  test.each(['about', 'accessibility', 'editorial'] as const)(
    'the Spanish %s page has the same sections, heading ids, lists and links as the English',
    (page) => {
      expect(skeleton(es.pages[page].body)).toEqual(skeleton(en.pages[page].body));
    },
  );

  test('the home page steps and links match, and the site name is the fixed Spanish term', () => {
    expect(es.pages.home.steps.length).toBe(en.pages.home.steps.length);
    expect(es.layout.siteName).toBe('Guía del espasmo de espalda');
    expect(es.layout.checkedBy('Evidence editor')).toContain('nuestro editor de la evidencia');
    // A role the dictionary does not know is never shown in English.
    expect(es.layout.checkedBy('Clinical lead')).not.toContain('Clinical');
  });

  test('the reviewer line has one wording on articles (English role) and tool pages (Spanish role)', () => {
    const onArticles = es.layout.checkedBy('Evidence editor');
    expect(es.layout.checkedBy('Editor de evidencia')).toBe(onArticles);
    expect(onArticles).toMatch(/^Revisado por: nuestro editor de la evidencia,/);
  });

  test('the stale notice says the page is being updated and to ask a doctor or pharmacist, not to trust the English', () => {
    expect(es.article.outOfDateTitle).toBe('Estamos actualizando esta página');
    expect(es.article.outOfDate).toContain('pregunte a un médico o a un farmacéutico');
    expect(es.article.outOfDate).toContain('señales de alarma');
    expect(es.article.outOfDate).not.toMatch(/fíese|inglés es la|confíe/);
  });

  test('words readers in Spain and the Americas both use (no Spain-only "conduzca" or "Pulse Intro" alone)', () => {
    expect(es.components.careCard.afterCalls).toContain('No maneje ni conduzca');
    expect(es.components.careCard.afterCalls).not.toContain('servicio de urgencias');
    expect(es.search.client.headerError).toContain('Pulse o presione Intro');
  });
});

describe('twins and links between languages', () => {
  const root = mkdtempSync(join(tmpdir(), 'twins-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'content', 'articles', 'es'), { recursive: true });
  mkdirSync(join(root, 'src', 'pages', '[...lang]', 'topics'), { recursive: true });
  mkdirSync(join(root, 'src', 'pages', '[...lang]', 'articles'), { recursive: true });
  for (const file of ['index.astro', 'about.astro', 'topics/index.astro', 'topics/[id].astro', 'articles/[slug].astro'])
    writeFileSync(join(root, 'src', 'pages', '[...lang]', file), '');
  writeFileSync(join(root, 'content', 'articles', 'es', 'ice-or-heat.mdx'), '');

  test('a page is in every language when a [...lang] route builds it; an article when its translation exists', () => {
    expect(hasTwin('/', root)).toBe(true);
    expect(hasTwin('/about/', root)).toBe(true);
    expect(hasTwin('/es/about/', root)).toBe(true);
    expect(hasTwin('/topics/', root)).toBe(true);
    expect(hasTwin('/topics/causes/', root)).toBe(true);
    expect(hasTwin('/tools/', root)).toBe(false);
    expect(hasTwin('/articles/ice-or-heat/#why', root)).toBe(true);
    expect(hasTwin('/articles/first-48-hours/', root)).toBe(false);
    expect(translationExists('ice-or-heat', 'es', root)).toBe(true);
    expect(translationExists('first-48-hours', 'es', root)).toBe(false);
    expect(translationExists('first-48-hours', 'en', root)).toBe(true);
    expect(existsIn('/tools/', 'en', root)).toBe(true);
    expect(existsIn('/tools/', 'es', root)).toBe(false);
    expect(localesOf('/articles/ice-or-heat/', root)).toEqual(['en', 'es']);
    expect(localesOf('/articles/first-48-hours/', root)).toEqual(['en']);
  });

  test('a Spanish page links to Spanish pages that exist, and to the English page otherwise', () => {
    expect(linkIn('/about/', 'es', root)).toBe('/es/about/');
    expect(linkIn('/about/', 'en', root)).toBe('/about/');
    expect(linkIn('/tools/', 'es', root)).toBe('/tools/');
    // A Spanish article's headings have Spanish ids: the link goes to the article.
    expect(linkIn('/articles/ice-or-heat/#which-is-better', 'es', root)).toBe('/es/articles/ice-or-heat/');
    expect(linkIn('/articles/first-48-hours/#day-1', 'es', root)).toBe('/articles/first-48-hours/#day-1');
    expect(linkIn('https://example.org/', 'es', root)).toBe('https://example.org/');
  });

  test('a link to a section lands on the same section of the translation (by heading position)', () => {
    const english =
      '---\ntitle: T\n---\n\n## Why check?\n\nText.\n\n### A detail\n\n## What if I am pregnant?\n\nText.\n';
    const spanish =
      '---\ntitle: T\n---\n\n## ¿Por qué mirar?\n\nTexto.\n\n### Un detalle\n\n## ¿Y si estoy embarazada?\n\nTexto.\n';
    writeFileSync(join(root, 'content', 'articles', 'when-to-get-help.mdx'), english);
    writeFileSync(join(root, 'content', 'articles', 'es', 'when-to-get-help.mdx'), spanish);
    expect(twinSectionId(english, spanish, 'what-if-i-am-pregnant')).toBe('y-si-estoy-embarazada');
    expect(twinSectionId(english, spanish, 'a-detail')).toBe('un-detalle');
    expect(linkIn('/articles/when-to-get-help/#what-if-i-am-pregnant', 'es', root)).toBe(
      '/es/articles/when-to-get-help/#y-si-estoy-embarazada',
    );
    // A section English does not have, or headings that do not match one for one: the top of the page.
    expect(twinSectionId(english, spanish, 'no-such-section')).toBeUndefined();
    expect(twinSectionId(english, spanish.replace('### Un detalle\n', ''), 'what-if-i-am-pregnant')).toBeUndefined();
    expect(twinSectionId(english, spanish.replace('### Un detalle', '## Un detalle'), 'a-detail')).toBeUndefined();
    expect(linkIn('/articles/when-to-get-help/#no-such-section', 'es', root)).toBe('/es/articles/when-to-get-help/');
  });

  test('the home page pregnancy link lands on the pregnancy section of the Spanish page (the real articles)', () => {
    const href = es.pages.home.scope.find((part) => typeof part === 'object' && 'href' in part) as { href: string };
    expect(href.href).toBe('/articles/when-to-get-help/#what-if-i-am-pregnant');
    expect(linkIn(href.href, 'es')).toBe('/es/articles/when-to-get-help/#y-si-estoy-embarazada');
    expect(linkIn('/articles/pain-relief-medicines/#what-if-i-am-older', 'es')).toMatch(
      /^\/es\/articles\/pain-relief-medicines\/#[a-z0-9-]+$/,
    );
  });
});

describe('the Spanish feed, sitemap, dates and structured data', () => {
  const article: FeedArticle = {
    slug: 'ice-or-heat',
    title: '¿Hielo o calor?',
    description: 'Qué alivia más.',
    topic: 'Hielo y calor',
    published: d('2026-11-22'),
    reviewed: { last: d('2026-11-22') },
    changes: [{ date: d('2026-12-01'), note: 'Nueva sección.' }],
  };

  test('feed items in Spanish words and dates, linking to the Spanish article', () => {
    const words = {
      lang: 'es',
      updated: es.layout.feedUpdated,
      changes: `${es.layout.changeLog}:`,
      firstPublished: es.layout.firstPublished,
    };
    const [item] = feedItems([article], '/guide/', words, '/es/articles/');
    expect(item!.link).toBe('/guide/es/articles/ice-or-heat/');
    expect(item!.description).toBe('Actualizado el 1 de diciembre de 2026: Nueva sección. Qué alivia más.');
    expect(item!.content).toContain('<p>Qué cambió en esta página:</p>');
    expect(item!.content).toContain('22 de noviembre de 2026: primera publicación de la página.');
    // English stays as it was.
    const [english] = feedItems([article], '/', ENGLISH_FEED_WORDS);
    expect(english!.description.startsWith('Updated 1 December 2026: ')).toBe(true);
  });

  test('dates and citations in the page language', () => {
    expect(formatDate(d('2026-12-01'), 'es')).toBe('1 de diciembre de 2026');
    expect(formatDate(d('2026-12-01'))).toBe('1 December 2026');
    expect(citationDetails({ publisher: 'NICE', year: 2016, updated: 2020 }, es.layout.updated)).toBe(
      'NICE, 2016 (actualizado en 2020).',
    );
  });

  test('the sitemap lists alternates and leaves out Spanish search, 404 and offline', () => {
    const options = sitemapOptions('/', { articles: [], redirects: [] });
    expect(options.i18n).toEqual({ defaultLocale: 'en', locales: { en: 'en-GB', es: 'es' } });
    for (const path of ['/es/search/', '/es/404/', '/es/offline/', '/search/'])
      expect(options.filter!(`https://example.org${path}`), path).toBe(false);
    expect(options.filter!('https://example.org/es/about/')).toBe(true);
  });

  test('the home page names the site in its language', () => {
    expect(webSiteJsonLd({ name: 'Guía', url: 'https://x.org/es/', description: 'D', lang: 'es' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      '@id': 'https://x.org/es/',
      url: 'https://x.org/es/',
      name: 'Guía',
      description: 'D',
      inLanguage: 'es',
    });
  });
});
