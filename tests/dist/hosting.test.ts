import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { nginxConfFor } from '../../src/build/hosting/writeFiles.ts';
import { loadCheckedSite } from '../../src/pipeline/readContent.ts';
import { headerCsp, IMMUTABLE_CACHE, isHashedFile, isRedirectPage, metaCsp, SHORT_CACHE } from '../../src/build/hosting/render.ts';
import { basePrefix, BUILD_INFO_FILE } from '../../src/site.ts';
import { BASE_BUILD_BASE, BASE_BUILD_DIR, baseBuild } from '../helpers/baseBuild.ts';
import { BASE, DIST, assertBuilt, htmlFiles, listFiles, readText, urlPathOf } from '../helpers/dist.ts';
import { findNginx, startNginx, type RunningNginx } from '../helpers/nginx.ts';

beforeAll(assertBuilt);

/** Parses a Netlify/Cloudflare _headers file into path -> header name -> value. */
function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      expect(rules.has(line.trim()), `${line.trim()} is listed twice in _headers`).toBe(false);
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    expect(match, `bad _headers line: ${line}`).not.toBeNull();
    expect(current, `header before any path in _headers: ${line}`).toBeDefined();
    current!.set(match![1]!.toLowerCase(), match![2]!);
  }
  return rules;
}

const prefix = basePrefix(BASE);

describe('hosting files made by the build', () => {
  const homePolicy = () => metaCsp(readText('index.html'));
  test.each(htmlFiles())('%s has the strict Content-Security-Policy <meta> tag of every page (redirect pages too)', (file) => {
    const policy = metaCsp(readText(file));
    expect(policy, `${DIST}/${file} has no CSP <meta>`).toBeDefined();
    expect(policy).toBe(homePolicy());
  });

  test('that policy allows only this site, and scripts and styles only by hash', () => {
    const policy = homePolicy();
    expect(policy).toBeDefined();
    const directives = new Map(policy!.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1)]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
    for (const name of ['script-src', 'style-src']) {
      const sources = directives.get(name) ?? [];
      expect(sources[0], `${name} starts with 'self'`).toBe("'self'");
      for (const source of sources.slice(1)) expect(source, `${name} allows only 'self' and hashes`).toMatch(/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/);
    }
    // No other origin anywhere, and nothing unsafe.
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*|wss?:/);
  });

  test('_headers sends the pages\' policy as a header, the security headers, and cache rules for every path', () => {
    const rules = parseHeadersFile(readText('_headers'));
    const all = rules.get(`${prefix}/*`);
    expect(all, '_headers has a rule for every path').toBeDefined();
    const policy = metaCsp(readText('index.html'))!;
    expect(all!.get('content-security-policy')).toBe(headerCsp(policy));
    expect(all!.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(all!.get('x-content-type-options')).toBe('nosniff');
    expect(all!.get('referrer-policy')).toBe('no-referrer');
    expect(all!.get('permissions-policy')).toMatch(/camera=\(\)/);
    expect(all!.get('strict-transport-security')).toMatch(/max-age=\d{8,}/);
    expect(all!.has('cache-control'), 'Cache-Control is never set on /* (hosts would join it with the others)').toBe(false);
    expect(rules.get(`${prefix}/_astro/*`)?.get('cache-control')).toBe(IMMUTABLE_CACHE);

    // Every file is covered by exactly one Cache-Control rule.
    const cacheRules = [...rules].filter(([, headers]) => headers.has('cache-control')).map(([path]) => path);
    const matches = (rule: string, path: string) => (rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : path === rule);
    for (const file of listFiles().filter((f) => f !== '_headers' && f !== '_redirects')) {
      const paths = [`${prefix}/${file}`, ...(file.endsWith('index.html') ? [`${prefix}${urlPathOf(file)}`] : [])];
      for (const path of paths) {
        const hits = cacheRules.filter((rule) => matches(rule, path));
        expect(hits, `Cache-Control rules for ${path}`).toHaveLength(1);
        const expected = isHashedFile(file) ? IMMUTABLE_CACHE : SHORT_CACHE;
        expect(rules.get(hits[0]!)!.get('cache-control'), path).toBe(expected);
      }
    }
  });
});

const nginx = findNginx();
const mustRun = process.env.CI === 'true' || process.env.REQUIRE_NGINX === '1';

