import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadCheckedSite } from '../../src/pipeline/readContent.ts';
import { redirectListSchema } from '../../src/schemas/redirect.ts';
import { breadcrumbListLdSchema, medicalWebPageLdSchema } from '../../src/schemas/structuredData.ts';
import { redirectRules, netlifyRedirects } from '../../src/pipeline/redirects.ts';
import { absoluteUrl, withBase } from '../../src/domain/url.ts';
import { assertBuilt, BASE, DIST, htmlFiles, readPage, readText, SITE, urlPathOf } from '../helpers/dist.ts';
import { pngSize } from '../helpers/png.ts';
import { localeOfPath, ui } from '../../src/i18n/index.ts';

// Links to this site must be full addresses under SITE_URL and BASE_PATH.
const siteRoot = absoluteUrl('/', SITE, BASE);
const full = (path: string) => absoluteUrl(path, SITE, BASE);
/** The file in dist/ that serves a full address on this site. */
const distFile = (url: string) => {
  expect(url.startsWith(siteRoot), `${url} is not under ${siteRoot}`).toBe(true);
  const path = decodeURI(url.slice(siteRoot.length).split('#')[0]!);
  return join(DIST, path.endsWith('/') || path === '' ? `${path}index.html` : path);
};

const redirects = redirectListSchema.parse(parseYaml(readFileSync('content/redirects.yaml', 'utf8')));
const redirectFiles = new Set(redirects.map((r) => `${r.from.slice(1)}index.html`));
// Listed when the tests are collected, so that each page is a test of its own.
const pages = htmlFiles().filter((file) => !redirectFiles.has(file));
const articles = loadCheckedSite()
  .articles.filter((a) => !a.data.draft)
  .map((a) => ({ id: a.id, title: a.data.title }));

beforeAll(assertBuilt);

/** Pages kept out of search engines: no canonical address, nothing to print. */
const unlisted = new Set(['404.html', 'offline/index.html', 'es/404/index.html', 'es/offline/index.html']);
/** The interface words of a built page's language. */
const wordsOf = (file: string) => ui(localeOfPath(urlPathOf(file))).layout;
const OG_LOCALE = { en: 'en_GB', es: 'es_ES' } as const;

