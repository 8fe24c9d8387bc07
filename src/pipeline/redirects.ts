import type { Redirect } from '../schemas/redirect.ts';
import type { Problem } from '../schemas/problems.ts';
import { withBase } from '../domain/url.ts';

/** One permanent redirect as a host serves it: both paths include the base path. */
export interface RedirectRule {
  from: string;
  to: string;
  status: 301;
}

/**
 * Turns content/redirects.yaml into host redirect rules, with the site's base
 * path added to both sides. Every host config is made from this one list:
 * the _redirects file (Netlify, Cloudflare Pages) and the nginx config.
 */
export function redirectRules(redirects: readonly Redirect[], base: string): RedirectRule[] {
  return redirects.map((r) => ({ from: withBase(r.from, base), to: withBase(r.to, base), status: 301 }));
}

/** The text of a _redirects file (Netlify and Cloudflare Pages): one "from to 301" line a rule. */
export function netlifyRedirects(rules: readonly RedirectRule[]): string {
  const lines = rules.map((r) => `${r.from} ${r.to} ${r.status}`);
  return `# Made at build time from content/redirects.yaml. Do not edit.\n${lines.join('\n')}\n`;
}

/**
 * Checks redirects against the pages the site builds: each must land on a
 * live page, and none may hide one.
 */
export function checkRedirects(
  redirects: readonly Redirect[],
  livePages: ReadonlySet<string>,
  file = 'content/redirects.yaml',
): Problem[] {
  const problems: Problem[] = [];
  const froms = new Set(redirects.map((r) => r.from));
  redirects.forEach((r, index) => {
    if (livePages.has(r.from)) {
      problems.push({
        file,
        field: `[${index}].from`,
        message: `"${r.from}" is a live page, so this redirect would hide it: remove the entry`,
      });
    }
    if (froms.has(r.to)) {
      problems.push({
        file,
        field: `[${index}].to`,
        message: `"${r.to}" is itself redirected: point straight at the page it ends on`,
      });
    } else if (!livePages.has(r.to)) {
      problems.push({ file, field: `[${index}].to`, message: `"${r.to}" is not a page on this site` });
    }
  });
  return problems;
}

/**
 * Slugs are permanent. Every published article must be recorded in
 * content/published.yaml, and every recorded slug must still be a live
 * article or redirect from its old address.
 */
export function checkPublished(
  published: readonly string[],
  liveArticles: readonly { id: string; file: string }[],
  redirects: readonly Redirect[],
  file = 'content/published.yaml',
): Problem[] {
  const problems: Problem[] = [];
  const recorded = new Set(published);
  const live = new Set(liveArticles.map((a) => a.id));
  const redirected = new Set(redirects.map((r) => r.from));
  for (const article of liveArticles) {
    if (!recorded.has(article.id)) {
      problems.push({
        file: article.file,
        field: 'file name',
        message: `the address /articles/${article.id}/ is not recorded in ${file}: add "- ${article.id}" there, because slugs are permanent`,
      });
    }
  }
  published.forEach((slug, index) => {
    const path = `/articles/${slug}/`;
    if (!live.has(slug) && !redirected.has(path)) {
      problems.push({
        file,
        field: `[${index}]`,
        message: `${path} was published, but no live article has that file name and content/redirects.yaml has no redirect from it: restore content/articles/${slug}.mdx or add "- from: ${path}" with "to:" its new address`,
      });
    }
  });
  return problems;
}
