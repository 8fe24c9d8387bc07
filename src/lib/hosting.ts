import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import {
  headerCsp,
  parseRedirects,
  renderHeadersFile,
  renderNginxConf,
  renderRedirectsFile,
  sitePolicy,
  type Redirect,
} from '../utils/hosting.ts';

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

/** content/redirects.yaml, checked. A missing file means no redirects. */
export function readRedirects(root: string): Redirect[] {
  const file = join(root, 'content/redirects.yaml');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return parseRedirects(parse(text), 'content/redirects.yaml');
}

/** The Content-Security-Policy header for a build: the policy of its pages plus frame-ancestors. */
export function buildCsp(dir: string): string {
  return headerCsp(sitePolicy(readBuiltPages(dir)));
}

/** Writes _headers and _redirects (Netlify, Cloudflare Pages) into a build folder. */
export function writeHostingFiles(dir: string, root: string, base: string): { csp: string; redirects: Redirect[] } {
  const csp = buildCsp(dir);
  const redirects = readRedirects(root);
  const topLevel = readdirSync(dir)
    .sort()
    .map((name) => (statSync(join(dir, name)).isDirectory() ? `${name}/` : name));
  writeFileSync(join(dir, '_headers'), renderHeadersFile(csp, base, topLevel));
  writeFileSync(join(dir, '_redirects'), renderRedirectsFile(redirects, base));
  return { csp, redirects };
}

/** deploy/nginx.conf filled in for a build folder. */
export function nginxConfFor(options: { dir: string; root: string; base: string; siteRoot: string; listen: string }): string {
  const template = readFileSync(join(options.root, 'deploy/nginx.conf'), 'utf8');
  return renderNginxConf(template, {
    csp: buildCsp(options.dir),
    base: options.base,
    redirects: readRedirects(options.root),
    root: options.siteRoot,
    listen: options.listen,
  });
}