const meta = (doc: ReturnType<typeof readPage>, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

describe('link previews on every page', () => {
  test('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  test.each(pages)('%s has Open Graph and Twitter tags, and a canonical address unless it is 404 or offline', (file) => {
    const doc = readPage(file);
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (unlisted.has(file)) {
      expect(canonical, file).toBeUndefined();
    } else {
      expect(canonical, file).toBe(full(urlPathOf(file)));
      expect(meta(doc, 'og:url'), file).toBe(canonical);
    }
    for (const key of ['og:title', 'og:description', 'og:image:alt', 'twitter:title', 'twitter:description', 'twitter:image:alt']) {
      expect(meta(doc, key)?.trim(), `${file} ${key}`).toBeTruthy();
    }
    expect(meta(doc, 'og:site_name'), file).toBe(wordsOf(file).siteName);
    expect(meta(doc, 'og:locale'), file).toBe(OG_LOCALE[localeOfPath(urlPathOf(file))]);
    expect(meta(doc, 'twitter:card'), file).toBe('summary_large_image');
    expect(meta(doc, 'og:image'), file).toMatch(/^https?:\/\/.+\.png$/);
    expect(meta(doc, 'twitter:image'), file).toBe(meta(doc, 'og:image'));
    expect(meta(doc, 'og:type'), file).toBe(/^(es\/)?articles\//.test(file) ? 'article' : 'website');
  });

  test('every og:image is a 1200x630 PNG in dist/', () => {
    const images = new Set(pages.map((file) => meta(readPage(file), 'og:image')!));
    for (const image of images) {
      expect(pngSize(readFileSync(distFile(image))), image).toEqual({ width: 1200, height: 630 });
    }
  });

  test.each(articles)('article $id has its own og:image', (article) => {
    expect(meta(readPage(`articles/${article.id}/index.html`), 'og:image')).toBe(full(`/og/articles/${article.id}.png`));
  });

  test.each(articles)('article $id gives its published and modified times; modified is never before published', (article) => {
    const doc = readPage(`articles/${article.id}/index.html`);
    const published = Date.parse(meta(doc, 'article:published_time') ?? '');
    const modified = Date.parse(meta(doc, 'article:modified_time') ?? '');
    expect(published).not.toBeNaN();
    expect(modified).toBeGreaterThanOrEqual(published);
    expect(meta(doc, 'og:title')).toBe(article.title);
  });
});

describe('structured data', () => {
  test.each(articles)('article $id has a valid MedicalWebPage and BreadcrumbList that match the page', (article) => {
    const file = `articles/${article.id}/index.html`;
    const doc = readPage(file);
    const blocks = doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent) as { '@type': string });
    const page = medicalWebPageLdSchema.parse(blocks.find((b) => b['@type'] === 'MedicalWebPage'));
    const trail = breadcrumbListLdSchema.parse(blocks.find((b) => b['@type'] === 'BreadcrumbList'));

    expect(page.url, file).toBe(full(`/articles/${article.id}/`));
    expect(page.name, file).toBe(article.title);
    expect(page.lastReviewed, file).toBe(doc.querySelector('[data-review-dates] time')?.getAttribute('datetime'));
    expect(page.dateModified, file).toBe(meta(doc, 'article:modified_time')?.slice(0, 10));
    // dateModified is the newest date the page shows: its review, or its last change ("· Last changed: …").
    const shown = doc.querySelectorAll('[data-review-dates] p:first-child time').map((t) => t.getAttribute('datetime') ?? '');
    expect(page.dateModified, file).toBe(shown.sort().at(-1));
    const sourceLinks = doc.querySelectorAll('.source-list li > a').map((a) => a.getAttribute('href'));
    expect(page.citation, file).toEqual(sourceLinks);
    expect(trail.itemListElement.at(0)?.item, file).toBe(siteRoot);
    expect(trail.itemListElement.at(-1)?.item, file).toBe(page.url);
  });

  test('the JSON-LD blocks are left as data: not bundled, not rewritten, never a module', () => {
    const html = readText(`articles/${articles[0]!.id}/index.html`);
    const tags = html.match(/<script[^>]*>/g) ?? [];
    expect(tags.filter((t) => t.includes('application/ld+json'))).toEqual(['<script type="application/ld+json">', '<script type="application/ld+json">']);
  });
});