/** The two ways the site is served: at the host's root (dist/) and under a base path (the BASE_PATH build). */
interface Served {
  name: string;
  underBase: boolean;
  /** The build folder and its settings. */
  setUp: () => { dir: string; base: string };
}
const SERVED: Served[] = [
  { name: 'at the root', underBase: false, setUp: () => ({ dir: DIST, base: BASE }) },
  {
    name: `under BASE_PATH=${BASE_BUILD_BASE}`,
    underBase: true,
    setUp: () => ({ dir: BASE_BUILD_DIR, base: baseBuild().base }),
  },
];

describe.each(SERVED)('the nginx config, served by a real nginx, $name', ({ setUp, underBase }) => {
  if (!nginx) {
    if (mustRun) {
      test('nginx is installed (CI must run the nginx checks)', () => {
        expect.fail("nginx is not installed: .ci/run installs Debian's nginx; install it or set NGINX_PATH");
      });
    } else {
      console.warn(
        'SKIPPED: the nginx checks, because nginx is not installed here (apt-get install nginx, or set NGINX_PATH). CI runs them.',
      );
      test.skip('nginx is not installed here', () => {});
    }
    return;
  }

  let server: RunningNginx;
  let dir = '';
  let base = '/';
  let prefix = '';
  let siteRoot = '';
  beforeAll(async () => {
    ({ dir, base } = setUp());
    prefix = basePrefix(base);
    // The folder nginx serves from, as on a server: the site in <root><base>, and
    // other files beside it that must never be served.
    siteRoot = mkdtempSync(join(tmpdir(), 'nginx-root-'));
    if (base === '/') {
      siteRoot = resolve(dir);
    } else {
      symlinkSync(resolve(dir), join(siteRoot, prefix.slice(1)), 'dir');
      writeFileSync(join(siteRoot, 'secret.txt'), 'not part of the site');
      mkdirSync(join(siteRoot, 'other'));
      writeFileSync(join(siteRoot, 'other', 'index.html'), '<p>not part of the site</p>');
    }
    // nginx:conf takes the base path from the build itself (its _build.json).
    server = await startNginx(nginx, (listen) =>
      nginxConfFor({ dir: resolve(dir), root: process.cwd(), siteRoot, listen }),
    );
  }, 200_000);
  afterAll(async () => {
    await server?.stop();
    if (base !== '/') rmSync(siteRoot, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { redirect: 'manual', headers });
  // Every page but the 404 page, which only ever answers with status 404 (see below).
  const pagesOf = (folder: string) =>
    htmlFiles(folder).filter((file) => file !== '404.html' && !isRedirectPage(readText(file, folder)));

  /** The site's own 404 page, with status 404, the security headers and the short cache. */
  async function expectNotFound(path: string) {
    const response = await get(path, { 'accept-encoding': 'identity' });
    expect(response.status, path).toBe(404);
    expect(response.headers.get('content-type'), path).toMatch(/^text\/html; charset=utf-8/);
    expect(response.headers.get('cache-control'), path).toBe(SHORT_CACHE);
    expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    expect(await response.text(), `${path} answers with the site's 404 page`).toBe(readText('404.html', dir));
  }

  // Listed from dist/ when the tests are collected: the base build has the same pages.
  test.each(pagesOf(DIST))('%s answers 200 with the policy of its <meta> tag as a header, the security headers and a short cache', async (file) => {
    const path = `${prefix}${urlPathOf(file)}`;
    const response = await get(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type'), path).toMatch(/^text\/html; charset=utf-8/);
    expect(response.headers.get('content-security-policy'), path).toBe(headerCsp(metaCsp(readText(file, dir))!));
    expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
    expect(response.headers.get('permissions-policy'), path).toMatch(/geolocation=\(\)/);
    expect(response.headers.get('strict-transport-security'), path).toMatch(/max-age=\d{8,}/);
    expect(response.headers.get('cache-control'), path).toBe(SHORT_CACHE);
    await response.arrayBuffer();
  });

  test('pages and hashed assets are compressed with Vary: Accept-Encoding; assets are cached for a year', async () => {
    const css = listFiles(dir).find((f) => f.startsWith('_astro/') && f.endsWith('.css'));
    expect(css).toBeDefined();
    const response = await get(`${prefix}/${css}`, { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(readFileSync(join(dir, css!), 'utf8'));

    const page = await get(`${prefix}/`, { 'accept-encoding': 'gzip' });
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(page.headers.get('vary')).toMatch(/accept-encoding/i);
    await page.arrayBuffer();
  });

  test('the web app manifest is served as application/manifest+json, compressed', async () => {
    const response = await get(`${prefix}/manifest.webmanifest`, { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(response.headers.get('cache-control')).toBe(SHORT_CACHE);
    expect(await response.json()).toEqual(JSON.parse(readText('manifest.webmanifest', dir)));
  });

  test('the favicon is served', async () => {
    const response = await get(`${prefix}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/x-icon');
    expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(dir, 'favicon.ico')))).toBe(true);
  });

  test('the search index: its hashed files are cached for good, meta.json (which names them) is revalidated', async () => {
    const meta = await get(`${prefix}/search-index/meta.json`, { 'accept-encoding': 'gzip' });
    expect(meta.status).toBe(200);
    expect(meta.headers.get('cache-control')).toBe(SHORT_CACHE);
    const { hash } = (await meta.json()) as { hash: string };
    for (const file of [`terms/0.${hash}.json`, `typos/0.${hash}.json`, `docs/0.${hash}.json`]) {
      const response = await get(`${prefix}/search-index/${file}`, { 'accept-encoding': 'gzip' });
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toBe(IMMUTABLE_CACHE);
      expect(response.headers.get('content-encoding'), file).toBe('gzip');
      await response.arrayBuffer();
    }
  });

  test.for([
    '/no-such-page/',
    '/no-such-file.css',
    '/404.html',
    '/articles/',
    '/icons/',
    '/icons',
    '/_astro/',
    '/search-index/',
    '/search-index/terms/0.0000000000.json',
  ])("%s gets the site's 404 page with status 404 (never a listing, a 403 or a long cache)", async (path) => {
    await expectNotFound(`${prefix}${path}`);
  });

  test('every redirect from content/redirects.yaml answers 301 to its target, which is a live page', async () => {
    const { redirects } = loadCheckedSite();
    expect(redirects.length).toBeGreaterThan(0);
    for (const { from, to } of redirects) {
      for (const path of [`${prefix}${from}`, `${prefix}${from.replace(/\/$/, '')}`]) {
        const response = await get(path);
        expect(response.status, path).toBe(301);
        expect(response.headers.get('location'), path).toBe(`${prefix}${to}`);
        expect(response.headers.get('strict-transport-security'), path).toMatch(/max-age/);
      }
      expect((await get(`${prefix}${to}`)).status, to).toBe(200);
    }
  });

  test('a folder address without its slash is redirected to it, and the host files are hidden', async () => {
    const response = await get(`${prefix}/about`);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`${prefix}/about/`);
    for (const file of ['_headers', '_redirects', BUILD_INFO_FILE]) {
      expect(existsSync(join(dir, file)), `${dir}/${file} exists`).toBe(true);
      await expectNotFound(`${prefix}/${file}`);
    }
  });

  // At the root, the site's folder is the server's root: there is nothing outside it.
  test.runIf(underBase)('nothing outside the base path is served; the root goes to the base path', async () => {
    for (const path of ['/', prefix]) {
      const response = await get(path);
      expect(response.status, path).toBe(301);
      expect(response.headers.get('location'), path).toBe(base);
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
    for (const path of ['/secret.txt', '/other/', '/other/index.html', '/index.html', '/about/', '/sw.js'])
      await expectNotFound(path);
  });
});

describe('npm run nginx:conf', () => {
  const run = (dist: string, env: Record<string, string>) =>
    spawnSync(process.execPath, ['src/cli/nginx-conf.ts', '--dist', dist], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });

  test('reads the base path the build was made with, and refuses a BASE_PATH that does not match it', () => {
    const { base } = baseBuild();
    const fromBuild = run(BASE_BUILD_DIR, { BASE_PATH: '' });
    expect(fromBuild.status, fromBuild.stderr).toBe(0);
    expect(fromBuild.stdout).toContain(`location ${base} {`);
    expect(fromBuild.stdout).toContain(`location = / { return 301 ${base}; }`);

    const same = run(BASE_BUILD_DIR, { BASE_PATH: base.slice(0, -1) });
    expect(same.status, same.stderr).toBe(0);

    expect(BASE, 'dist/ and dist-base/ have different base paths').not.toBe(base);
    const mismatch = run(DIST, { BASE_PATH: base });
    expect(mismatch.status).toBe(1);
    expect(mismatch.stdout).toBe('');
    expect(mismatch.stderr).toContain(`BASE_PATH is "${base}", but ${DIST} was built with BASE_PATH "${BASE}"`);
  }, 200_000);

  test('refuses a folder that is not a finished build', () => {
    const empty = mkdtempSync(join(tmpdir(), 'not-a-build-'));
    try {
      const result = run(empty, {});
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`${BUILD_INFO_FILE} is missing`);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
