import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { headerCsp, renderHeadersFile, renderNginxConf, sitePolicy } from '../utils/hosting.ts';
import { redirectRules } from '../utils/redirects.ts';
import { loadCheckedSite } from './readContent.ts';

/** Every built page: its path inside the build folder (about/index.html) to its HTML. */
export function readBuiltPages(dir: string): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) pages.set(relative(dir, path).split(sep).join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return pages;
}

/** The Content-Security-Policy header for a build: the policy of its pages plus frame-ancestors. */
export function buildCsp(dir: string): string {
  return headerCsp(sitePolicy(readBuiltPages(dir)));
}

/** Writes _headers (Netlify, Cloudflare Pages) into a build folder; returns the policy it sends. */
export function writeHeadersFile(dir: string, base: string): string {
  const csp = buildCsp(dir);
  const topLevel = readdirSync(dir)
    .sort()
    .map((name) => (statSync(join(dir, name)).isDirectory() ? `${name}/` : name));
  writeFileSync(join(dir, '_headers'), renderHeadersFile(csp, base, topLevel));
  return csp;
}

/** nginx.conf filled in for a build folder. */
export function nginxConfFor(options: {
  dir: string;
  root: string;
  base: string;
  siteRoot: string;
  listen: string;
}): string {
  const template = readFileSync(join(options.root, 'nginx.conf'), 'utf8');
  return renderNginxConf(template, {
    csp: buildCsp(options.dir),
    base: options.base,
    redirects: redirectRules(loadCheckedSite(options.root).redirects, options.base),
    root: options.siteRoot,
    listen: options.listen,
  });
}
