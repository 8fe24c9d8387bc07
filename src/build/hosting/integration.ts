import { afterBuild } from '../afterBuild.ts';
import { writeHeadersFile } from './writeFiles.ts';

/**
 * After the build, writes dist/_headers for Netlify and Cloudflare Pages.
 * The Content-Security-Policy header is read from the built pages, so it
 * carries the same script hashes as their <meta> tag. List it after the
 * integrations that write files (sitemap, hostRedirects): every top-level
 * file gets a cache rule.
 */
export function hosting() {
  return afterBuild('hosting', ({ root, base, logger }) => {
    writeHeadersFile(root, base);
    logger.info("wrote _headers, with the pages' Content-Security-Policy");
  });
}
