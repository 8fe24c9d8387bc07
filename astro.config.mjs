// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { hostRedirects } from './src/integrations/hostRedirects.ts';
import { sitemapOptions } from './src/lib/sitemap.ts';
import { contentCheck } from './src/integrations/contentCheck.ts';
import { loadSiteFromDisk } from './src/lib/readContent.ts';
import { hosting } from './src/integrations/hosting.ts';
import { serviceWorker } from './src/integrations/serviceWorker.ts';

/**
 * The public address of the site. Canonical links, previews, the sitemap and
 * the feed are built from it. Set SITE_URL when you build for a real host.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
if (!/^https?:\/\/[^/]+/.test(site)) {
  throw new Error(`SITE_URL must be an http(s) address like https://example.org, got "${site}"`);
}
// On a hosting platform's build, a missing SITE_URL would publish localhost
// links in canonical tags, previews and robots.txt: stop instead.
const hostBuild = process.env.NETLIFY || process.env.CF_PAGES || process.env.VERCEL;
if (hostBuild && !process.env.SITE_URL) {
  throw new Error(
    "SITE_URL is not set: set it to the public address in the host's build settings (see README, Deploy)",
  );
}

/** A sub-folder the host serves the site under, such as /back-spasm-guide/. */
const base = process.env.BASE_PATH || '/';
if (!base.startsWith('/')) {
  throw new Error(`BASE_PATH must start with "/", got "${base}"`);
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  compressHTML: true,
  build: {
    format: 'directory',
    // Styles go into /_astro/*.css files, never inline <style> tags, so that a
    // strict Content Security Policy (style-src 'self') covers them all,
    // including the styles of components used inside MDX.
    inlineStylesheets: 'never',
  },
  // A strict Content Security Policy, emitted by Astro as a <meta> tag on every
  // page with the hashes of its scripts and styles. The hosting configs send the
  // same policy as a header (src/integrations/hosting.ts, nginx.conf).
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
  // Shiki writes inline style attributes, which the policy blocks; Prism uses classes.
  markdown: { syntaxHighlight: 'prism' },
  // The sitemap leaves out redirects and search results, and dates articles
  // from their review data; hostRedirects writes dist/_redirects;
  // serviceWorker writes dist/sw.js for offline reading; hosting, last, writes
  // dist/_headers for every file the others made.
  // contentCheck runs first: the build refuses what `npm run content:check` refuses.
  integrations: [
    contentCheck(),
    mdx(),
    sitemap(sitemapOptions(base, loadSiteFromDisk().content)),
    hostRedirects(),
    serviceWorker(),
    hosting(),
  ],
});
