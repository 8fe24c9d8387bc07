/**
 * The team's CSS rules (issue #13), checked over a stylesheet's text:
 * components use only semantic tokens (no palette variables, no hex colours),
 * and !important appears only inside @media print. tokens.css, where the
 * palette lives, is the one file allowed colour values. Braces must pair up:
 * after a stray "}" a browser drops the rule that follows it.
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

/** Where each character sits: whether an enclosing block's prelude is an @media print. */
function inPrint(css: string): (index: number) => boolean {
  const printAt: boolean[] = [];
  const stack: boolean[] = [];
  let preludeStart = 0;
  for (let i = 0; i < css.length; i++) {
    const ch = css[i];
    if (ch === '{') {
      const prelude = css.slice(preludeStart, i);
      stack.push((stack.at(-1) ?? false) || /@media[^{;]*\bprint\b/.test(prelude));
      preludeStart = i + 1;
    } else if (ch === '}') {
      stack.pop();
      preludeStart = i + 1;
    } else if (ch === ';') {
      preludeStart = i + 1;
    }
    printAt[i] = stack.at(-1) ?? false;
  }
  return (index) => printAt[index] ?? false;
}

/** A "}" that closes no block, and a "{" never closed (braces inside quoted strings do not count). */
function braceProblems(css: string): CssProblem[] {
  const text = css.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, (quoted) => ' '.repeat(quoted.length));
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

/** Every breach of the rules in one stylesheet's text; colours are allowed only when `tokens` is true. */
export function findCssProblems(source: string, { tokens = false } = {}): CssProblem[] {
  const css = withoutComments(source);
  const problems: CssProblem[] = braceProblems(css);
  const printAt = inPrint(css);
  for (const match of css.matchAll(/!important/g)) {
    if (!printAt(match.index))
      problems.push({ line: lineAt(css, match.index), message: '!important outside @media print' });
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
