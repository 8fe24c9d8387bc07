/**
 * Translations: one set of facts, two sets of words. A translated data file
 * (content/es/*.yaml) mirrors its English file: it repeats the structure,
 * gives every text in its own language, and leaves the facts (ids, levels,
 * cards, sources, numbers, dates) as they are or out. overlay() puts the two
 * together, and names every text that is missing, every fact that differs
 * and every key English does not have. Each entry records the hash of the
 * English it translates, so a change to the English marks it out of date.
 * Pure: the hash is SHA-256 of a stable form of the text.
 */
import { createHash } from 'node:crypto';

/**
 * What a file's translation may and may not say, by key. Facts are shared by
 * every language and never translated (numbers and true/false always are).
 * Word lists (such as a glossary entry's aliases) may be given even where the
 * English has none: readers of each language have their own words.
 */
export interface TranslationRules {
  facts: ReadonlySet<string>;
  wordLists?: ReadonlySet<string>;
  /**
   * Each language's own words, never a translation of the English (the
   * phrases that name a warning sign in running text): a translation gives its
   * own list or none, and they are left out of the hash (entryHash).
   */
  ownWords?: ReadonlySet<string>;
}

/** Keys that are each language's own words, in every file: no translation is out of date when they change. */
export const OWN_WORDS: ReadonlySet<string> = new Set(['mentions']);

/** The hash a translation records of an English entry: its words, without each language's own (OWN_WORDS). */
export function entryHash(entry: unknown): string {
  if (!isObject(entry)) return hashOf(entry);
  return hashOf(Object.fromEntries(Object.entries(entry).filter(([key]) => !OWN_WORDS.has(key))));
}

/** The hash length of a data entry and of an article. */
export const ENTRY_HASH_LENGTH = 8;
export const ARTICLE_HASH_LENGTH = 16;

/** JSON with object keys sorted, so the same data always gives the same text. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function hashOf(value: unknown, length = ENTRY_HASH_LENGTH): string {
  return createHash('sha256').update(stable(value)).digest('hex').slice(0, length);
}

/** The English words of an article a translation translates: its title, description, summary, tags and body. */
export function articleHash(article: {
  data: { title: string; description: string; summary: readonly string[]; tags: readonly string[] };
  body: string;
}): string {
  const { title, description, summary, tags } = article.data;
  return hashOf({ title, description, summary, tags, body: article.body.trim() }, ARTICLE_HASH_LENGTH);
}

