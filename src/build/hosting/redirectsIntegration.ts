import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterBuild } from '../afterBuild.ts';
import { loadCheckedSiteOnce } from '../../pipeline/readContent.ts';
import { netlifyRedirects, redirectRules } from '../../pipeline/redirects.ts';

/**
 * After the build: checks that every redirect in content/redirects.yaml lands
 * on a page that was built, then writes dist/_redirects, the 301 rules that
 * Netlify and Cloudflare Pages read. The redirect pages themselves come from
 * src/pages/[...from].astro.
 */
export function hostRedirects() {
  return afterBuild('host-redirects', async ({ root, base, pages, logger }) => {
    const { redirects } = loadCheckedSiteOnce();
    const froms = new Set(redirects.map((r) => r.from));
    const live = new Set(pages.map((p) => `/${p.pathname}`.replace(/\/?$/, '/')).filter((path) => !froms.has(path)));
    const broken = redirects.filter((r) => !live.has(r.to));
    if (broken.length > 0) {
      throw new Error(
        `content/redirects.yaml: these redirects do not land on a built page:\n${broken.map((r) => `  ${r.from} -> ${r.to}`).join('\n')}`,
      );
    }
    const rules = redirectRules(redirects, base);
    await writeFile(join(root, '_redirects'), netlifyRedirects(rules));
    logger.info(`wrote _redirects with ${rules.length} rule(s)`);
  });
}
