import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { loadRedirects, REDIRECTS_FILE } from '../lib/redirects.ts';
import { netlifyRedirects, redirectRules } from '../utils/redirects.ts';

/**
 * After the build: checks that every redirect in content/redirects.yaml lands
 * on a page that was built, then writes dist/_redirects, the 301 rules that
 * Netlify and Cloudflare Pages read. The redirect pages themselves come from
 * src/pages/[...from].astro.
 */
export function hostRedirects(): AstroIntegration {
  let base = '/';
  return {
    name: 'back-spasm-guide:host-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const redirects = loadRedirects();
        const froms = new Set(redirects.map((r) => r.from));
        const live = new Set(pages.map((p) => `/${p.pathname}`.replace(/\/?$/, '/')).filter((path) => !froms.has(path)));
        const broken = redirects.filter((r) => !live.has(r.to));
        if (broken.length > 0) {
          throw new Error(`${REDIRECTS_FILE}: these redirects do not land on a built page:\n${broken.map((r) => `  ${r.from} -> ${r.to}`).join('\n')}`);
        }
        const rules = redirectRules(redirects, base);
        await writeFile(new URL('_redirects', dir), netlifyRedirects(rules));
        logger.info(`wrote _redirects with ${rules.length} rule(s)`);
      },
    },
  };
}
