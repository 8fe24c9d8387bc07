import { describe, expect, test } from 'vitest';
import { es } from '../../src/i18n/es.ts';
import { sitemapOptions } from '../../src/build/sitemap.ts';
import {
  existsIn,
  hasTwin,
  linkIn,
  localesOf,
  siteTwins,
  translationExists,
  twinSectionId,
} from '../../src/pipeline/twins.ts';
import { ENGLISH_FEED_WORDS, feedItems, type FeedArticle } from '../../src/build/feed/items.ts';
import { formatDate } from '../../src/domain/formatDate.ts';
import { inlineHtml } from '../../src/domain/proseHtml.ts';
import { loadSiteFromDisk } from '../../src/pipeline/readContent.ts';
import { prosePageNames, type Inline, type PageBlock, type ProsePageName } from '../../src/schemas/page.ts';
import { citationDetails } from '../../src/pipeline/sentence.ts';
import { webSiteJsonLd } from '../../src/domain/structuredData.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the HTML of a prose page's text", () => {
  const href = (path: string) => (path.startsWith('/') ? `/guide${path}` : path);
  const values = {
    feedback: 'mailto:a@b.org',
    reviewYears: '3',
    lastReviewed: '1 December 2026',
    heatAtNight: 'Never fall asleep with heat on.',
  };

  test('renders text, links (through href), bold and italic words, escaping what could be markup', () => {
    const html = inlineHtml(
      [
        { text: 'Use <ice> & "heat" ' },
        { href: '/a/?x=1&y="2"', children: [{ text: 'here & now' }] },
        { text: ', ' },
        { strong: [{ text: 'never <raw>' }] },
        { em: [{ text: ' today' }] },
      ],
      href,
      values,
    );
    expect(html).toBe(
      'Use &lt;ice&gt; &amp; "heat" <a href="/guide/a/?x=1&amp;y=&quot;2&quot;">here &amp; now</a>, <strong>never &lt;raw&gt;</strong><em> today</em>',
    );
  });

  test('fills in the feedback link, the review years and the review date, and refuses one it has no value for', () => {
    const runs = [
      { text: 'every ' },
      { value: 'reviewYears' as const },
      { text: ' years, ' },
      { feedbackLink: [{ text: 'email' }] },
    ];
    expect(inlineHtml(runs, href, values)).toBe('every 3 years, <a href="mailto:a@b.org">email</a>');
    expect(() => inlineHtml(runs, href, { ...values, feedback: '' })).toThrow('no value for <FeedbackLink>');
    expect(() => inlineHtml([{ value: 'lastReviewed' }], href, { ...values, lastReviewed: '' })).toThrow(
      'no value for <LastReviewed />',
    );
  });

  test('fills in the advice on heat at night, and refuses a page that gives it none', () => {
    const runs = [{ value: 'heatAtNight' as const }, { text: ' Never use boiling water.' }];
    expect(inlineHtml(runs, href, values)).toBe('Never fall asleep with heat on. Never use boiling water.');
    expect(() => inlineHtml(runs, href, { ...values, heatAtNight: '' })).toThrow('no value for <HeatAtNight />');
  });
});

