import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { TOOLS } from '../../src/data/tools.ts';
import { isRedirectPage } from '../../src/build/hosting/render.ts';
import { isoDate } from '../../src/domain/formatDate.ts';
import { citationName } from '../../src/pipeline/sentence.ts';
import { withBase } from '../../src/domain/url.ts';
import { BASE_BUILD_DIR, BASE_BUILD_FEEDBACK_EMAIL, BASE_BUILD_LOG, baseBuild } from '../helpers/baseBuild.ts';
import { assertBuilt, BASE, htmlFiles, readPage, readText, SITE, urlPathOf } from '../helpers/dist.ts';
import { localeOfPath, localizePath, ui } from '../../src/i18n/index.ts';

// Honest review information and the trust pages, as built: the footer links
// to the editorial policy and the accessibility statement on every page, no
// structured data claims a Person reviewer, the tools show their review dates
// from content/self-care.yaml, and the "Report a problem with this page" link
// is there with FEEDBACK_EMAIL set and left out without it.

const base = BASE.endsWith('/') ? BASE : `${BASE}/`;
const pages = htmlFiles().filter((file) => !isRedirectPage(readText(file)));
const articles = pages.filter((file) => /^articles\/[^/]+\/index\.html$/.test(file));
const tools = TOOLS.map((tool) => ({ ...tool, file: `${tool.path.slice(1)}index.html`, id: tool.path.split('/')[2]! }));
const NO_CLINICIAN = 'No doctor or other clinician has reviewed it yet.';

beforeAll(assertBuilt);

describe('trust pages', () => {
  test.each(pages)('%s links to the editorial policy and the accessibility statement in its footer', (file) => {
    const footer = readPage(file).querySelector('footer');
    expect(footer, `${file} has no footer`).not.toBeNull();
    const links = footer!.querySelectorAll('a').map((a) => [a.getAttribute('href'), a.text.trim()]);
    // In the page's language: /es/ pages link to the Spanish trust pages, in Spanish.
    const locale = localeOfPath(urlPathOf(file));
    const t = ui(locale).layout;
    expect(links).toContainEqual([withBase(localizePath('/editorial-policy/', locale), base), t.footerEditorial]);
    expect(links).toContainEqual([withBase(localizePath('/accessibility/', locale), base), t.footerAccessibility]);
  });

  test('the editorial policy covers sources, evidence words, reviews, corrections and no products', () => {
    const page = readPage('editorial-policy/index.html');
    const headings = page.querySelectorAll('h2').map((h) => h.id);
    expect(headings).toEqual(
      expect.arrayContaining(['sources', 'evidence-words', 'checks', 'reviews', 'corrections', 'no-products']),
    );
    expect(page.text).toContain('No doctor or other clinician has reviewed our pages yet.');
    expect(page.text).toContain('a common tip that has not been tested in studies');
  });

  test('the accessibility statement names the standard, what is tested, known problems and how to report', () => {
    const page = readPage('accessibility/index.html');
    expect(page.querySelectorAll('h2').map((h) => h.id)).toEqual(
      expect.arrayContaining(['standard', 'what-we-test', 'known-problems', 'report']),
    );
    expect(page.text).toMatch(/WCAG\) version 2\.2 at level AA/);
  });
});

