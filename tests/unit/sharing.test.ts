import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/pipeline/checkContent.ts';
import { renderIcon } from '../../src/build/icons.ts';
import { OG_HEIGHT, OG_WIDTH, ogImageTree, renderOgImage, titleSize } from '../../src/build/ogImage.ts';
import { articleDates, sitePath, sitemapOptions } from '../../src/build/sitemap.ts';
import { loadCheckedSite } from '../../src/pipeline/readContent.ts';
import { redirectListSchema } from '../../src/schemas/redirect.ts';
import { breadcrumbListLdSchema, medicalWebPageLdSchema } from '../../src/schemas/structuredData.ts';
import { feedItems, type FeedArticle } from '../../src/build/feed/items.ts';
import { lastModifiedOf } from '../../src/domain/lastModified.ts';
import { webManifest } from '../../src/build/manifest.ts';
import { checkPublished, checkRedirects, netlifyRedirects, redirectRules } from '../../src/pipeline/redirects.ts';
import { robotsTxt } from '../../src/build/robots.ts';
import { sectionUrl, shareLinks } from '../../src/domain/share.ts';
import { breadcrumbJsonLd, jsonLdText, medicalWebPageJsonLd } from '../../src/domain/structuredData.ts';
import { formatProblem } from '../../src/schemas/problems.ts';
import { rawContent, validArticle } from '../helpers/fixtures.ts';
import { pngSize } from '../helpers/png.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('share links', () => {
  test('email and text-message links carry the title, description and address, fully encoded', () => {
    const links = shareLinks({
      title: 'Ice & heat?',
      description: 'Which helps more.',
      url: 'https://example.org/articles/ice-or-heat/',
    });
    expect(links.email).toBe(
      'mailto:?subject=Ice%20%26%20heat%3F&body=Which%20helps%20more.%0A%0Ahttps%3A%2F%2Fexample.org%2Farticles%2Fice-or-heat%2F',
    );
    expect(links.sms).toBe('sms:?&body=Ice%20%26%20heat%3F%3A%20https%3A%2F%2Fexample.org%2Farticles%2Fice-or-heat%2F');
  });

  test('a section address is the page address with the heading id, and no query', () => {
    expect(sectionUrl('https://example.org/guide/articles/a/?q=ice#old', 'how-long')).toBe(
      'https://example.org/guide/articles/a/#how-long',
    );
  });
});

describe('redirects', () => {
  const redirects = [
    { from: '/help/', to: '/articles/when-to-get-help/' },
    { from: '/articles/old-name/', to: '/articles/new-name/' },
  ];

  test('the schema names the entry and field of a bad path, a self-redirect and a repeat', () => {
    const result = redirectListSchema.safeParse([
      { from: 'help', to: '/articles/x/' },
      { from: '/a/', to: '/a/' },
      { from: '/b/', to: '/x/' },
      { from: '/b/', to: '/y/' },
    ]);
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toContainEqual(expect.stringMatching(/^0\.from: must be a path from the site root/));
    expect(issues).toContain('1.to: from and to are the same address');
    expect(issues).toContain('3.from: redirects "/b/" a second time');
  });

  test('rules get the base path on both sides; the _redirects file has one 301 line each', () => {
    expect(redirectRules(redirects, '/')).toEqual([
      { from: '/help/', to: '/articles/when-to-get-help/', status: 301 },
      { from: '/articles/old-name/', to: '/articles/new-name/', status: 301 },
    ]);
    const rules = redirectRules(redirects, '/guide/');
    expect(rules[0]).toEqual({ from: '/guide/help/', to: '/guide/articles/when-to-get-help/', status: 301 });
    expect(
      netlifyRedirects(rules)
        .split('\n')
        .filter((l) => !l.startsWith('#')),
    ).toEqual([
      '/guide/help/ /guide/articles/when-to-get-help/ 301',
      '/guide/articles/old-name/ /guide/articles/new-name/ 301',
      '',
    ]);
  });

  test('a redirect must land on a live page, must not hide one, and must not chain', () => {
    const live = new Set(['/', '/about/', '/articles/new-name/', '/articles/when-to-get-help/']);
    expect(checkRedirects(redirects, live)).toEqual([]);
    const problems = checkRedirects(
      [
        { from: '/about/', to: '/articles/new-name/' },
        { from: '/x/', to: '/articles/gone/' },
        { from: '/y/', to: '/x/' },
      ],
      live,
    ).map(formatProblem);
    expect(problems).toEqual([
      'content/redirects.yaml: [0].from: "/about/" is a live page, so this redirect would hide it: remove the entry',
      'content/redirects.yaml: [1].to: "/articles/gone/" is not a page on this site',
      'content/redirects.yaml: [2].to: "/x/" is itself redirected: point straight at the page it ends on',
    ]);
  });
});

