type Files = Record<string, string | Uint8Array>;

/** One bad-content case: what a careless or hostile writer does, and the problem it must cause. */
export interface BadContentCase {
  name: string;
  change: (files: Files) => void;
  /** The problem: its file, its real line in that file (when it has one), its field, and words of its message. */
  expected: { file: string; line?: number; field: string; message: RegExp };
}

/** The line (1-based) of the first `text` in a file's text, after `after` when given. */
export function lineIn(source: string, text: string, after = ''): number {
  const at = source.indexOf(text, Math.max(0, source.indexOf(after)));
  if (at < 0) throw new Error(`the fixture has no "${text}"`);
  return source.slice(0, at).split('\n').length;
}

/** The line (1-based) of the first line of a file's text that matches `pattern`. */
export function lineMatchingIn(source: string, pattern: RegExp): number {
  const index = source.split('\n').findIndex((line) => pattern.test(line));
  if (index < 0) throw new Error(`the fixture has no line matching ${pattern}`);
  return index + 1;
}

/** Text to match as it is inside a RegExp. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
