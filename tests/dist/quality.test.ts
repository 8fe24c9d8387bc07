import { beforeAll, describe, expect, test } from 'vitest';
import { MAX_SIGNS_PER_CARD } from '../../src/schemas/index.ts';
import { findForbidden } from '../../src/pipeline/checks/findForbidden.ts';
import { BASE, assertBuilt, htmlFiles, readPage, urlPathOf } from '../helpers/dist.ts';

beforeAll(assertBuilt);

const files = htmlFiles();
const parsed = new Map<string, ReturnType<typeof readPage>>();
/** A built page, parsed once for all the checks of this file. */
const pageOf = (file: string) => parsed.get(file) ?? parsed.set(file, readPage(file)).get(file)!;
const pages = () => files.map((file) => ({ file, page: pageOf(file) }));

describe('content rules, page by page', () => {
  test.each(files)('%s: no brands, products, selling words, tracking links or doses (src/pipeline/checks/findForbidden.ts)', (file) => {
    const page = pageOf(file);
    const urls = page.querySelectorAll('a[href]').map((a) => a.getAttribute('href') ?? '');
    const text = page.querySelector('body')?.text ?? '';
    expect(findForbidden(text, urls).map((match) => `${match.kind}: ${match.match}`)).toEqual([]);
  });

  test.each(files)(`%s: care cards list at most ${MAX_SIGNS_PER_CARD} signs, and nothing else`, (file) => {
    const over = pageOf(file)
      .querySelectorAll('[data-care-card]')
      .map((card) => ({ card, signs: card.querySelectorAll('li[data-red-flag]').length, all: card.querySelectorAll('li').length }))
      .filter(({ signs, all }) => signs > MAX_SIGNS_PER_CARD || all > signs)
      .map(({ card, all }) => `a ${card.getAttribute('data-care-card')} card lists ${all}`);
    expect(over).toEqual([]);
  });

  test.each(files)('%s: emergency cards carry no links but their own call buttons (tel:) and the page of every number', (file) => {
    const linked = pageOf(file)
      .querySelectorAll('[data-care-card="emergency"] a')
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => !/^tel:\d+$/.test(href) && !/^\/(es\/)?emergency-numbers\/$/.test(href));
    expect(linked).toEqual([]);
  });

  test.each(files)('%s: every "Don\'t" item starts with "do not" (in Spanish, "No")', (file) => {
    const start = file.startsWith('es/') ? /^no\b/i : /^do not\b/i;
    const bad = pageOf(file)
      .querySelectorAll('.do-dont__list--dont li')
      .map((item) => item.text.trim())
      .filter((text) => !start.test(text));
    expect(bad).toEqual([]);
  });

  test.each(files)('%s: at most 2 Important callouts, each with a hidden "Important:" prefix', (file) => {
    const callouts = pageOf(file).querySelectorAll('[data-callout]');
    expect(callouts.length).toBeLessThanOrEqual(2);
    const prefix = file.startsWith('es/') ? 'Importante: ' : 'Important: ';
    for (const callout of callouts) expect(callout.querySelector('.visually-hidden')?.text).toBe(prefix);
  });
});

describe('content rules over the whole site', () => {
  test('a reader can reach every article from the home page in two clicks', () => {
    const byPath = new Map(pages().map(({ file, page }) => [urlPathOf(file), page]));
    const prefix = BASE;
    // Site paths (/articles/x/) of the links on a page, with the base path taken off.
    const linksFrom = (path: string) =>
      new Set(
        (byPath.get(path)?.querySelectorAll('a[href]') ?? [])
          .map((a) => new URL(a.getAttribute('href') ?? '', `http://x${prefix}${path.slice(1)}`).pathname)
          .filter((pathname) => pathname.startsWith(prefix))
          .map((pathname) => `/${pathname.slice(prefix.length)}`),
      );
    const reached = new Set<string>(['/']);
    for (const first of linksFrom('/')) {
      reached.add(first);
      for (const second of linksFrom(first)) reached.add(second);
    }
    const articles = [...byPath.keys()].filter((path) => path.startsWith('/articles/'));
    expect(articles.length).toBeGreaterThanOrEqual(16);
    expect(articles.filter((path) => !reached.has(path))).toEqual([]);
  });

  test('the glossary page lists the terms, and every diagram is labelled with a text equivalent', () => {
    const glossary = readPage('glossary/index.html');
    const ids = new Set(glossary.querySelectorAll('.glossary__entry').map((e) => e.getAttribute('id')));
    expect(ids.size).toBeGreaterThanOrEqual(20);
    const diagrams = pages().flatMap(({ file, page }) => page.querySelectorAll('[data-diagram]').map((d) => ({ file, d })));
    expect(new Set(diagrams.map(({ d }) => d.getAttribute('data-diagram')))).toEqual(new Set(['first-days', 'ice-heat-cycle', 'resting-positions', 'step-drawings']));
    for (const { file, d } of diagrams) {
      for (const svg of d.querySelectorAll('svg')) {
        const labelled = svg.getAttribute('aria-label') || svg.getAttribute('aria-labelledby');
        expect(svg.getAttribute('role'), file).toBe('img');
        expect(labelled, file).toBeTruthy();
      }
      expect(d.text.replace(/\s+/g, ' ').length, `${file}: diagram text equivalent`).toBeGreaterThan(80);
    }
  });
});