describe('slugs are permanent (content/published.yaml)', () => {
  const live = [{ id: 'new-name', file: 'content/articles/new-name.mdx' }];

  test('a renamed article needs a redirect from its old address', () => {
    expect(checkPublished(['old-name', 'new-name'], live, []).map(formatProblem)).toEqual([
      'content/published.yaml: [0]: /articles/old-name/ was published, but no live article has that file name and content/redirects.yaml has no redirect from it: restore content/articles/old-name.mdx or add "- from: /articles/old-name/" with "to:" its new address',
    ]);
    expect(
      checkPublished(['old-name', 'new-name'], live, [{ from: '/articles/old-name/', to: '/articles/new-name/' }]),
    ).toEqual([]);
  });

  test('a new article must be recorded', () => {
    expect(checkPublished([], live, []).map(formatProblem)).toEqual([
      'content/articles/new-name.mdx: file name: the address /articles/new-name/ is not recorded in content/published.yaml: add "- new-name" there, because slugs are permanent',
    ]);
  });

  test('the content check fails when an article file is renamed without a redirect', () => {
    const base = rawContent();
    const renamed = base.articles.map((a) =>
      a.id === 'first-48-hours' ? { ...a, id: 'first-two-days', file: 'content/articles/first-two-days.mdx' } : a,
    );
    // ice-or-heat links to the old address; point it at the new one so only the slug rule is left.
    renamed[0]!.body = '## How do I choose?\n\nSee [the plan](/articles/first-two-days/#day-one).\n';
    renamed[0]!.data = validArticle({ related: ['first-two-days'] });
    const published = { file: 'content/published.yaml', data: ['ice-or-heat', 'first-48-hours'] };
    const problems = checkContent(rawContent({ articles: renamed, published })).problems.map(formatProblem);
    expect(problems).toEqual([
      'content/articles/first-two-days.mdx: file name: the address /articles/first-two-days/ is not recorded in content/published.yaml: add "- first-two-days" there, because slugs are permanent',
      expect.stringMatching(/^content\/published\.yaml: \[1\]: \/articles\/first-48-hours\/ was published/),
    ]);

    const fixed = rawContent({
      articles: renamed,
      published: { file: 'content/published.yaml', data: ['ice-or-heat', 'first-48-hours', 'first-two-days'] },
      redirects: {
        file: 'content/redirects.yaml',
        data: [{ from: '/articles/first-48-hours/', to: '/articles/first-two-days/' }],
      },
    });
    expect(checkContent(fixed).problems).toEqual([]);
  });

  test('an article turned back into a draft needs a redirect too', () => {
    const base = rawContent();
    base.articles[0]!.data = validArticle({ draft: true });
    const published = { file: 'content/published.yaml', data: ['ice-or-heat', 'first-48-hours'] };
    expect(checkContent(rawContent({ articles: base.articles, published })).problems.map(formatProblem)).toContainEqual(
      expect.stringMatching(/^content\/published\.yaml: \[0\]: \/articles\/ice-or-heat\/ was published/),
    );
  });

  test('a redirect in content/redirects.yaml is checked against the real pages', () => {
    const redirects = { file: 'content/redirects.yaml', data: [{ from: '/help/', to: '/articles/no-such-page/' }] };
    expect(checkContent(rawContent({ redirects })).problems.map(formatProblem)).toEqual([
      'content/redirects.yaml: [0].to: "/articles/no-such-page/" is not a page on this site',
    ]);
  });
});

