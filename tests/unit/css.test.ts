import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countGlobalRules, findCssProblems, styleBlocksOf } from '../helpers/findCssProblems.ts';

describe('findCssProblems', () => {
  it('finds palette colours and hex values, with their lines', () => {
    const css = '.a {\n  color: var(--palette-red-600);\n  background: #fff;\n}';
    expect(findCssProblems(css)).toEqual([
      { line: 2, message: 'palette colour --palette-red-600: use a semantic token from src/styles/tokens.css' },
      { line: 3, message: 'colour value #fff: use a semantic token from src/styles/tokens.css' },
    ]);
  });
  it('allows colours in the tokens file, and semantic tokens anywhere', () => {
    expect(findCssProblems(':root { --palette-x: #005eb8; --color-a: var(--palette-x); }', { tokens: true })).toEqual(
      [],
    );
    expect(findCssProblems('.a { color: var(--color-text); }')).toEqual([]);
  });
  it('finds every !important, in print too: the layers order print after screen', () => {
    const css = '.a { display: none !important; }\n@layer print { @media print { .b { display: none !important; } } }';
    expect(findCssProblems(css).map((p) => p.line)).toEqual([1, 2]);
  });
  it("puts a component's rules in @layer components and its paper rules in @layer print", () => {
    const good =
      '@layer components { .a { color: var(--color-text); } @media (min-width: 40em) { .a { x: 1 } } }\n' +
      '@layer print { @page { margin: 7mm; } @media print { .a { display: none; } } }';
    expect(findCssProblems(good, { component: true })).toEqual([]);
    const bad =
      '.a { x: 1 }\n@layer components {\n  @media print { .b { x: 1 } }\n}\n@layer print {\n  .c { x: 1 }\n}\n@media print { .d { x: 1 } }';
    expect(findCssProblems(bad, { component: true })).toEqual([
      { line: 1, message: '".a" outside a cascade layer: put it in @layer components, or @layer print for paper' },
      { line: 3, message: '@media print outside @layer print: move it there' },
      { line: 6, message: '".c" in @layer print outside @media print: it would apply on screen' },
      {
        line: 8,
        message: '"@media print" outside a cascade layer: put it in @layer components, or @layer print for paper',
      },
    ]);
    // The site's own stylesheets are layered by global.css, so these rules are for components only.
    expect(findCssProblems('.a { x: 1 }')).toEqual([]);
  });
  it('ignores comments and id-like words', () => {
    expect(findCssProblems('/* #fff !important var(--palette-x) */ .a { content: "&#123"; }')).toEqual([]);
  });
  it('finds a "}" that closes no block and a "{" never closed, but not braces in strings', () => {
    // A stray "}" (left from a deleted block) made browsers drop the whole @media print rule after it.
    const stray = '.a { color: var(--color-text); }\n}\n@media print { .a { display: none; } }';
    expect(findCssProblems(stray)).toEqual([
      { line: 2, message: 'a "}" that closes no block: a browser drops the rule after it, so remove it' },
    ]);
    expect(findCssProblems('.a { color: var(--color-text);\n.b { x: 1 }')).toEqual([
      { line: 1, message: 'a "{" that is never closed: close its block' },
    ]);
    expect(findCssProblems('.a::before { content: "}"; } .b::after { content: \'{\'; }')).toEqual([]);
  });
  it('reads only the <style> blocks of an .astro file, on their own lines', () => {
    const astro = '---\nconst x = "#fff";\n---\n<svg fill="#000"></svg>\n<style>\n  .a { color: #123456; }\n</style>';
    expect(findCssProblems(styleBlocksOf(astro))).toEqual([
      { line: 6, message: 'colour value #123456: use a semantic token from src/styles/tokens.css' },
    ]);
  });
  it('counts [hidden] rules and @layer order statements', () => {
    expect(countGlobalRules('@layer a, b;\n[hidden] { display: none }\n.x[hidden], .y { }\n@layer a { }')).toEqual({
      hidden: 2,
      layerOrder: 1,
    });
  });
});

/** Every .astro file under a folder. */
function astroFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .map((file) => join(dir, file));
}

const STYLES = readdirSync('src/styles').map((file) => join('src/styles', file));
const ASTRO = [...astroFiles('src/components'), ...astroFiles('src/pages')];

describe('the site CSS follows the rules', () => {
  it.each(STYLES)('%s uses semantic tokens, no !important, and paired braces', (file) => {
    const problems = findCssProblems(readFileSync(file, 'utf8'), { tokens: file.endsWith('tokens.css') });
    expect(problems.map((p) => `${file}:${p.line}: ${p.message}`)).toEqual([]);
  });

  it.each(ASTRO)('%s uses semantic tokens, no !important, paired braces, and the layers', (file) => {
    const problems = findCssProblems(styleBlocksOf(readFileSync(file, 'utf8')), { component: true });
    expect(problems.map((p) => `${file}:${p.line}: ${p.message}`)).toEqual([]);
  });

  it('declares the layer order once and [hidden] once, both in global.css', () => {
    const counts = [...STYLES, ...ASTRO].map((file) => {
      const text = readFileSync(file, 'utf8');
      return { file, ...countGlobalRules(file.endsWith('.astro') ? styleBlocksOf(text) : text) };
    });
    expect(counts.filter((c) => c.hidden > 0).map((c) => [c.file, c.hidden])).toEqual([['src/styles/global.css', 1]]);
    expect(counts.filter((c) => c.layerOrder > 0).map((c) => [c.file, c.layerOrder])).toEqual([
      ['src/styles/global.css', 1],
    ]);
  });
});