export interface OverlayIssue {
  /** Where, as a path from the top of the file: [3, 'question']. */
  path: (string | number)[];
  message: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/**
 * The English data with the translation's words in it. Texts come from the
 * translation (every one must be there); facts come from English (a
 * translation may repeat one, unchanged, to stay readable). Lists of words
 * (keywords, aliases) may be of any length; lists of objects keep the
 * English order and length. Issues name the path of each problem.
 */
export function overlay(
  english: unknown,
  translated: unknown,
  issues: OverlayIssue[],
  rules: TranslationRules,
  path: (string | number)[] = [],
): unknown {
  const key = [...path].reverse().find((part): part is string => typeof part === 'string');
  const fact = key !== undefined && rules.facts.has(key);
  if (fact || (english !== undefined && typeof english !== 'string' && !Array.isArray(english) && !isObject(english))) {
    if (translated !== undefined && stable(translated) !== stable(english)) {
      issues.push({
        path,
        message: `is a fact shared with the English file: leave it out or keep it as ${stable(english)}`,
      });
    }
    return english;
  }
  if (typeof english === 'string') {
    if (isText(translated)) return translated;
    issues.push({
      path,
      message: translated === undefined ? 'has no translation: translate the English text' : 'must be text',
    });
    return english;
  }
  if (Array.isArray(english)) {
    if (english.every((item) => typeof item === 'string')) {
      if (translated === undefined && english.length === 0) return english;
      if (Array.isArray(translated) && translated.length > 0 && translated.every(isText)) return translated;
      issues.push({
        path,
        message:
          translated === undefined ? 'has no translation: give the list in this language' : 'must be a list of texts',
      });
      return english;
    }
    if (!Array.isArray(translated) || translated.length !== english.length) {
      issues.push({
        path,
        message: `must list ${english.length} entries, in the English order${Array.isArray(translated) ? ` (it lists ${translated.length})` : ''}`,
      });
      return english;
    }
    return english.map((item, index) => overlay(item, translated[index], issues, rules, [...path, index]));
  }
  // An object: every key English has, and no other.
  const englishObject = english as Record<string, unknown>;
  if (!isObject(translated)) {
    issues.push({
      path,
      message: translated === undefined ? 'has no translation: translate it' : 'must have the English fields',
    });
    return english;
  }
  const added: [string, unknown][] = [];
  for (const extra of Object.keys(translated).filter((k) => !(k in englishObject))) {
    const words = translated[extra];
    if (rules.wordLists?.has(extra) && Array.isArray(words) && words.every(isText)) added.push([extra, words]);
    else issues.push({ path: [...path, extra], message: 'is not in the English file: remove it' });
  }
  const own = (k: string) => {
    const words = translated[k];
    if (words === undefined) return [];
    if (Array.isArray(words) && words.every(isText)) return words;
    issues.push({ path: [...path, k], message: 'must be a list of texts' });
    return [];
  };
  return Object.fromEntries([
    ...Object.entries(englishObject).map(([k, v]) => [
      k,
      rules.ownWords?.has(k) ? own(k) : overlay(v, translated[k], issues, rules, [...path, k]),
    ]),
    ...added,
  ]);
}

/** One translated entry (a list item by id, or a top-level key of a map file) and whether it is up to date. */
export interface EntryStatus {
  /** The entry's id (list files) or top-level key (map files). */
  entry: string;
  /** Where it is in the translated file, for messages: [3] or ['iceHeat']. */
  path: (string | number)[];
  /** The hash the translation records, and the hash of the English as it is now. */
  recorded: string | undefined;
  current: string;
}

export interface TranslatedFile {
  /** The English data with the translated words: check it with the English file's schema. */
  data: unknown;
  issues: OverlayIssue[];
  entries: EntryStatus[];
}

const HASH = /^[0-9a-f]+$/;

/**
 * A translated list file (red flags, glossary, topics): each item has the
 * English item's id and records the hash of the English item it translates
 * as `translates`. Every English item needs its translation.
 */
export function translateList(english: unknown, translated: unknown, rules: TranslationRules): TranslatedFile {
  const issues: OverlayIssue[] = [];
  const entries: EntryStatus[] = [];
  if (!Array.isArray(english)) return { data: english, issues, entries };
  if (!Array.isArray(translated)) {
    issues.push({ path: [], message: 'must be a YAML list, one entry for each entry of the English file' });
    return { data: english, issues, entries };
  }
  const ids = new Set(english.map((item) => (isObject(item) ? item.id : undefined)));
  const seen = new Map<unknown, number>();
  translated.forEach((item, index) => {
    if (!isObject(item) || !ids.has(item.id)) {
      issues.push({
        path: [index, 'id'],
        message: `has no English entry with this id${isObject(item) && item.id !== undefined ? ` ("${String(item.id)}")` : ''}: use the ids of the English file`,
      });
    } else if (seen.has(item.id)) {
      // Only the first is used: a second one must not be dropped unseen.
      issues.push({
        path: [index, 'id'],
        message: `repeats the id "${String(item.id)}" (already at [${seen.get(item.id)}]): translate each entry once, and remove the other`,
      });
    } else seen.set(item.id, index);
  });
  const data = english.map((item) => {
    const id = isObject(item) ? item.id : undefined;
    const at = translated.findIndex((t) => isObject(t) && t.id === id);
    if (at < 0) {
      issues.push({ path: [], message: `has no translation of the English entry "${String(id)}": add it` });
      return item;
    }
    const { translates, ...words } = translated[at] as Record<string, unknown>;
    entries.push({
      entry: String(id),
      path: [at],
      recorded: recordedHash(translates, [at], issues),
      current: entryHash(item),
    });
    const before = issues.length;
    const merged = overlay(item, words, issues, rules, []);
    // Paths are from the top of the translated file.
    for (const issue of issues.slice(before)) issue.path = [at, ...issue.path];
    return merged;
  });
  return { data, issues, entries };
}

/**
 * A translated map file (self-care, tools): the same top-level keys, and a
 * `translates` map naming the hash of each English top-level entry.
 */
export function translateMap(english: unknown, translated: unknown, rules: TranslationRules): TranslatedFile {
  const issues: OverlayIssue[] = [];
  const entries: EntryStatus[] = [];
  if (!isObject(english)) return { data: english, issues, entries };
  if (!isObject(translated)) {
    issues.push({ path: [], message: 'must be a YAML map with the top-level keys of the English file' });
    return { data: english, issues, entries };
  }
  const { translates, ...words } = translated;
  const hashes = isObject(translates) ? translates : {};
  if (!isObject(translates)) {
    issues.push({
      path: ['translates'],
      message: 'must map each top-level key to the hash of the English it translates (npm run translations)',
    });
  }
  for (const key of Object.keys(hashes).filter((k) => !(k in english))) {
    issues.push({ path: ['translates', key], message: 'is not a top-level key of the English file: remove it' });
  }
  for (const key of Object.keys(english)) {
    if (key in words && isObject(translates)) {
      entries.push({
        entry: key,
        path: [key],
        recorded: recordedHash(hashes[key], ['translates', key], issues),
        current: hashOf(english[key]),
      });
    }
  }
  return { data: overlay(english, words, issues, rules, []), issues, entries };
}

function recordedHash(value: unknown, path: (string | number)[], issues: OverlayIssue[]): string | undefined {
  const text = typeof value === 'number' ? String(value).padStart(ENTRY_HASH_LENGTH, '0') : value;
  if (typeof text === 'string' && HASH.test(text)) return text;
  issues.push({
    path,
    message: 'must be the hash of the English entry it translates, as npm run translations prints it',
  });
  return undefined;
}

/** Entries whose English changed after they were translated. */
export function staleEntries(entries: readonly EntryStatus[]): EntryStatus[] {
  return entries.filter((e) => e.recorded !== undefined && e.recorded !== e.current);
}
