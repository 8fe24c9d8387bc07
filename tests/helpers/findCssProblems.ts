/**
 * The team's CSS rules (issues #13 and #25), checked over a stylesheet's text:
 * components use only semantic tokens (no palette variables, no hex colours);
 * no !important, since the cascade layers order paper after screen; and a
 * component's rules sit in @layer components, its paper rules in @layer
 * print. tokens.css, where the palette lives, is the one file allowed colour
 * values. Braces must pair up: after a stray "}" a browser drops the rule that
 * follows it.
 */

export interface CssProblem {
  line: number;
  message: string;
}

/** The CSS of an .astro file: the text of its <style> blocks, with the lines kept where they were. */
export function styleBlocksOf(astro: string): string {
  return astro.replace(/<style\b[^>]*>([\s\S]*?)<\/style>|[^\n]/g, (whole, css: string | undefined) =>
    css === undefined ? (whole === '\n' ? '\n' : ' ') : ` ${css} `,
  );
}

/** Comments blanked out (newlines kept), so their words are not mistaken for rules. */
function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
}

const lineAt = (css: string, index: number) => css.slice(0, index).split('\n').length;

/** Strings blanked out (same length), so braces inside them do not count. */
const withoutStrings = (css: string) =>
  css.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, (quoted) => ' '.repeat(quoted.length));

const PRINT_MEDIA = /^@media\b[^{]*\bprint\b/;

/**
 * Where a component's rules sit in the cascade layers (src/styles/global.css):
 * each block at the top of a <style> is @layer components (screen) or @layer
 * print, and @layer print holds only @media print (and @page) blocks, so
 * paper rules win over screen rules with no !important.
 */
function layerProblems(css: string): CssProblem[] {
  const text = withoutStrings(css);
  const problems: CssProblem[] = [];
  const stack: string[] = [];
  let preludeStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{') {
      const prelude = text.slice(preludeStart, i).trim().replace(/\s+/g, ' ');
      const at = lineAt(css, preludeStart + text.slice(preludeStart, i).search(/\S/));
      const parent = stack.at(-1);
      if (parent === undefined && prelude !== '@layer components' && prelude !== '@layer print') {
        problems.push({
          line: at,
          message: `"${prelude}" outside a cascade layer: put it in @layer components, or @layer print for paper`,
        });
      } else if (PRINT_MEDIA.test(prelude) && !stack.includes('@layer print')) {
        problems.push({ line: at, message: '@media print outside @layer print: move it there' });
      } else if (parent === '@layer print' && !PRINT_MEDIA.test(prelude) && !prelude.startsWith('@page')) {
        problems.push({
          line: at,
          message: `"${prelude}" in @layer print outside @media print: it would apply on screen`,
        });
      }
      stack.push(prelude);
      preludeStart = i + 1;
    } else if (ch === '}') {
      stack.pop();
      preludeStart = i + 1;
    } else if (ch === ';') {
      preludeStart = i + 1;
    }
  }
  return problems;
}

/** A "}" that closes no block, and a "{" never closed (braces inside quoted strings do not count). */
function braceProblems(css: string): CssProblem[] {
  const text = withoutStrings(css);
  const problems: CssProblem[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') open.push(i);
    else if (text[i] === '}' && open.pop() === undefined) {
      problems.push({
        line: lineAt(css, i),
        message: 'a "}" that closes no block: a browser drops the rule after it, so remove it',
      });
    }
  }
  for (const i of open) problems.push({ line: lineAt(css, i), message: 'a "{" that is never closed: close its block' });
  return problems;
}

/**
 * Every breach of the rules in one stylesheet's text; colours are allowed only
 * when `tokens` is true; `component` (the <style> blocks of an .astro file)
 * adds the layer rules.
 */
export function findCssProblems(source: string, { tokens = false, component = false } = {}): CssProblem[] {
  const css = withoutComments(source);
  const problems: CssProblem[] = braceProblems(css);
  if (component && problems.length === 0) problems.push(...layerProblems(css));
  for (const match of css.matchAll(/!important/g)) {
    problems.push({
      line: lineAt(css, match.index),
      message: '!important: the cascade layers put print after screen (src/styles/global.css), so leave it out',
    });
  }
  if (!tokens) {
    for (const match of css.matchAll(/var\(\s*(--palette-[\w-]+)/g))
      problems.push({
        line: lineAt(css, match.index),
        message: `palette colour ${match[1]}: use a semantic token from src/styles/tokens.css`,
      });
    for (const match of css.matchAll(/(?<![\w&-])#[0-9a-fA-F]{3,8}\b/g))
      problems.push({
        line: lineAt(css, match.index),
        message: `colour value ${match[0]}: use a semantic token from src/styles/tokens.css`,
      });
  }
  return problems;
}

/** How many rules select on the bare [hidden] attribute, and how many @layer order statements there are. */
export function countGlobalRules(source: string): { hidden: number; layerOrder: number } {
  const css = withoutComments(source);
  return {
    hidden: [...css.matchAll(/\[hidden\][^{,;]*[{,]/g)].length,
    layerOrder: [...css.matchAll(/@layer\s+[\w-]+\s*,[^{;]*;/g)].length,
  };
}