describe('the dictionaries', () => {
  const site = loadSiteFromDisk().content;
  const page = (locale: 'en' | 'es', name: ProsePageName) => site.pages[locale]!.find((p) => p.name === name)!;
  /** The links of a run of text, in order. */
  const linksIn = (runs: readonly Inline[]): string[] =>
    runs.flatMap((run) =>
      'href' in run
        ? [run.href]
        : 'strong' in run
          ? linksIn(run.strong)
          : 'em' in run
            ? linksIn(run.em)
            : 'feedbackLink' in run
              ? ['{feedback}']
              : [],
    );
  /** The shape of a prose page's blocks: kinds, heading ids, list lengths and the links' addresses, in order. */
  const skeleton = (blocks: readonly PageBlock[], link: (href: string) => string = (href) => href) =>
    blocks.map((block) =>
      'h2' in block
        ? `h2#${block.id}`
        : 'ul' in block
          ? `ul(${block.ul.length})${block.when ? `[${block.when}]` : ''}:${block.ul.flatMap(linksIn).map(link).join(',')}`
          : 'ol' in block
            ? `ol(${block.ol.length}):${block.ol.flatMap(linksIn).map(link).join(',')}`
            : `p${block.when ? `[${block.when}]` : ''}:${linksIn(block.p).map(link).join(',')}`,
    );

  test.each(prosePageNames)(
    'the Spanish %s page has the same sections, heading ids, lists and links (in Spanish where a twin exists) as the English',
    (name) => {
      const localized = (href: string) => (href.startsWith('/') ? linkIn(href, 'es') : href);
      expect(skeleton(page('es', name).blocks)).toEqual(skeleton(page('en', name).blocks, localized));
    },
  );

  test('the site name is the fixed Spanish term', () => {
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
  const english =
    '---\ntitle: T\n---\n\n## Why check?\n\nText.\n\n### A detail\n\n## What if I am pregnant?\n\nText.\n';
  const spanish =
    '---\ntitle: T\n---\n\n## ¿Por qué mirar?\n\nTexto.\n\n### Un detalle\n\n## ¿Y si estoy embarazada?\n\nTexto.\n';
  // A loaded site: Spanish pages under src/pages/es/, and two translations, one of them a draft.
  const twins = siteTwins({
    articles: [
      { id: 'ice-or-heat', body: '## Which is better?\n' },
      { id: 'first-48-hours', body: '## Day 1\n' },
      { id: 'when-to-get-help', body: english },
    ],
    otherPages: new Set([
      '/',
      '/about/',
      '/tools/',
      '/es/',
      '/es/about/',
      '/es/topics/',
      '/es/topics/causes/',
      '/es/articles/draft/',
    ]),
    translations: {
      es: {
        articles: [
          { id: 'ice-or-heat', body: '## ¿Cuál es mejor?\n', data: { draft: false } },
          { id: 'when-to-get-help', body: spanish, data: { draft: false } },
          { id: 'draft', body: '', data: { draft: true } },
        ],
      },
    },
  });

  test('a page is in every language when a [...lang] route builds it; an article when its translation is published', () => {
    expect(hasTwin('/', twins)).toBe(true);
    expect(hasTwin('/about/', twins)).toBe(true);
    expect(hasTwin('/es/about/', twins)).toBe(true);
    expect(hasTwin('/topics/', twins)).toBe(true);
    expect(hasTwin('/topics/causes/', twins)).toBe(true);
    expect(hasTwin('/tools/', twins)).toBe(false);
    expect(hasTwin('/articles/ice-or-heat/#why', twins)).toBe(true);
    expect(hasTwin('/articles/first-48-hours/', twins)).toBe(false);
    expect(hasTwin('/articles/draft/', twins)).toBe(false);
    expect(translationExists('ice-or-heat', 'es', twins)).toBe(true);
    expect(translationExists('first-48-hours', 'es', twins)).toBe(false);
    expect(translationExists('first-48-hours', 'en', twins)).toBe(true);
    expect(existsIn('/tools/', 'en', twins)).toBe(true);
    expect(existsIn('/tools/', 'es', twins)).toBe(false);
    expect(localesOf('/articles/ice-or-heat/', twins)).toEqual(['en', 'es']);
    expect(localesOf('/articles/first-48-hours/', twins)).toEqual(['en']);
  });

  test('a Spanish page links to Spanish pages that exist, and to the English page otherwise', () => {
    expect(linkIn('/about/', 'es', twins)).toBe('/es/about/');
    expect(linkIn('/about/', 'en', twins)).toBe('/about/');
    expect(linkIn('/tools/', 'es', twins)).toBe('/tools/');
    // A Spanish article's headings have Spanish ids: the link goes to the same section, or the article.
    expect(linkIn('/articles/ice-or-heat/#which-is-better', 'es', twins)).toBe(
      '/es/articles/ice-or-heat/#cual-es-mejor',
    );
    expect(linkIn('/articles/ice-or-heat/#no-such-heading', 'es', twins)).toBe('/es/articles/ice-or-heat/');
    expect(linkIn('/articles/first-48-hours/#day-1', 'es', twins)).toBe('/articles/first-48-hours/#day-1');
    expect(linkIn('https://example.org/', 'es', twins)).toBe('https://example.org/');
  });

  test('a link to a section lands on the same section of the translation (by heading position)', () => {
    expect(twinSectionId(english, spanish, 'what-if-i-am-pregnant')).toBe('y-si-estoy-embarazada');
    expect(twinSectionId(english, spanish, 'a-detail')).toBe('un-detalle');
    expect(linkIn('/articles/when-to-get-help/#what-if-i-am-pregnant', 'es', twins)).toBe(
      '/es/articles/when-to-get-help/#y-si-estoy-embarazada',
    );
    // A section English does not have, or headings that do not match one for one: the top of the page.
    expect(twinSectionId(english, spanish, 'no-such-section')).toBeUndefined();
    expect(twinSectionId(english, spanish.replace('### Un detalle\n', ''), 'what-if-i-am-pregnant')).toBeUndefined();
    expect(twinSectionId(english, spanish.replace('### Un detalle', '## Un detalle'), 'a-detail')).toBeUndefined();
    expect(linkIn('/articles/when-to-get-help/#no-such-section', 'es', twins)).toBe('/es/articles/when-to-get-help/');
  });

  test('the home page pregnancy link lands on the pregnancy section of the Spanish page (the real articles)', () => {
    expect(linkIn('/articles/when-to-get-help/#what-if-i-am-pregnant', 'es')).toBe(
      '/es/articles/when-to-get-help/#y-si-estoy-embarazada',
    );
    expect(linkIn('/articles/pain-relief-medicines/#what-if-i-am-older', 'es')).toMatch(
      /^\/es\/articles\/pain-relief-medicines\/#[a-z0-9-]+$/,
    );
  }, 30_000); // reads and checks the whole site
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
