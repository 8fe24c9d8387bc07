import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { nginxConfFor } from '../../src/lib/hosting.ts';
import { loadRedirects } from '../../src/lib/redirects.ts';
import { headerCsp, IMMUTABLE_CACHE, isHashedFile, isRedirectPage, metaCsp, SHORT_CACHE } from '../../src/utils/hosting.ts';
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

const pages = () => htmlFiles().filter((file) => !isRedirectPage(readText(file)));
const prefix = BASE.replace(/\/$/, '');

describe('hosting files made by the build', () => {
  test('every page, redirect pages too, has a strict Content-Security-Policy <meta> tag, the same on every page', () => {
    const policies = new Set<string>();
    for (const file of htmlFiles()) {
      const policy = metaCsp(readText(file));
      expect(policy, `${DIST}/${file} has no CSP <meta>`).toBeDefined();
      policies.add(policy!);
    }
    expect(policies.size).toBe(1);
    const [policy] = policies;
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

describe('the nginx config, served by a real nginx', () => {
  if (!nginx) {
    if (mustRun) {
      test('nginx is installed (CI must run the nginx checks)', () => {
        expect.fail('nginx is not installed: .ci/run installs Debian\'s nginx; install it or set NGINX_PATH');
      });
    } else {
      console.warn('SKIPPED: the nginx checks, because nginx is not installed here (apt-get install nginx, or set NGINX_PATH). CI runs them.');
      test.skip('nginx is not installed here', () => {});
    }
    return;
  }

  let server: RunningNginx;
  beforeAll(async () => {
    if (BASE !== '/') throw new Error('the nginx checks run on a build made without BASE_PATH');
    server = await startNginx(nginx, (listen) =>
      nginxConfFor({ dir: resolve(DIST), root: process.cwd(), base: '/', siteRoot: resolve(DIST), listen }),
    );
  }, 20_000);
  afterAll(async () => server?.stop());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { redirect: 'manual', headers });

  test('every page answers 200 with the policy of its <meta> tag as a header, the security headers and a short cache', async () => {
    for (const file of pages()) {
      const path = urlPathOf(file);
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html; charset=utf-8/);
      expect(response.headers.get('content-security-policy'), path).toBe(headerCsp(metaCsp(readText(file))!));
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('permissions-policy'), path).toMatch(/geolocation=\(\)/);
      expect(response.headers.get('strict-transport-security'), path).toMatch(/max-age=\d{8,}/);
      expect(response.headers.get('cache-control'), path).toBe(SHORT_CACHE);
      await response.arrayBuffer();
    }
  });

  test('hashed assets are cached for a year, compressed, and carry the security headers', async () => {
    const css = listFiles().find((f) => f.startsWith('_astro/') && f.endsWith('.css'));
    expect(css).toBeDefined();
    const response = await get(`/${css}`, { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(readFileSync(join(DIST, css!), 'utf8'));
  });

  test('the search index: its hashed files are cached for good, meta.json (which names them) is revalidated', async () => {
    const meta = await get('/search-index/meta.json', { 'accept-encoding': 'gzip' });
    expect(meta.status).toBe(200);
    expect(meta.headers.get('cache-control')).toBe(SHORT_CACHE);
    const { hash } = (await meta.json()) as { hash: string };
    for (const file of [`terms/0.${hash}.json`, `typos/0.${hash}.json`, `docs/0.${hash}.json`]) {
      const response = await get(`/search-index/${file}`, { 'accept-encoding': 'gzip' });
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toBe(IMMUTABLE_CACHE);
      expect(response.headers.get('content-encoding'), file).toBe('gzip');
      await response.arrayBuffer();
    }
  });

  test('an unknown address gets the site\'s own 404 page with status 404 and the same headers', async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(readText('404.html'));
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('every redirect from content/redirects.yaml answers 301 to its target, which is a live page', async () => {
    const redirects = loadRedirects();
    expect(redirects.length).toBeGreaterThan(0);
    for (const { from, to } of redirects) {
      for (const path of [from, from.replace(/\/$/, '')]) {
        const response = await get(path);
        expect(response.status, path).toBe(301);
        expect(response.headers.get('location'), path).toBe(to);
        expect(response.headers.get('strict-transport-security'), path).toMatch(/max-age/);
      }
      expect((await get(to)).status, to).toBe(200);
    }
  });

  test('a folder address without its slash is redirected to it, and the host files are hidden', async () => {
    const response = await get('/about');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/about/');
    expect((await get('/_headers')).status).toBe(404);
    expect((await get('/_redirects')).status).toBe(404);
  });
});
