import type { Problem } from '../../schemas/problems.ts';

/**
 * Characters a reader cannot see that change what text means to a program:
 * a zero-width space inside "chest pain" stops search from finding the
 * emergency sign; a bidi override shows text in another order than it is
 * stored. None belongs in our content, so each is refused by name.
 */
const NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x17b4: 'KHMER VOWEL INHERENT AQ',
  0x17b5: 'KHMER VOWEL INHERENT AA',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x206a: 'INHIBIT SYMMETRIC SWAPPING',
  0x206b: 'ACTIVATE SYMMETRIC SWAPPING',
  0x206c: 'INHIBIT ARABIC FORM SHAPING',
  0x206d: 'ACTIVATE ARABIC FORM SHAPING',
  0x206e: 'NATIONAL DIGIT SHAPES',
  0x206f: 'NOMINAL DIGIT SHAPES',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
  0xfff9: 'INTERLINEAR ANNOTATION ANCHOR',
  0xfffa: 'INTERLINEAR ANNOTATION SEPARATOR',
  0xfffb: 'INTERLINEAR ANNOTATION TERMINATOR',
};

/** The name of a hidden character, or undefined for one a reader can see (tabs and line ends are fine). */
export function hiddenCharacterName(code: number): string | undefined {
  if (NAMES[code]) return NAMES[code];
  if (code === 0x09 || code === 0x0a || code === 0x0d) return undefined;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return 'CONTROL CHARACTER';
  if (code >= 0xfe00 && code <= 0xfe0f) return `VARIATION SELECTOR-${code - 0xfe00 + 1}`;
  if (code >= 0xe0000 && code <= 0xe007f) return 'TAG CHARACTER';
  if (code >= 0xe0100 && code <= 0xe01ef) return 'VARIATION SELECTOR SUPPLEMENT';
  return undefined;
}

/** Every hidden character in a file's text, one problem each (at most 10 a file), with its line, column and name. */
export function findHiddenCharacters(file: string, text: string, firstLine = 1): Problem[] {
  const problems: Problem[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && problems.length < 10; i++) {
    let column = 0;
    for (const char of lines[i]!) {
      column++;
      const code = char.codePointAt(0)!;
      // Printable ASCII is by far the most common: skip it fast.
      const name = code >= 0x20 && code < 0x7f ? undefined : hiddenCharacterName(code);
      if (name === undefined) continue;
      const hex = code.toString(16).toUpperCase().padStart(4, '0');
      problems.push({
        file,
        line: firstLine + i,
        field: 'text',
        message: `has a hidden character, U+${hex} ${name}, at column ${column}: delete it (a reader cannot see it, but it can hide a word from search and the checks, or show text in another order)`,
      });
      if (problems.length >= 10) break;
    }
  }
  return problems;
}
