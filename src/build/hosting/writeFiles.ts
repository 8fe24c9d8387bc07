import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { headerCsp, renderHeadersFile, renderNginxConf, sitePolicy } from './render.ts';
import { redirectRules } from '../../pipeline/redirects.ts';
import { loadCheckedSiteOnce } from '../../pipeline/readContent.ts';
import { BUILD_INFO_FILE, normaliseBase, parseBuildInfo, type BuildInfo } from '../../site.ts';

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

/** The settings a build folder was made with (its _build.json); throws, saying what to do, when it has none. */
export function readBuildInfo(dir: string): BuildInfo {
  const file = join(dir, BUILD_INFO_FILE);
  if (!existsSync(file))
    throw new Error(`${file} is missing: ${dir} is not a finished build (run npm run build with SITE_URL set)`);
  return parseBuildInfo(readFileSync(file, 'utf8'), file);
}

/**
 * nginx.conf filled in for a build folder, with the base path that build was
 * made with. `expectedBase` (BASE_PATH when nginx:conf runs) must match it:
 * a config for another base would serve nothing, or the wrong folder.
 */
export function nginxConfFor(options: {
  dir: string;
  root: string;
  expectedBase?: string | undefined;
  siteRoot: string;
  listen: string;
}): string {
  const { base } = readBuildInfo(options.dir);
  if (options.expectedBase !== undefined && normaliseBase(options.expectedBase) !== base) {
    throw new Error(
      `BASE_PATH is "${options.expectedBase}", but ${options.dir} was built with BASE_PATH "${base}": ` +
        "build again with the BASE_PATH you serve it under, or run nginx:conf without BASE_PATH to use the build's",
    );
  }
  const template = readFileSync(join(options.root, 'nginx.conf'), 'utf8');
  return renderNginxConf(template, {
    csp: buildCsp(options.dir),
    base,
    redirects: redirectRules(loadCheckedSiteOnce(options.root).redirects, base),
    root: options.siteRoot,
    listen: options.listen,
  });
}
