import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeHostingFiles } from '../lib/hosting.ts';

/**
 * After the build, writes dist/_headers and dist/_redirects for Netlify and
 * Cloudflare Pages. The Content-Security-Policy header is read from the
 * built pages, so it carries the same script hashes as their <meta> tag.
 */
export function hosting(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'back-spasm-hosting',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const { redirects } = writeHostingFiles(fileURLToPath(dir), root, base);
        logger.info(`wrote _headers and _redirects (${redirects.length} redirects)`);
      },
    },
  };
}
