import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  LOCAL_SITE_URL,
  MISSING_SITE_URL,
  basePrefix,
  normaliseBase,
  parseBuildInfo,
  siteOf,
  siteUrl,
} from '../../src/site.ts';
import { withBase } from '../../src/domain/url.ts';

// Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV...) into process.env; a build must not inherit them.
const cleanEnv = (drop: string[] = []) =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !drop.includes(name) && !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(name),
    ),
  );

describe('the base path, from src/site.ts only', () => {
  test('always starts and ends with "/"', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('/guide')).toBe('/guide/');
    expect(normaliseBase('/guide/')).toBe('/guide/');
    expect(normaliseBase('/a/b')).toBe('/a/b/');
    expect(basePrefix('/')).toBe('');
    expect(basePrefix('/guide')).toBe('/guide');
    expect(withBase('/about/', '/guide')).toBe('/guide/about/');
    expect(withBase('/about/', '/')).toBe('/about/');
  });

  test('refuses what is not a folder path, naming BASE_PATH', () => {
    for (const bad of ['guide/', '//evil.example/', '/a b/', '/a;b/', '/../x/'])
      expect(() => normaliseBase(bad), bad).toThrow(/BASE_PATH must be a folder path/);
  });
});

describe('the site address, from src/site.ts only', () => {
  test('is an http(s) origin; a missing one says what to set', () => {
    expect(siteUrl('https://backspasm.example.org')).toBe('https://backspasm.example.org');
    expect(siteUrl('https://backspasm.example.org/')).toBe('https://backspasm.example.org');
    expect(siteUrl('http://localhost:4321')).toBe(LOCAL_SITE_URL);
    expect(() => siteUrl(undefined)).toThrow(MISSING_SITE_URL);
    expect(() => siteUrl(' ')).toThrow(/SITE_URL is not set\. Set it to the public address/);
    expect(() => siteUrl('backspasm.example.org')).toThrow(/SITE_URL must be an http\(s\) address/);
    expect(() => siteUrl('ftp://example.org')).toThrow(/SITE_URL must be/);
    expect(() => siteUrl('https://example.org/guide/')).toThrow(/a sub-folder goes in BASE_PATH/);
    expect(() => siteOf(undefined)).toThrow(MISSING_SITE_URL);
    expect(siteOf(new URL('https://example.org')).href).toBe('https://example.org/');
  });

  test("a build's _build.json is read and checked, naming the file", () => {
    expect(parseBuildInfo('{"site":"https://example.org","base":"/guide"}', 'dist/_build.json')).toEqual({
      site: 'https://example.org',
      base: '/guide/',
    });
    expect(() => parseBuildInfo('not json', 'dist/_build.json')).toThrow('dist/_build.json is not JSON');
    expect(() => parseBuildInfo('{"site":"https://example.org"}', 'dist/_build.json')).toThrow(
      'dist/_build.json needs "site" and "base"',
    );
  });
});

describe('a build without SITE_URL', () => {
  test('npm run build stops with a message that says what to set, before building anything', () => {
    const out = mkdtempSync(join(tmpdir(), 'no-site-url-'));
    try {
      const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
        env: cleanEnv(['SITE_URL', 'NETLIFY', 'CF_PAGES', 'VERCEL']),
        encoding: 'utf8',
      });
      expect(build.status).not.toBe(0);
      expect(`${build.stdout}${build.stderr}`).toContain(
        'SITE_URL is not set. Set it to the public address of the site',
      );
      expect(`${build.stdout}${build.stderr}`).not.toContain('page(s) built');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  test('npm start, npm run preview and the tests give the build the local address themselves', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.build).toBe('node src/cli/build.ts');
    expect(scripts['build:local']).toBe('node src/cli/local-site.ts node src/cli/build.ts');
    expect(scripts.start).toMatch(/^npm run build:local && npm run preview$/);
    expect(scripts.preview).toMatch(/^node src\/cli\/local-site\.ts astro preview/);
    expect(scripts.test).toContain('npm run build:local');
    expect(scripts.test).not.toMatch(/npm run build &&/);
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['src/cli/local-site.ts', 'node', '-e', '"console.log(process.env.SITE_URL)"'], {
        env: { ...cleanEnv(['SITE_URL']), ...env },
        encoding: 'utf8',
      });
    expect(run({}).stdout.trim()).toBe(LOCAL_SITE_URL);
    expect(run({ SITE_URL: 'https://example.org' }).stdout.trim()).toBe('https://example.org');
  });
});

describe('the GitHub Pages workflow', () => {
  interface Step {
    name?: string;
    run?: string;
    uses?: string;
    with?: Record<string, string>;
    env?: Record<string, string>;
  }
  const workflow = parse(readFileSync('.github/workflows/pages.yml', 'utf8')) as {
    jobs: { build: { steps: Step[] } };
  };
  const steps = workflow.jobs.build.steps;
  const index = (find: (step: Step) => boolean, what: string) => {
    const at = steps.findIndex(find);
    expect(at, what).toBeGreaterThanOrEqual(0);
    return at;
  };

  test('deploys the very build its checks ran on: one build of dist/, checked, then uploaded unchanged', () => {
    const builds = steps.filter(
      (s) => /\bnpm run build\b(?!:)/.test(s.run ?? '') || /\bastro build\b/.test(s.run ?? ''),
    );
    expect(
      builds.map((s) => s.run),
      'dist/ is built once, with the Pages address',
    ).toHaveLength(1);
    const build = index((s) => s === builds[0], 'the build step');
    expect(steps[build]!.env?.SITE_URL).toMatch(/steps\.pages\.outputs\.origin/);
    expect(steps[build]!.env?.BASE_PATH).toMatch(/steps\.pages\.outputs\.base_path/);
    const checks = index((s) => /\bnpm run test:dist\b/.test(s.run ?? ''), 'the dist checks');
    const upload = index((s) => (s.uses ?? '').startsWith('actions/upload-pages-artifact'), 'the upload');
    expect(steps[upload]!.with?.path).toBe('dist');
    expect(build).toBeLessThan(checks);
    expect(checks).toBeLessThan(upload);
    // Nothing between the checks and the upload writes to dist/.
    for (const step of steps.slice(checks + 1, upload)) expect(step.run ?? '').not.toMatch(/\bdist\b(?!-)/);
  });
});
