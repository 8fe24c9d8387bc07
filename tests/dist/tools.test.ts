import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { OFFLINE_PAGES, TOOLS } from '../../src/data/tools.ts';
import { withBase } from '../../src/domain/url.ts';
import { isRedirectPage } from '../../src/build/hosting/render.ts';
import { assertBuilt, BASE, DIST, htmlFiles, readPage, readText, urlPathOf } from '../helpers/dist.ts';
import { localeOfPath, localizePath, ui } from '../../src/i18n/index.ts';

// The tools as built: pages, anchors, the timer island in its article, and
// dist/sw.js with everything it must save for offline reading.

const toolPages = ['tools/index.html', ...TOOLS.map((tool) => `${tool.path.slice(1)}index.html`), 'offline/index.html'];
const base = BASE;

beforeAll(assertBuilt);

describe('tool pages', () => {
  test.each(toolPages)('%s is built, with one h1, no inline styles and only bundled scripts', (file) => {
    const page = readPage(file);
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelectorAll('[style]'), 'style attributes').toHaveLength(0);
    expect(page.querySelectorAll('style'), '<style> elements').toHaveLength(0);
    for (const script of page.querySelectorAll('script')) {
      expect(script.getAttribute('type'), 'a script that Astro did not process').toBe('module');
    }
  });

  // Redirect pages have no chrome.
  test.each(htmlFiles().filter((file) => !isRedirectPage(readText(file))))('%s: the header links to the tools', (file) => {
    const locale = localeOfPath(urlPathOf(file));
    const nav = readPage(file).querySelector(`nav[aria-label="${ui(locale).layout.mainNav}"]`);
    expect(nav?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(withBase(localizePath('/tools/', locale), base));
  });

  test('the home page lists each tool', () => {
    const home = readPage('index.html').querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const tool of TOOLS) expect(home).toContain(withBase(tool.path, base));
  });

  test('the self-check asks one question per red flag, emergency first, with every care card', () => {
    const flags = parse(readFileSync('content/red-flags.yaml', 'utf8')) as { id: string; level: string }[];
    const page = readPage('tools/do-i-need-help/index.html');
    const asked = page.querySelectorAll('fieldset[data-question]').map((f) => [f.getAttribute('data-question'), f.getAttribute('data-level')]);
    const order = ['emergency', 'urgent', 'routine'];
    expect(asked).toEqual(order.flatMap((level) => flags.filter((f) => f.level === level).map((f) => [f.id, f.level])));
    for (const level of order) {
      // Every card of the level (src/schemas/redFlag.ts), and so every sign of it.
      const shown = page.querySelectorAll(`[data-outcome="${level}"] [data-care-card="${level}"] li[data-red-flag]`);
      expect(shown.map((li) => li.getAttribute('data-red-flag')), level).toEqual(flags.filter((f) => f.level === level).map((f) => f.id));
    }
    expect(page.querySelector('[data-outcome="none"]')).not.toBeNull();
    expect(page.text).toContain('This is not a diagnosis.');
  });

  test('the plan has an anchor for each of days 1 to 14 and for after 2 to 6 weeks', () => {
    const page = readPage('tools/recovery-plan/index.html');
    const ids = page.querySelectorAll('[data-day]').map((day) => day.id);
    expect(ids).toEqual([...Array.from({ length: 14 }, (_, i) => `day-${i + 1}`), 'after-2-to-6-weeks']);
  });

  test('the ice and heat article carries the timer island and still has its table of timings', () => {
    const page = readPage('articles/ice-and-heat-timing/index.html');
    const timer = page.querySelector('bsg-ice-heat-timer');
    expect(timer).not.toBeNull();
    const config = JSON.parse(timer!.getAttribute('data-config') ?? '{}') as Record<string, { min: number; max: number; defaultMinutes: number; gapMinutes: number }>;
    expect(Object.keys(config)).toEqual(['ice', 'heat']);
    expect(page.querySelector('table')?.text).toContain('Up to 15 minutes');
    const scripts = page.querySelectorAll('script[src]').map((s) => s.getAttribute('src'));
    expect(scripts.some((src) => /_astro\/IceHeatTimer\.[^/]*\.js$/.test(src ?? ''))).toBe(true);
  });
});

describe('dist/sw.js', () => {
  let config: { version: string; base: string; precache: string[]; offline: string };
  beforeAll(() => {
    const text = readText('sw.js');
    const match = /const CONFIG = (\{[\s\S]*?\n\});/.exec(text);
    expect(match, 'sw.js has no CONFIG').not.toBeNull();
    config = JSON.parse(match![1]!);
  });

  test('is versioned by the build and scoped to the base path', () => {
    expect(config.version).toMatch(/^[0-9a-f]{12}$/);
    expect(config.base).toBe(base);
    expect(config.offline).toBe(withBase('/offline/', base));
  });

  test('saves the red-flag page, the tools and the home page, and every file and icon they load', () => {
    for (const page of OFFLINE_PAGES) expect(config.precache).toContain(withBase(page, base));
    for (const page of OFFLINE_PAGES) {
      const file = `${page.slice(1)}index.html`;
      const assets = readPage(file)
        .querySelectorAll('link[rel="stylesheet"], link[rel="icon"], link[rel="manifest"], script[src]')
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '');
      for (const asset of assets) expect(config.precache, `${file} loads ${asset}`).toContain(asset);
    }
    for (const url of config.precache) {
      const path = url.slice(base.length);
      expect(existsSync(join(DIST, path.endsWith('/') || path === '' ? `${path}index.html` : path)), url).toBe(true);
    }
  });
});