describe('honest review information', () => {
  test.each(pages)('%s: no structured data names a Person reviewer', (file) => {
    const blocks = readPage(file)
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent) as Record<string, unknown>);
    for (const block of blocks) {
      expect(JSON.stringify(block), file).not.toMatch(/"@type":"Person"/);
      if ('reviewedBy' in block) {
        expect(block['reviewedBy']).toMatchObject({ '@type': 'Role', reviewedBy: { '@type': 'Organization' } });
      }
    }
  });

  test.each(articles)('%s says it was checked against its sources and no clinician has reviewed it', (file) => {
    const checked = readPage(file).querySelector('[data-checked-by]');
    expect(checked?.text.replace(/\s+/g, ' ')).toContain('who checked this page against its sources.');
    expect(checked?.text.replace(/\s+/g, ' ')).toContain(NO_CLINICIAN);
  });

  const reviews = (
    parse(readFileSync('content/self-care.yaml', 'utf8')) as {
      toolReviews: Record<string, { last: string | Date; next: string | Date; changes?: { date: string | Date }[] }>;
    }
  ).toolReviews;
  test.each(tools)('$path shows its review dates from content/self-care.yaml', ({ file, id }) => {
    const review = reviews[id];
    expect(review, `content/self-care.yaml has no toolReviews.${id}`).toBeDefined();
    const dates = readPage(file).querySelectorAll('[data-review-dates] time').map((t) => t.getAttribute('datetime'));
    // The review, the newest change note when it is newer (Last changed), then the next review.
    const changed = (review!.changes ?? []).map((change) => isoDate(new Date(change.date))).sort().at(-1);
    const last = isoDate(new Date(review!.last));
    const expected = changed && changed > last ? [last, changed] : [last];
    expect(dates).toEqual([...expected, isoDate(new Date(review!.next))]);
    expect(readPage(file).querySelector('[data-checked-by]')?.text.replace(/\s+/g, ' ')).toContain(NO_CLINICIAN);
  });
});

describe('sources as readers see them', () => {
  const registry = parse(readFileSync('content/sources.yaml', 'utf8')) as { id: string; title: string; publisher: string }[];
  // The name a reader sees: the title, with the publisher where two sources share it ("Back pain (NHS website)").
  const titles = new Map(registry.map((source) => [source.id, citationName(source, registry)]));

  test('the glossary names each source by its title, not its id', () => {
    const links = readPage('glossary/index.html').querySelectorAll('.glossary__sources a');
    expect(links.length).toBeGreaterThan(20);
    for (const link of links) {
      const id = /#source-(.+)$/.exec(link.getAttribute('href') ?? '')?.[1] ?? '';
      expect(titles.has(id), `unknown source ${id}`).toBe(true);
      expect(link.text.trim()).toBe(titles.get(id));
    }
  });

  test.each(['sources/index.html', 'glossary/index.html', ...articles])('%s: no stray space before a comma or full stop in citations', (file) => {
    const page = readPage(file);
    const citations = [
      ...page.querySelectorAll('.source-list li'),
      ...page.querySelectorAll('.sources li p'),
      ...page.querySelectorAll('.glossary__sources'),
    ].map((node) => node.text.replace(/\s+/g, ' '));
    const stray = citations.filter((text) => / [,.]/.test(text));
    expect(stray).toEqual([]);
  });
});

describe('"Report a problem with this page"', () => {
  test.skipIf(Boolean(process.env.FEEDBACK_EMAIL)).each(pages)('%s leaves it out when FEEDBACK_EMAIL is not set', (file) => {
    expect(readText(file)).not.toContain('Report a problem with this page');
  });

  // The BASE_PATH build (tests/helpers/baseBuild.ts) sets FEEDBACK_EMAIL.
  describe('with FEEDBACK_EMAIL set', () => {
    const OUT = BASE_BUILD_DIR;
    const EMAIL = BASE_BUILD_FEEDBACK_EMAIL;
    let log = '';
    let feedbackBase = '/';
    beforeAll(() => {
      feedbackBase = baseBuild().base;
      log = readFileSync(BASE_BUILD_LOG, 'utf8');
    }, 200_000);

    test('the build does not warn that the address is missing', () => {
      expect(log).toContain('Complete!');
      expect(log).not.toContain('FEEDBACK_EMAIL is not set');
    });

    test.each([...articles, ...tools.map((tool) => tool.file)])(
      '%s has one mailto: link with its title and address filled in',
      (file) => {
        const page = readPage(file, OUT);
        const links = page.querySelectorAll('a').filter((a) => a.text.trim() === 'Report a problem with this page');
        expect(links).toHaveLength(1);
        const href = new URL(links[0]!.getAttribute('href') ?? '');
        expect(href.protocol).toBe('mailto:');
        expect(href.pathname).toBe(EMAIL);
        const title = page.querySelector('h1')!.text.trim();
        expect(href.searchParams.get('subject')).toBe(`Problem with a page: ${title}`);
        const address = new URL(withBase(`/${file.replace(/index\.html$/, '')}`, feedbackBase), SITE).href;
        expect(href.searchParams.get('body')).toContain(`Address: ${address}`);
      },
    );
  });
});
