/**
 * The advice in the interface dictionaries, tracked like an article's words.
 * Most of src/i18n/es.ts is labels, but some of it is advice ("de 10 a 20
 * minutos", what to do after calling an ambulance), and CARE_WORDS.es in
 * src/domain/careCards.ts is the one instruction of each care card. Their
 * words are read from the source text (so loadSite stays pure: readSiteFiles
 * gives it the files' text), section by section, and hashed: content/reviews.yaml
 * records the Spanish words' hash and the hash of the English they translate
 * (`translates`). A change of the Spanish with no record, or of the English
 * after the translation was recorded, is reported like a changed article.
 *
 * The reading is a small tokenizer, not a TypeScript parser: it follows
 * comments, strings, template literals and the nesting of { [ ( to know the
 * key path of each text (es.components.careCard.afterCalls). Enough for
 * the dictionaries, which are object literals of texts and small functions.
 */
import { hashOf } from './translation.ts';
import { RECORDED_DICTIONARIES } from '../schemas/review.ts';

/** The length of an advice hash (as a page record's). */
export const ADVICE_HASH_LENGTH = 16;

/** The sections of the dictionaries (src/i18n/<locale>.ts) that give advice, by key path. */
export const DICTIONARY_ADVICE_SECTIONS = [
  'layout.disclaimer',
  'layout.footerEmergency',
  'article.disclaimer',
  'components.careCard',
  'components.iceHeat',
  'components.cycle',
  'components.firstDays',
  'components.steps',
  'tools.disclaimer',
  'tools.timer',
  'search.emergencyNoteBefore',
] as const;

export interface AdviceSource {
  /** The file whose Spanish words are recorded. */
  file: string;
  /** Its Spanish advice: key paths from a top-level const (es.tools.timer, horas). */
  sections: readonly string[];
  /** The file, and the key paths, of the English the Spanish translates. */
  english: { file: string; sections: readonly string[] };
  /** What it is, for messages. */
  what: string;
}

/** The advice whose Spanish is tracked, one entry a file: the one place these lists live. */
export const TRACKED_ADVICE: readonly AdviceSource[] = [
  {
    file: 'src/i18n/es.ts',
    // goLength, gapLength and horas word the ice and heat numbers (components.iceHeat uses them).
    sections: [...DICTIONARY_ADVICE_SECTIONS.map((s) => `es.${s}`), 'horas', 'goLength', 'gapLength'],
    english: { file: 'src/i18n/en.ts', sections: DICTIONARY_ADVICE_SECTIONS.map((s) => `en.${s}`) },
    what: 'the Spanish dictionary’s advice',
  },
  {
    file: 'src/domain/careCards.ts',
    sections: ['ES_INSTRUCTIONS', 'esEmergencyHeading', 'CARE_WORDS.es'],
    english: { file: 'src/domain/careCards.ts', sections: ['EN_INSTRUCTIONS', 'enEmergencyHeading', 'CARE_WORDS.en'] },
    what: 'the Spanish care words (CARE_WORDS.es)',
  },
];

/** The files whose Spanish advice has a record in content/reviews.yaml. */
export { RECORDED_DICTIONARIES };
/** Every file the advice is read from (the Spanish and the English). */
export const ADVICE_FILES = [...new Set(TRACKED_ADVICE.flatMap((s) => [s.file, s.english.file]))];

export interface SourceText {
  /** The key path: the top-level const, then each object key or list index (es.pages.home.steps.0.1). */
  path: string;
  /** The text as written between its quotes (a template literal's ${…} parts included). */
  text: string;
  line: number;
}

interface Frame {
  kind: '{' | '[' | '(';
  key: string | undefined;
  index: number;
  expectKey: boolean;
}

