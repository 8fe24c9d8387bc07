import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

export interface BuildOutput {
  /** The output folder (dist/) as a file-system path. */
  root: string;
  /** The base path, always ending in "/". */
  base: string;
  /** The pages Astro built. */
  pages: readonly { pathname: string }[];
  logger: AstroIntegrationLogger;
}

/**
 * A build step of our own that runs once the site is built, with the output
 * folder and the base path (normalised once, here, for every step).
 */
export function afterBuild(name: string, run: (output: BuildOutput) => void | Promise<void>): AstroIntegration {
  let base = '/';
  return {
    name: `back-spasm-guide:${name}`,
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        await run({ root: fileURLToPath(dir), base, pages, logger });
      },
    },
  };
}
