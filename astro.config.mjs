// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { hostRedirects } from './src/build/hosting/redirectsIntegration.ts';
import { sitemapOptions } from './src/build/sitemap.ts';
import { contentCheck } from './src/build/contentCheck.ts';
import { loadSiteOnce } from './src/pipeline/readContent.ts';
import { hosting } from './src/build/hosting/integration.ts';
import { serviceWorker } from './src/build/serviceWorker/integration.ts';
import { feedback } from './src/build/feedback/integration.ts';
import { buildInfo, siteSettings } from './src/build/buildInfo.ts';
import { normaliseBase, siteUrl } from './src/site.ts';
import { defaultLocale, locales } from './src/i18n/locales.ts';

/**
 * The public address (SITE_URL) and the sub-folder the host serves the site
 * under (BASE_PATH, such as /back-spasm-guide/), both checked in src/site.ts.
 * A build needs SITE_URL (siteSettings stops one without it); `npm start`,
 * `npm run dev`, `npm run preview` and the tests set a local address
 * themselves (src/cli/local-site.ts).
 */
const site = process.env.SITE_URL ? siteUrl(process.env.SITE_URL) : undefined;
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  // English at the root (/about/), Spanish under /es/ (/es/about/): the
  // languages are listed in src/i18n/locales.ts. Astro.currentLocale tells a
  // component which language its page is in.
  i18n: { locales: [...locales], defaultLocale, routing: { prefixDefaultLocale: false } },
  compressHTML: true,
  build: {
    format: 'directory',
    // Styles go into /_astro/*.css files, never inline <style> tags, so that a
    // strict Content Security Policy (style-src 'self') covers them all,
    // including the styles of components used inside MDX.
    inlineStylesheets: 'never',
  },
  // Every script goes into a cached /_astro/ file rather than into every page,
  // so an article's HTML stays within the first round trip (14 KB gzip,
  // tests/dist/budgets.test.ts), and the policy needs no inline-script hashes.
  vite: { build: { assetsInlineLimit: 200 } },
  // A strict Content Security Policy, emitted by Astro as a <meta> tag on every
  // page with the hashes of its scripts and styles. The hosting configs send the
  // same policy as a header (src/build/hosting/integration.ts, nginx.conf).
  // frame-ancestors is ignored in a <meta> tag, so only the headers carry it.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "frame-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Articles hold no code, so nothing is highlighted: every code fence, whatever
  // its language name, is written out as escaped plain text. (Prism wrote an
  // unknown language's text into the page as raw HTML, and put the language
  // name into an attribute unescaped; Shiki writes inline styles the CSP blocks.)
  markdown: { syntaxHighlight: false },
  // contentCheck runs first: the build refuses what `npm run content:check`
  // refuses. The site is read and checked once a build (loadSiteOnce): the
  // sitemap, the check, the redirects and the pages all read that result. siteSettings stops a build without SITE_URL. The sitemap leaves
  // out redirects and search results, and dates articles from their review
  // data; hostRedirects writes dist/_redirects; serviceWorker writes dist/sw.js
  // for offline reading; buildInfo writes dist/_build.json (the site and base
  // path, for npm run nginx:conf and the tests); hosting, last, writes
  // dist/_headers for every file the others made; feedback checks
  // FEEDBACK_EMAIL (the "Report a problem" links) and warns when it is not set.
  integrations: [
    contentCheck(),
    siteSettings(),
    feedback(),
    mdx(),
    sitemap(sitemapOptions(base, loadSiteOnce().content)),
    hostRedirects(),
    serviceWorker(),
    buildInfo(),
    hosting(),
  ],
});
