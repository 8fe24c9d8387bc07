/**
 * Hosting configs made from the built site: the response headers for Netlify
 * and Cloudflare Pages (_headers) and the values filled into the nginx config
 * (nginx.conf). Pure functions: the callers read dist/ and content/ and
 * write the files. The redirect rules come from src/pipeline/redirects.ts.
 */
import { Parser } from 'htmlparser2';
import { basePrefix, normaliseBase } from '../../site.ts';
import type { RedirectRule } from '../../pipeline/redirects.ts';

/** Long cache for the files Astro names by content hash (/_astro/*): they never change. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Short cache for everything else (pages, the favicon, feeds): always revalidate, so an update shows at once. */
export const SHORT_CACHE = 'public, max-age=0, must-revalidate';

/**
 * The search index's files are named by the index's hash too (src/search/shards.ts),
 * so they get the long cache; only search-index/meta.json, which names them, revalidates.
 */
export const SEARCH_INDEX_FOLDER = 'search-index/';
export const SEARCH_INDEX_HASHED = ['terms/', 'typos/', 'docs/'] as const;

/** Whether a file of dist/ (a path such as "_astro/x.js") is named by its content and cached for good. */
export function isHashedFile(file: string): boolean {
  return (
    file.startsWith('_astro/') ||
    SEARCH_INDEX_HASHED.some((folder) => file.startsWith(`${SEARCH_INDEX_FOLDER}${folder}`))
  );
}

/**
 * Headers sent with every response, apart from Cache-Control. The policy
 * itself comes from the pages (see headerCsp).
 */
export function securityHeaders(csp: string): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    // A health site: never tell other sites which page a reader came from.
    ['Referrer-Policy', 'no-referrer'],
    [
      'Permissions-Policy',
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
    ],
    ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/** The <meta http-equiv> tags of a page, in order: each one's http-equiv (in lower case) and content. */
function httpEquivTags(html: string): { httpEquiv: string; content: string | undefined }[] {
  const tags: { httpEquiv: string; content: string | undefined }[] = [];
  new Parser({
    onopentag(name, attributes) {
      const httpEquiv = attributes['http-equiv'];
      if (name === 'meta' && httpEquiv !== undefined)
        tags.push({ httpEquiv: httpEquiv.trim().toLowerCase(), content: attributes.content });
    },
  }).end(html);
  return tags;
}

/** Reads the policy from the `<meta http-equiv="content-security-policy">` tag Astro puts in a page. */
export function metaCsp(html: string): string | undefined {
  return httpEquivTags(html).find((tag) => tag.httpEquiv === 'content-security-policy')?.content;
}

/** A policy as an ordered map of directive name to its sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * The policy to send as a header: the page's policy, plus the directives a
 * browser ignores in a <meta> tag (frame-ancestors). Script and style
 * hashes stay exactly as they are in the page.
 */
