import { extractHeadings } from '../markdown.ts';
import { DANGEROUS_SCHEMES, linksOf, parseMdx, schemeOf } from '../mdx.ts';
import type { Problem } from '../../schemas/problems.ts';

export interface LinkCheckArticle {
  id: string;
  file: string;
  draft: boolean;
  body: string;
}

/**
 * Checks the links inside article bodies. Internal links are written from the
 * site root (/articles/ice-or-heat/#how-to-choose) so that a base path can be
 * added when the site is built; they must point at a page that will exist,
 * and a #fragment must match a heading on that page. External links must be
 * https. Every link form counts: [text](url), [ref]: url definitions,
 * images and JSX href/src. Lines are the body's own.
 */
export function findBrokenLinks(
  articles: readonly LinkCheckArticle[],
  otherPages: ReadonlySet<string>,
  /** Known ids on pages that are not articles, such as the glossary's terms. */
  pageFragments: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
  /** The address of an article (a translation's articles live under its language: /es/articles/<id>/). */
  articlePath: (id: string) => string = (id) => `/articles/${id}/`,
): Problem[] {
  const problems: Problem[] = [];
  const headingIds = new Map(
    articles.filter((a) => !a.draft).map((a) => [articlePath(a.id), new Set(extractHeadings(a.body).map((h) => h.id))]),
  );

  for (const article of articles) {
    const own = new Set(extractHeadings(article.body).map((h) => h.id));
    const { tree } = parseMdx(article.body);
    for (const { url, line, kind, where } of tree ? linksOf(tree) : []) {
      const field = where ?? kind;
      const report = (message: string) =>
        problems.push({ file: article.file, line, field, message: `${message}: ${url}` });

      if (/^(mailto|tel|sms):/.test(url)) continue;
      if (DANGEROUS_SCHEMES.has(schemeOf(url) ?? '')) continue; // findUnsafeMdx's
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
        if (!/^https:\/\/[^/\s]+\.[^/\s]+/.test(url)) report('external links must be full https addresses');
        continue;
      }
      if (url.startsWith('//')) {
        report('write external links with https://');
        continue;
      }
      const [path = '', fragment] = url.split('#');
      if (path === '') {
        if (fragment && !own.has(fragment)) report(`no heading with the id "${fragment}" on this page`);
        continue;
      }
      if (!path.startsWith('/')) {
        report('write internal links from the site root, like /articles/ice-or-heat/');
        continue;
      }
      if (!path.endsWith('/')) {
        report('internal links end with "/"');
        continue;
      }
      const targetHeadings = headingIds.get(path);
      if (!targetHeadings && !otherPages.has(path)) {
        report('no page at this address');
        continue;
      }
      const known = targetHeadings ?? pageFragments.get(path);
      if (fragment && known && !known.has(fragment)) {
        report(`no heading with the id "${fragment}" on ${path}`);
      }
    }
  }
  return problems;
}
