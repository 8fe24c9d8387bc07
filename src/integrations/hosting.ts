import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeHeadersFile } from '../lib/hosting.ts';

/**
 * After the build, writes dist/_headers for Netlify and Cloudflare Pages.
 * The Content-Security-Policy header is read from the built pages, so it
 * carries the same script hashes as their <meta> tag. List it after the
 * integrations that write files (sitemap, hostRedirects): every top-level
 * file gets a cache rule.
 */
export function hosting(): AstroIntegration {
  let base = '/';
  return {
    name: 'back-spasm-hosting',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        writeHeadersFile(fileURLToPath(dir), base);
        logger.info('wrote _headers, with the pages\' Content-Security-Policy');
      },
    },
  };
}
