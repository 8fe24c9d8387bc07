import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { normaliseBase, siteUrl } from '../site.ts';

export interface BuildOutput {
  /** The output folder (dist/) as a file-system path. */
  root: string;
  /** The public address (SITE_URL), without a trailing slash. */
  site: string;
  /** The base path, starting and ending with "/". */
  base: string;
  /** The pages Astro built. */
  pages: readonly { pathname: string }[];
  logger: AstroIntegrationLogger;
}

/**
 * A build step of our own that runs once the site is built, with the output
 * folder, the site's address and the base path (as src/site.ts gives them).
 */
export function afterBuild(name: string, run: (output: BuildOutput) => void | Promise<void>): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: `back-spasm-guide:${name}`,
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
        site = config.site;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        await run({ root: fileURLToPath(dir), site: siteUrl(site), base, pages, logger });
      },
    },
  };
}