/** Every string and template literal of a TypeScript source, with its key path and line. */
export function sourceTexts(source: string): SourceText[] {
  const out: SourceText[] = [];
  const stack: Frame[] = [];
  let top: string | undefined;
  let pendingConst = false;
  let line = 1;
  let i = 0;
  const n = source.length;

  const pathNow = (): string | undefined => {
    if (top === undefined) return undefined;
    const parts = [top];
    for (const frame of stack) {
      if (frame.kind === '{') {
        if (frame.key === undefined) break;
        parts.push(frame.key);
      } else if (frame.kind === '[') parts.push(String(frame.index));
    }
    return parts.join('.');
  };
  const nextChar = (from: number): string => {
    let j = from;
    while (j < n && /\s/.test(source[j]!)) j++;
    return source[j] ?? '';
  };
  /** A quoted string from i (at the quote); returns the index after it. */
  const readString = (start: number): number => {
    const quote = source[start]!;
    let j = start + 1;
    while (j < n && source[j] !== quote) {
      if (source[j] === '\\') j++;
      else if (source[j] === '\n') line++;
      j++;
    }
    return j + 1;
  };
  /** A template literal from i (at the backtick), ${…} parts skipped as code; returns the index after it. */
  const readTemplate = (start: number): number => {
    let j = start + 1;
    while (j < n && source[j] !== '`') {
      if (source[j] === '\\') j++;
      else if (source[j] === '\n') line++;
      else if (source[j] === '$' && source[j + 1] === '{') {
        j = skipCode(j + 2);
        continue;
      }
      j++;
    }
    return j + 1;
  };
  /** Code inside ${…}, to its closing brace; returns the index after it. */
  const skipCode = (start: number): number => {
    let depth = 1;
    let j = start;
    while (j < n && depth > 0) {
      const c = source[j]!;
      if (c === "'" || c === '"') j = readString(j);
      else if (c === '`') j = readTemplate(j);
      else {
        if (c === '{') depth++;
        else if (c === '}') depth--;
        else if (c === '\n') line++;
        j++;
      }
    }
    return j;
  };

  while (i < n) {
    const c = source[i]!;
    const frame = stack.at(-1);
    if (c === '\n') {
      line++;
      i++;
    } else if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      line += (source.slice(i, stop).match(/\n/g) ?? []).length;
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      const startLine = line;
      const end = c === '`' ? readTemplate(i) : readString(i);
      const text = source.slice(i + 1, end - 1);
      if (frame?.kind === '{' && frame.expectKey && nextChar(end) === ':') {
        frame.key = text;
        frame.expectKey = false;
      } else {
        const path = pathNow();
        if (path !== undefined) out.push({ path, text, line: startLine });
      }
      i = end;
    } else if (/[A-Za-z_$]/.test(c)) {
      let j = i;
      while (j < n && /[\w$]/.test(source[j]!)) j++;
      const word = source.slice(i, j);
      if (stack.length === 0 && (word === 'const' || word === 'let' || word === 'var')) pendingConst = true;
      else if (stack.length === 0 && pendingConst) {
        top = word;
        pendingConst = false;
      } else if (frame?.kind === '{' && frame.expectKey) {
        const after = nextChar(j);
        if (after === ':' || after === ',' || after === '}' || after === '(') {
          frame.key = word;
          frame.expectKey = false;
        }
      }
      i = j;
    } else {
      if (c === '{' || c === '[' || c === '(') {
        stack.push({ kind: c, key: undefined, index: 0, expectKey: c === '{' });
      } else if (c === '}' || c === ']' || c === ')') {
        stack.pop();
      } else if (c === ',' && frame) {
        if (frame.kind === '{') {
          frame.key = undefined;
          frame.expectKey = true;
        } else if (frame.kind === '[') frame.index++;
      } else if (c === ';' && stack.length === 0) {
        top = undefined;
        pendingConst = false;
      }
      i++;
    }
  }
  return out;
}

const inSections = (path: string, sections: readonly string[]) =>
  sections.some((section) => path === section || path.startsWith(`${section}.`));

/** The texts of some sections of a source, in order. */
export function adviceTexts(source: string, sections: readonly string[]): SourceText[] {
  return sourceTexts(source).filter((text) => inSections(text.path, sections));
}

/** The hash of some sections' texts (their key paths included: a text moved to another key is a change). */
export function adviceHash(source: string, sections: readonly string[]): string {
  return hashOf(
    adviceTexts(source, sections).map(({ path, text }) => [path, text]),
    ADVICE_HASH_LENGTH,
  );
}

/** One tracked file's advice as it is now: the Spanish words' hash, the English's, and the first line. */
export interface AdviceNow {
  file: string;
  hash: string;
  english: string;
  englishFile: string;
  line: number | undefined;
  what: string;
}

/** Each tracked file's advice as it is now, from the sources' text (a file that is not given is left out). */
export function adviceNow(text: (file: string) => string | undefined): AdviceNow[] {
  return TRACKED_ADVICE.flatMap((source) => {
    const own = text(source.file);
    const english = text(source.english.file);
    if (own === undefined || english === undefined) return [];
    return [
      {
        file: source.file,
        hash: adviceHash(own, source.sections),
        english: adviceHash(english, source.english.sections),
        englishFile: source.english.file,
        line: adviceTexts(own, source.sections)[0]?.line,
        what: source.what,
      },
    ];
  });
}

/** The message when the English advice changed after its Spanish was recorded: the Spanish is out of date. */
export function staleAdviceMessage(advice: AdviceNow, recorded: string): string {
  return (
    `is out of date: ${advice.what} translates English advice (${advice.englishFile}) that changed after it was recorded ` +
    `(recorded ${recorded}, now ${advice.english}). Update the Spanish to say what the English says now, then record it with ` +
    `\`npm run review -- --mark ${advice.file} --note "<what changed>"\``
  );
}
