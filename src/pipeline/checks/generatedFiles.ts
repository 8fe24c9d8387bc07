/**
 * Every file the build writes into dist/, as a predicate, so a file in
 * public/ (which Astro copies over dist/ as it is) can never replace one.
 * The pages come from the real routes in src/pages, so a new page is covered
 * the day it is added; the few files our build steps write are listed in
 * BUILD_STEP_FILES. tests/dist/public.test.ts checks that every file of a
 * real build is covered.
 */
import { BUILD_INFO_FILE } from '../../site.ts';
import { defaultLocale, locales } from '../../i18n/locales.ts';

/** A file (or folder, ending with "/") a build step writes, and who writes it. */
export interface BuildStepFile {
  path: string | RegExp;
  by: string;
}

/** The files in dist/ that come from build steps rather than from src/pages. */
export const BUILD_STEP_FILES: readonly BuildStepFile[] = [
  { path: '_astro/', by: "Astro, which puts the site's scripts, styles and images in _astro/" },
  { path: '_headers', by: 'src/build/hosting/integration.ts' },
  { path: '_redirects', by: 'src/build/hosting/redirectsIntegration.ts' },
  { path: 'sw.js', by: 'src/build/serviceWorker/integration.ts' },
  { path: BUILD_INFO_FILE, by: 'src/build/buildInfo.ts' },
  { path: /^sitemap-(?:index|\d+)\.xml$/i, by: '@astrojs/sitemap, in astro.config.mjs' },
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The files one page of src/pages writes, as a pattern. A parameter ([slug])
 * stands for any one path segment; the language folder [...lang]/ for none
 * (English) or a language's code (es/: src/i18n/routes.ts); another rest
 * parameter ([...from]) for the redirect addresses of content/redirects.yaml,
 * the pages src/pages/[...from].astro builds.
 * A page (.astro, .md, .mdx) writes <route>/index.html, and a host may serve
 * <route>.html at the same address; an endpoint (robots.txt.ts) writes its own name.
 */
export function routePattern(page: string, redirects: readonly string[]): RegExp | undefined {
  const match = /^src\/pages\/(.+)\.(astro|mdx?|ts|js)$/.exec(page);
  if (!match) return undefined;
  const [, route = '', kind] = match;
  const folder = route.replace(/(^|\/)index$/, '');
  const outputs =
    kind === 'ts' || kind === 'js' ? [route] : folder ? [`${folder}/index.html`, `${folder}.html`] : ['index.html'];
  const rest = redirects.map((from) => escapeRegExp(from.replace(/^\/|\/$/g, '')));
  const languages = locales.filter((locale) => locale !== defaultLocale).map(escapeRegExp);
  const toSource = (output: string) =>
    output
      .split(/(\[\.\.\.lang\]\/?|\[[^\]]*\])/)
      .map((part) =>
        part === '[...lang]/'
          ? `(?:(?:${languages.join('|') || '(?!)'})/)?`
          : part === '[...lang]'
            ? `(?:${languages.join('|') || '(?!)'})`
            : part.startsWith('[...')
              ? `(?:${rest.join('|') || '(?!)'})`
              : part.startsWith('[')
                ? '[^/]+'
                : escapeRegExp(part),
      )
      .join('');
  return new RegExp(`^(?:${outputs.map(toSource).join('|')})$`, 'i');
}

/**
 * What writes a file of dist/ (such as robots.txt or articles/x/index.html):
 * the page of src/pages or the build step; undefined when the build writes
 * nothing there. `pages` are project-relative (src/pages/about.astro).
 */
export function generatedBy(path: string, pages: readonly string[], redirects: readonly string[]): string | undefined {
  const step = BUILD_STEP_FILES.find((file) => writes(file.path, path));
  // Like Astro, a page with a fixed address before one with parameters (the language folder aside).
  const parameters = (page: string) => page.replace('[...lang]/', '').split('[').length - 1;
  const ordered = [...pages].sort((a, b) => parameters(a) - parameters(b));
  return step?.by ?? ordered.find((page) => routePattern(page, redirects)?.test(path));
}

/** Whether a build step's file (or folder, ending with "/") is this path, ignoring case. */
function writes(file: string | RegExp, path: string): boolean {
  if (typeof file !== 'string') return file.test(path);
  const [name, lower] = [file.toLowerCase(), path.toLowerCase()];
  return name.endsWith('/') ? lower.startsWith(name) : lower === name;
}