describe('feeds and discovery', () => {
  test('the sitemap index points at sitemaps listing every article with its last-modified date, and no redirects', () => {
    const index = readText('sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const entries = new Map<string, string | undefined>();
    for (const sitemap of sitemaps) {
      for (const m of readFileSync(distFile(sitemap), 'utf8').matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)) {
        entries.set(m[1]!, m[2]);
      }
    }
    for (const article of articles) {
      const lastmod = entries.get(full(`/articles/${article.id}/`));
      expect(lastmod, article.id).toBe(meta(readPage(`articles/${article.id}/index.html`), 'article:modified_time'));
    }
    for (const url of entries.keys()) expect(existsSync(distFile(url)), url).toBe(true);
    for (const r of redirects) expect(entries.has(full(r.from)), r.from).toBe(false);
    expect(entries.has(full('/search/'))).toBe(false);
  });

  test('robots.txt names the sitemap index by its full address', () => {
    expect(readText('robots.txt')).toContain(`Sitemap: ${full('/sitemap-index.xml')}\n`);
  });

  test('the RSS feed has every article, with full links, dates and change notes', () => {
    // RSS is XML: read it with patterns, since an HTML parser treats <link> as an empty element.
    const items = [...readText('rss.xml').matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    const field = (item: string, tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(item)?.[1];
    const links = items.map((item) => field(item, 'link'));
    expect([...links].sort()).toEqual(articles.map((a) => full(`/articles/${a.id}/`)).sort());
    for (const item of items) {
      expect(Date.parse(field(item, 'pubDate') ?? ''), item).not.toBeNaN();
      expect(field(item, 'title'), item).toBeTruthy();
      expect(field(item, 'content:encoded'), item).toContain('What changed on this page');
    }
    const home = readPage('index.html');
    expect(home.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(withBase('/rss.xml', BASE));
  });

  test('the web app manifest and every icon exist, at the sizes they claim', () => {
    const doc = readPage('index.html');
    const manifestHref = doc.querySelector('link[rel="manifest"]')?.getAttribute('href') ?? '';
    const manifest = JSON.parse(readFileSync(distFile(full(manifestHref.slice(BASE.length - 1))), 'utf8')) as {
      name: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest.name).toBe('Back Spasm Guide');
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    const icons = [
      ...manifest.icons.map((i) => ({ src: i.src, sizes: i.sizes })),
      ...doc.querySelectorAll('link[rel="icon"][type="image/png"], link[rel="apple-touch-icon"]').map((l) => ({
        src: l.getAttribute('href')!,
        sizes: l.getAttribute('sizes') ?? '180x180',
      })),
    ];
    for (const icon of icons) {
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(pngSize(readFileSync(distFile(full(icon.src.slice(BASE.length - 1))))), icon.src).toEqual({ width, height });
    }
  });
});

describe('redirects', () => {
  test('there are redirects', () => {
    expect(redirects.length).toBeGreaterThan(0);
  });

  test.each(redirects)('the redirect page $from sends readers to $to, a live page, and is not indexed', (r) => {
    const file = `${r.from.slice(1)}index.html`;
    const doc = readPage(file);
    const refresh = doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
    expect(refresh, file).toBe(`0; url=${withBase(r.to, BASE)}`);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content'), file).toBe('noindex');
    expect(doc.querySelector('main a')?.getAttribute('href'), file).toBe(withBase(r.to, BASE));
    const target = `${r.to.slice(1)}index.html`;
    expect(pages, `${r.from} -> ${r.to}`).toContain(target);
    expect(readPage(target).querySelector('meta[http-equiv="refresh"]'), target).toBeNull();
  });

  test('_redirects holds the same rules as 301s, for Netlify and Cloudflare Pages', () => {
    expect(readText('_redirects')).toBe(netlifyRedirects(redirectRules(redirects, BASE)));
  });
});

describe('section links and print', () => {
  test.each(articles)('article $id: every h2 and h3 in its body has a link to itself, named after it, and the contents list stays clean', (article) => {
    const file = `articles/${article.id}/index.html`;
    const doc = readPage(file);
    const headings = doc.querySelectorAll('.article__body .section-heading > :is(h2, h3)');
    expect(headings.length, file).toBeGreaterThan(0);
    for (const heading of headings) {
      const id = heading.getAttribute('id')!;
      const control = heading.parentNode!.querySelector('bsg-copy-link');
      const link = control?.querySelector('a');
      expect(link?.getAttribute('href'), `${file} #${id}`).toBe(`#${id}`);
      const labelledBy = link?.getAttribute('aria-labelledby')?.split(' ') ?? [];
      expect(labelledBy.map((ref) => doc.getElementById(ref)?.textContent.trim()), `${file} #${id}`).toEqual(['Link to section:', heading.textContent.trim()]);
      expect(control?.classList.contains('no-print'), `${file} #${id}`).toBe(true);
    }
    // The contents list (made from the Markdown headings) has exactly these headings, in their own words.
    const entries = doc.querySelectorAll('.toc a');
    if (entries.length > 0) expect(entries.map((a) => a.getAttribute('href')), file).toEqual(headings.map((h) => `#${h.getAttribute('id')}`));
    for (const entry of entries) {
      const id = entry.getAttribute('href')!.slice(1);
      expect(entry.textContent.trim(), `${file} ${id}`).toBe(doc.getElementById(id)?.textContent.trim());
      expect(entry.textContent, `${file} ${id}`).not.toContain('Link to section');
    }
  });

  test.each(pages.filter((f) => !unlisted.has(f)))('%s prints its full address at the end', (file) => {
    const doc = readPage(file);
    // Articles and tools print a QR code before it (a line of its own in the source, so spaces round the words).
    expect(doc.querySelector('.page-address.print-only')?.textContent.trim(), file).toBe(
      `${wordsOf(file).pageAddress} ${full(urlPathOf(file))}`,
    );
  });

  test.each(articles)('article $id has email and text-message share links carrying its full address', (article) => {
    const doc = readPage(`articles/${article.id}/index.html`);
    const share = doc.querySelector('bsg-share');
    expect(share?.classList.contains('no-print'), article.id).toBe(true);
    const hrefs = share?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];
    const encoded = encodeURIComponent(full(`/articles/${article.id}/`));
    expect(hrefs.find((h) => h?.startsWith('mailto:')), article.id).toContain(encoded);
    expect(hrefs.find((h) => h?.startsWith('sms:')), article.id).toContain(encoded);
  });
});
