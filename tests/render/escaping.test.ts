import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { LOCAL_SITE_URL } from '../../src/site.ts';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import BaseLayout from '../../src/components/layout/BaseLayout.astro';
import ArticleList from '../../src/components/layout/ArticleList.astro';
import Breadcrumbs from '../../src/components/layout/Breadcrumbs.astro';
import InShort from '../../src/components/layout/InShort.astro';
import TableOfContents from '../../src/components/layout/TableOfContents.astro';
import JsonLd from '../../src/components/layout/JsonLd.astro';

// Text from content/ frontmatter (titles, descriptions, summaries, headings)
// is data, never markup: a title carrying HTML or script renders as the same
// text, and adds no element or attribute to the page.

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</title><script>alert(1)</script>',
  '<a href="javascript:alert(1)">x</a>',
  '&lt;b&gt; already escaped &amp; ampersands',
];

/** What a hostile string would have added to the page had it been inserted as markup. */
function injected(doc: HTMLElement): string[] {
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    // The site's own image: the printed QR code of an article's address, beside it (BaseLayout.astro).
    const qrCode =
      tag === 'img' &&
      el.parentNode?.classList.contains('page-address') &&
      /^\/qr\/[a-z0-9-]+\.svg$/.test(el.getAttribute('src') ?? '');
    if (['img', 'svg', 'iframe', 'b'].includes(tag) && !qrCode) found.push(`<${tag}>`);
    // The site's own scripts are files (src) or JSON-LD data; anything else, or any script quoting the payload, was injected.
    if (
      tag === 'script' &&
      ((!el.getAttribute('src') && el.getAttribute('type') !== 'application/ld+json') || /alert/.test(el.text))
    ) {
      found.push('<script>');
    }
    for (const [name, value] of Object.entries(el.attributes)) {
      if (/^on/i.test(name)) found.push(`${tag}[${name}]`);
      if (/^\s*javascript:/i.test(value)) found.push(`${tag}[${name}=javascript:]`);
    }
  }
  return found;
}

let container: AstroContainer;
beforeAll(async () => {
  // A build always has a site address (src/site.ts); the container has none of its own.
  container = await AstroContainer.create({ astroConfig: { site: LOCAL_SITE_URL } });
});

describe.each(HOSTILE)('frontmatter text %s', (text) => {
  test('renders as the same text in the page title and description, adding no markup', async () => {
    const html = await container.renderToString(BaseLayout, {
      props: { title: text, description: text, path: '/articles/x/' },
      slots: { default: '<p>body</p>' },
    });
    const doc = parse(html);
    expect(injected(doc)).toEqual([]);
    expect(doc.querySelector('title')?.text).toBe(`${text} | Back Spasm Guide`);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(text);
    expect(doc.querySelectorAll('title')).toHaveLength(1);
  });

  test('renders as the same text in article lists, breadcrumbs, "In short" and the contents list', async () => {
    const article = { id: 'x', data: { title: text, description: text } };
    const rendered = await Promise.all([
      container.renderToString(ArticleList, { props: { articles: [article as never] } }),
      container.renderToString(Breadcrumbs, { props: { items: [{ href: '/', label: text }] } }),
      container.renderToString(InShort, { props: { points: [text] } }),
      container.renderToString(TableOfContents, {
        props: {
          headings: [
            { depth: 2, slug: 'a', text },
            { depth: 2, slug: 'b', text },
          ],
        },
      }),
    ]);
    const [list, crumbs, inShort, contents] = rendered.map((html) => parse(html));
    for (const doc of [list, crumbs, inShort, contents]) expect(injected(doc!)).toEqual([]);
    expect(list!.querySelector('.article-list__title a')?.text).toBe(text);
    expect(list!.querySelector('.article-list p')?.text).toBe(text);
    expect(crumbs!.querySelector('li a')?.text).toBe(text);
    expect(inShort!.querySelector('li')?.text).toBe(text);
    expect(contents!.querySelector('li a')?.text).toBe(text);
  });

  test('stays data inside JSON-LD: the block cannot be closed early and parses back to the same text', async () => {
    const data = { '@type': 'MedicalWebPage', name: text, description: `${text}</script><script>alert(1)</script>` };
    const html = await container.renderToString(JsonLd, { props: { data } });
    const doc = parse(html);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(JSON.parse(doc.querySelector('script')!.rawText)).toEqual(data);
  });
});