export function headerCsp(pagePolicy: string): string {
  const directives = parseCsp(pagePolicy);
  if (!directives.has('frame-ancestors')) directives.set('frame-ancestors', ["'none'"]);
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The one policy shared by every page. Throws, naming the page, when a page
 * has none or when pages differ, because one header cannot then match them all.
 */
export function sitePolicy(pages: ReadonlyMap<string, string>): string {
  let policy: string | undefined;
  let first = '';
  for (const [page, html] of pages) {
    if (isRedirectPage(html)) continue;
    const found = metaCsp(html);
    if (!found) throw new Error(`${page} has no Content-Security-Policy <meta> tag (security.csp in astro.config.mjs)`);
    if (policy === undefined) {
      policy = found;
      first = page;
    } else if (found !== policy) {
      throw new Error(`${page} has a different Content-Security-Policy from ${first}; one header cannot match both`);
    }
  }
  if (policy === undefined) throw new Error('no pages with a Content-Security-Policy were found');
  return policy;
}

/** A page that only forwards the reader elsewhere (Astro writes one per redirect). */
export function isRedirectPage(html: string): boolean {
  return httpEquivTags(html).some((tag) => tag.httpEquiv === 'refresh');
}

function prefixed(path: string, base: string): string {
  return `${basePrefix(base)}${path}`;
}

/**
 * The _headers file for Netlify and Cloudflare Pages. Rules never overlap on
 * a header, because both hosts join repeated values with a comma: security
 * headers go on every path, Cache-Control once per top-level entry of dist/.
 * `topLevel` lists dist/'s top-level entries, folders ending with "/".
 */
export function renderHeadersFile(csp: string, base: string, topLevel: readonly string[]): string {
  const indent = (pairs: [string, string][]) => pairs.map(([name, value]) => `  ${name}: ${value}`).join('\n');
  const rules = [
    '# Made by the build (src/build/hosting/integration.ts) for Netlify and Cloudflare Pages. Do not edit dist/_headers:',
    "# change src/build/hosting/render.ts. The Content-Security-Policy is the one in every page's <meta> tag.",
    prefixed('/*', base),
    indent(securityHeaders(csp)),
    '',
    prefixed('/_astro/*', base),
    indent([['Cache-Control', IMMUTABLE_CACHE]]),
  ];
  const paths = [
    '/',
    ...topLevel
      .filter((e) => e !== '_astro/' && e !== '_headers' && e !== '_redirects')
      .map((e) => (e === SEARCH_INDEX_FOLDER ? `/${e}meta.json` : e.endsWith('/') ? `/${e}*` : `/${e}`)),
  ];
  for (const path of paths) rules.push('', prefixed(path, base), indent([['Cache-Control', SHORT_CACHE]]));
  if (topLevel.includes(SEARCH_INDEX_FOLDER)) {
    for (const folder of SEARCH_INDEX_HASHED) {
      rules.push('', prefixed(`/${SEARCH_INDEX_FOLDER}${folder}*`, base), indent([['Cache-Control', IMMUTABLE_CACHE]]));
    }
  }
  return `${rules.join('\n')}\n`;
}

/** nginx `location` blocks for the redirect rules (paths with the base), with and without the trailing slash. */
export function nginxRedirects(rules: readonly RedirectRule[]): string {
  return rules
    .flatMap(({ from, to, status }) =>
      [from.replace(/\/$/, ''), from].map((path) => `location = ${path} { return ${status} ${to}; }`),
    )
    .join('\n    ');
}

/**
 * With a base path, the locations outside it: the host's root and the base
 * without its slash go to the base, and nothing else there is served (the
 * site's 404 page answers). Without one, there is nothing outside.
 */
export function nginxOutsideBase(base: string): string {
  if (base === '/') return '# The site is at the root: every address is under its location below.';
  return [
    '# Only the base path holds the site: the root and the base without its slash go to it,',
    '    # and nothing else in the root folder is ever served.',
    `    location = / { return 301 ${base}; }`,
    `    location = ${basePrefix(base)} { return 301 ${base}; }`,
    '    location / { return 404; }',
  ].join('\n');
}

/** A value as a double-quoted nginx string. Refuses what nginx would read as a variable or a string's end. */
export function nginxQuote(value: string): string {
  if (/["$\\\n\r]/.test(value)) throw new Error(`cannot put this value in an nginx string: ${value}`);
  return `"${value}"`;
}

/** nginx add_header lines for the security headers, sent with every response (also errors and redirects). */
export function nginxSecurityHeaders(csp: string): string {
  return securityHeaders(csp)
    .map(([name, value]) => `add_header ${name} ${nginxQuote(value)} always;`)
    .join('\n    ');
}

/**
 * Fills the {{name}} placeholders of the nginx template. Throws on a
 * placeholder with no value, so a half-filled config is never written.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`nginx template: no value for {{${name}}}`);
    return value;
  });
}

export interface NginxOptions {
  /** The header policy (headerCsp of the pages' policy). */
  csp: string;
  base: string;
  /** The redirect rules, their paths already under the base (redirectRules in src/pipeline/redirects.ts). */
  redirects: readonly RedirectRule[];
  /** The folder that holds the site (with a base path, the folder that holds the base folder). */
  root: string;
  /** What nginx listens on: a port, or address:port. */
  listen: string;
}

/** The nginx config for a build: nginx.conf with its placeholders filled in. */
export function renderNginxConf(template: string, options: NginxOptions): string {
  if (/[\s;{}"'$]/.test(options.root)) throw new Error(`--root must be a plain folder path, got "${options.root}"`);
  if (!/^(?:[\w.:[\]-]+:)?\d+$/.test(options.listen))
    throw new Error(`--listen must be a port or address:port, got "${options.listen}"`);
  if (normaliseBase(options.base) !== options.base)
    throw new Error(`the base path must start and end with "/", got "${options.base}"`);
  return fillTemplate(template, {
    base: options.base,
    outside_base: nginxOutsideBase(options.base),
    base_regex: options.base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    root: options.root,
    listen: options.listen,
    immutable_cache: IMMUTABLE_CACHE,
    short_cache: SHORT_CACHE,
    security_headers: nginxSecurityHeaders(options.csp),
    redirects: nginxRedirects(options.redirects) || '# (none)',
  });
}
