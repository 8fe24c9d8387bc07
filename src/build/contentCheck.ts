import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forgetLoadedSites, loadSiteOnce, siteLoadCount } from '../pipeline/readContent.ts';
import { formatProblem, formatProblems } from '../schemas/problems.ts';

/**
 * The build refuses what `npm run content:check` refuses. Before Astro loads
 * a single collection, every file in content/ goes through loadSite(), the
 * same pipeline the check runs, so the state of the build cache never
 * matters. On any problem the build stops with the check's own messages (no
 * stack trace) and empties dist/, so an old build is never deployed as if it
 * were current. In `astro dev` the problems are printed and the server runs.
 *
 * The site is read and checked once a build (loadSiteOnce), and every step
 * reads that result; the build says how many times it was read, so a step
 * that reads it again shows. In `astro dev` an edited file makes the next
 * page read the files again.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'back-spasm-guide:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { problems, content } = loadSiteOnce(fileURLToPath(config.root));
        // Translations that are out of date, or not made yet: built, and said so on the page.
        for (const translation of Object.values(content.translations)) {
          for (const note of translation.notes) logger.warn(`translation: ${formatProblem(note)}`);
        }
        if (problems.length === 0) return;
        const report = `Content check: ${problems.length} problem(s)\n${formatProblems(problems)}`;
        if (command === 'dev') {
          logger.warn(report);
          return;
        }
        logger.error(`${report}\nThe build stopped, and dist/ was emptied. Fix the problems above, then build again.`);
        rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
        process.exit(1);
      },
      'astro:server:setup': ({ server }) => {
        server.watcher.on('all', () => forgetLoadedSites());
      },
      'astro:build:done': ({ logger }) => {
        const count = siteLoadCount();
        logger.info(`content: read and checked ${count === 1 ? 'once' : `${count} times`} in this build`);
      },
    },
  };
}