describe('dates, feed and discovery', () => {
  const article: FeedArticle = {
    slug: 'ice-or-heat',
    title: 'Ice or heat?',
    description: 'Which helps <more>.',
    topic: 'Ice and heat',
    published: d('2026-01-10'),
    reviewed: { last: d('2026-01-10') },
    changes: [
      { date: d('2026-02-01'), note: 'Added a table of timings.' },
      { date: d('2026-01-20'), note: 'Fixed a typo & a link.' },
    ],
  };
  const fresh: FeedArticle = {
    ...article,
    slug: 'new',
    title: 'New page',
    published: d('2026-03-01'),
    reviewed: { last: d('2026-03-01') },
    changes: [],
  };

  test('last modified is the newest of the review, publication and change dates', () => {
    expect(lastModifiedOf(article)).toEqual(d('2026-02-01'));
    expect(lastModifiedOf({ ...article, reviewed: { last: d('2026-05-05') } })).toEqual(d('2026-05-05'));
  });

  test('the feed lists new and updated articles, newest first, with their change notes', () => {
    const items = feedItems([article, fresh], '/guide/');
    expect(items.map((i) => [i.link, i.pubDate])).toEqual([
      ['/guide/articles/new/', d('2026-03-01')],
      ['/guide/articles/ice-or-heat/', d('2026-02-01')],
    ]);
    expect(items[0]!.description).toBe('Which helps <more>.');
    expect(items[1]!.description).toBe('Updated 1 February 2026: Added a table of timings. Which helps <more>.');
    expect(items[1]!.content).toBe(
      '<p>Which helps &lt;more&gt;.</p><p>What changed on this page:</p><ul><li>1 February 2026: Added a table of timings.</li><li>20 January 2026: Fixed a typo &amp; a link.</li><li>10 January 2026: page first published.</li></ul>',
    );
    expect(items[1]!.categories).toEqual(['Ice and heat']);
  });

  test('a review newer than the last change dates the item without claiming an update', () => {
    const [item] = feedItems([{ ...article, reviewed: { last: d('2026-06-01') } }], '/');
    expect(item!.pubDate).toEqual(d('2026-06-01'));
    expect(item!.description).toBe('Which helps <more>.');
  });

  test('robots.txt allows everything and names the sitemap by its full address', () => {
    expect(robotsTxt('https://example.org/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n',
    );
  });

  test('the sitemap dates every article from its review data and leaves out redirects and search', () => {
    expect(sitePath('https://example.org/guide/articles/a/', '/guide/')).toBe('/articles/a/');
    expect(sitePath('https://example.org/articles/a/', '/')).toBe('/articles/a/');
    const content = loadCheckedSite();
    const options = sitemapOptions('/', content);
    const dates = articleDates(content);
    expect(dates.size).toBeGreaterThan(0);
    for (const [slug, date] of dates) {
      const item = options.serialize!({ url: `https://example.org/articles/${slug}/` }) as { lastmod?: string };
      expect(item.lastmod, slug).toBe(date.toISOString());
    }
    expect(options.filter!('https://example.org/help/')).toBe(false);
    expect(options.filter!('https://example.org/search/')).toBe(false);
    expect(options.filter!('https://example.org/about/')).toBe(true);
  }, 30_000); // reads and checks the whole site

  test('the web app manifest names the site, its colours and its icons under the base path', () => {
    const manifest = webManifest(
      {
        name: 'Guide',
        shortName: 'G',
        description: 'About backs.',
        lang: 'en-GB',
        themeColour: '#005eb8',
        backgroundColour: '#ffffff',
      },
      [
        { name: 'icon-32', size: 32, fullBleed: false },
        { name: 'icon-512', size: 512, fullBleed: false },
        { name: 'icon-maskable-512', size: 512, fullBleed: true },
      ],
      '/guide/',
    );
    expect(manifest).toMatchObject({
      name: 'Guide',
      start_url: '/guide/',
      scope: '/guide/',
      theme_color: '#005eb8',
      display: 'standalone',
    });
    expect(manifest.icons).toEqual([
      { src: '/guide/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/guide/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ]);
  });
});

describe('structured data', () => {
  const page = medicalWebPageJsonLd({
    url: 'https://example.org/articles/ice-or-heat/',
    title: 'Ice or heat?',
    description: 'Which helps more.',
    image: 'https://example.org/og/articles/ice-or-heat.png',
    lang: 'en-GB',
    published: d('2026-01-10'),
    modified: d('2026-02-01'),
    lastReviewed: d('2026-01-10'),
    reviewedBy: 'Evidence editor',
    about: 'Back spasm',
    sources: [
      { title: 'Heat for back pain', url: 'https://doi.org/10.1/x', publisher: 'Cochrane', year: 2006 },
      { title: 'Back pain', url: 'https://www.nhs.uk/conditions/back-pain/', publisher: 'NHS' },
    ],
    site: { name: 'Back Spasm Guide', url: 'https://example.org/' },
  });

  test('the schema refuses a Person reviewer: no clinician has reviewed the pages', () => {
    const person = { ...page, reviewedBy: { '@type': 'Person', jobTitle: 'Evidence editor' } };
    const result = medicalWebPageLdSchema.safeParse(person);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n')).toMatch(
      /reviewedBy.*never a Person/,
    );
  });

  test('MedicalWebPage has review dates, reviewer, subject and citations, and passes its schema', () => {
    expect(medicalWebPageLdSchema.parse(page)).toMatchObject({
      lastReviewed: '2026-01-10',
      dateModified: '2026-02-01',
      reviewedBy: {
        '@type': 'Role',
        roleName: 'Evidence editor',
        reviewedBy: { '@type': 'Organization', name: 'Back Spasm Guide', url: 'https://example.org/' },
      },
      about: { '@type': 'MedicalCondition', name: 'Back spasm' },
    });
    expect(JSON.stringify(page)).not.toContain('"Person"');
    expect(page.citation).toEqual(['https://doi.org/10.1/x', 'https://www.nhs.uk/conditions/back-pain/']);
  });

  test('the schema rejects a page with no citations or a relative address', () => {
    expect(medicalWebPageLdSchema.safeParse({ ...page, citation: [] }).success).toBe(false);
    expect(medicalWebPageLdSchema.safeParse({ ...page, url: '/articles/ice-or-heat/' }).success).toBe(false);
  });

  test('BreadcrumbList numbers the trail from 1 and passes its schema', () => {
    const trail = breadcrumbJsonLd([
      { name: 'Home', url: 'https://example.org/' },
      { name: 'Ice or heat?', url: 'https://example.org/articles/ice-or-heat/' },
    ]);
    expect(breadcrumbListLdSchema.parse(trail).itemListElement.map((i) => [i.position, i.name])).toEqual([
      [1, 'Home'],
      [2, 'Ice or heat?'],
    ]);
  });

  test('JSON-LD text cannot close its script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('preview images and icons', () => {
  test('longer titles get smaller type, never below 64px (16px at a 300px-wide thumbnail)', () => {
    expect(titleSize('Ice or heat?')).toBe(88);
    expect(titleSize('x'.repeat(70))).toBe(64);
  });

  test('the layout shows the title, the site name and the footer', () => {
    const text = JSON.stringify(
      ogImageTree({ title: 'Ice or heat?', siteName: 'Back Spasm Guide', footer: 'Ice and heat' }, 'data:,'),
    );
    for (const part of ['Ice or heat?', 'Back Spasm Guide', 'Ice and heat']) expect(text).toContain(part);
  });

  test('a preview image for the longest allowed title is a 1200x630 PNG', async () => {
    const title = 'What to do for a back spasm in the first hours and days: step by step!';
    expect(title.length).toBe(70);
    const png = await renderOgImage({ title, siteName: 'Back Spasm Guide', footer: 'Basics' });
    expect(pngSize(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    expect(OG_WIDTH / OG_HEIGHT).toBeCloseTo(1.905, 2);
  });

  test('icons are drawn at their stated size', async () => {
    expect(pngSize(await renderIcon({ name: 'icon-192', size: 192, fullBleed: false }))).toEqual({
      width: 192,
      height: 192,
    });
    expect(pngSize(await renderIcon({ name: 'apple-touch-icon', size: 180, fullBleed: true }))).toEqual({
      width: 180,
      height: 180,
    });
  });
});
