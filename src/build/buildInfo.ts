import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterBuild } from './afterBuild.ts';
import { BUILD_INFO_FILE, MISSING_SITE_URL, type BuildInfo } from '../site.ts';

/**
 * Stops a build that has no SITE_URL, before anything is built: without it
 * every canonical link, preview, sitemap entry and share link would point at
 * a local address. Other commands (dev, preview, check) are not builds for
 * readers; the npm scripts give them a local address (src/cli/local-site.ts).
 */
export function siteSettings(): AstroIntegration {
  return {
    name: 'back-spasm-guide:site-settings',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command === 'build' && !config.site) throw new Error(MISSING_SITE_URL);
      },
    },
  };
}

/** Writes dist/_build.json: the address and base path of this build, for `npm run nginx:conf` and the tests. */
export function buildInfo() {
  return afterBuild('build-info', ({ root, site, base, logger }) => {
    const info: BuildInfo = { site, base };
    writeFileSync(join(root, BUILD_INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);
    logger.info(`${BUILD_INFO_FILE}: site ${site}, base ${base}`);
  });
}
