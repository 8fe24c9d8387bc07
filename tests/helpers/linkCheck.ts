import { parse } from 'node-html-parser';
import { normaliseBase } from '../../src/site.ts';

export interface LinkProblem {
  page: string;
  url: string;
  message: string;
}

/**
 * Checks every link in a set of built pages without fetching anything.
 * `pages` maps a served path (/about/) to its HTML; `files` lists every other
 * file the site serves (/_astro/x.css). Internal links must land on a page or
 * file, #fragments on an element with that id, and everything must sit under
 * the base path. Absolute links to the site itself count as internal.
 * External links must be https and well formed.
 */
export function checkLinks(
  pages: ReadonlyMap<string, string>,
  files: ReadonlySet<string>,
  base = '/',
  /** The site's own address (SITE_URL): absolute links to it, such as canonical links, are checked as internal. */
  site = 'https://site.invalid',
): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const ids = new Map<string, Set<string>>();
  const docs = new Map([...pages].map(([path, html]) => [path, parse(html)]));
  for (const [path, doc] of docs) {
    ids.set(path, new Set(doc.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? '')));
  }
  const origin = 'http://site.invalid';
  const prefix = normaliseBase(base);

  for (const [page, doc] of docs) {
    const refs = [
      ...doc.querySelectorAll('a[href], link[href], area[href]').map((el) => el.getAttribute('href') ?? ''),
      ...doc
        .querySelectorAll('img[src], script[src], source[src], iframe[src]')
        .map((el) => el.getAttribute('src') ?? ''),
      ...doc.querySelectorAll('form[action]').map((el) => el.getAttribute('action') ?? ''),
    ];
    for (const raw of refs) {
      const report = (message: string) => problems.push({ page, url: raw, message });
      const siteOrigin = new URL(site).origin;
      const url = raw.trim().startsWith(`${siteOrigin}/`) ? raw.trim().slice(siteOrigin.length) : raw.trim();
      if (url === '') {
        report('empty link');
        continue;
      }
      if (/^(mailto|tel|sms):/i.test(url)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
        if (!/^https:\/\//i.test(url)) {
          report('external links must use https');
          continue;
        }
        try {
          const parsed = new URL(url);
          if (!parsed.hostname.includes('.')) report('external link has no proper host name');
        } catch {
          report('external link is not a valid URL');
        }
        continue;
      }
      const resolved = new URL(url, `${origin}${prefix}${page.slice(1)}`);
      if (resolved.origin !== origin) {
        report('protocol-relative links are not allowed');
        continue;
      }
      if (!resolved.pathname.startsWith(prefix)) {
        report(`internal link is outside the base path ${prefix}`);
        continue;
      }
      const target = `/${resolved.pathname.slice(prefix.length)}`;
      const fragment = decodeURIComponent(resolved.hash.slice(1));
      if (pages.has(target)) {
        if (fragment && !ids.get(target)?.has(fragment)) report(`no element with id "${fragment}" on ${target}`);
      } else if (!files.has(target)) {
        report(`no page or file at ${target}`);
      }
    }
  }
  return problems;
}
