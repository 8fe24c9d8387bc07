/**
 * The pure parts of `npm run translations -- --mark <file> <id>`: marking one
 * translated entry as translating the English as it is now, after showing
 * what changed in that English entry since the version its translation
 * records. One entry at a time, so one careless run cannot hide every stale
 * warning sign at once.
 */
import { parseDocument, Scalar, isMap, isSeq, type YAMLMap } from 'yaml';
import { entryHash } from './translation.ts';
import { wordDiff } from './review.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The English entry a translated entry answers to: a list item by id, or a top-level key of a map file. */
export function englishEntry(english: unknown, id: string): unknown {
  if (Array.isArray(english)) return english.find((item) => isObject(item) && item.id === id);
  return isObject(english) && id !== 'translates' ? english[id] : undefined;
}

/** The ids a translated file's entries go by: each list item's id, or each top-level key. */
export function entryIds(english: unknown): string[] {
  if (Array.isArray(english)) return english.flatMap((item) => (isObject(item) ? [String(item.id)] : []));
  return isObject(english) ? Object.keys(english) : [];
}

/** Every text in an entry, with its path (question, keywords[0], gap.message), in order. */
export function entryTexts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path || 'text', value]];
  if (typeof value === 'number' || typeof value === 'boolean') return [[path || 'value', String(value)]];
  if (Array.isArray(value)) return value.flatMap((item, index) => entryTexts(item, `${path}[${index}]`));
  if (isObject(value)) {
    return Object.entries(value).flatMap(([key, item]) => entryTexts(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** What changed in an English entry, field by field: each changed text as a word diff. */
export function entryChanges(before: unknown, after: unknown): string[] {
  const old = new Map(entryTexts(before));
  const now = new Map(entryTexts(after));
  const lines: string[] = [];
  for (const [path, text] of now) {
    const was = old.get(path);
    if (was === undefined) lines.push(`${path}: {+${text}+}`);
    else if (was !== text) lines.push(`${path}: ${wordDiff(was, text)}`);
  }
  for (const [path, text] of old) if (!now.has(path)) lines.push(`${path}: [-${text}-]`);
  return lines;
}

/** The current English beside the translation, field by field, when the old English cannot be found. */
export function sideBySide(english: unknown, translated: unknown): string[] {
  const theirs = new Map(entryTexts(translated));
  return entryTexts(english).flatMap(([path, text]) => {
    const own = theirs.get(path);
    return [`${path}:`, `  English now: ${text}`, `  translation: ${own ?? '(none)'}`];
  });
}

/**
 * The English entry as it was when it had the recorded hash, from older
 * versions of the English file (newest first, as parsed data), or undefined.
 */
export function recordedVersion(versions: readonly unknown[], id: string, hash: string): unknown {
  for (const data of versions) {
    const entry = englishEntry(data, id);
    if (entry !== undefined && entryHash(entry) === hash) return entry;
  }
  return undefined;
}

/** The hash a translated entry records now (`translates`), or undefined. */
export function recordedHashOf(translated: unknown, id: string): string | undefined {
  const value = Array.isArray(translated)
    ? (translated.find((item) => isObject(item) && item.id === id) as Record<string, unknown> | undefined)?.translates
    : isObject(translated) && isObject(translated.translates)
      ? translated.translates[id]
      : undefined;
  return typeof value === 'number' ? String(value).padStart(8, '0') : typeof value === 'string' ? value : undefined;
}

/** A hash as quoted text, so one that looks like a number stays text. */
const quoted = (hash: string) => Object.assign(new Scalar(hash), { type: Scalar.QUOTE_SINGLE });

/**
 * The translated file's text with one entry marked as translating the English
 * entry as it is now (its hash), and no other entry touched; or why not.
 */
export function markEntry(text: string, english: unknown, id: string): { text: string } | { refused: string } {
  const entry = englishEntry(english, id);
  if (entry === undefined) {
    return { refused: `the English file has no entry "${id}": use one of ${entryIds(english).join(', ')}` };
  }
  const hash = entryHash(entry);
  const doc = parseDocument(text);
  if (Array.isArray(english)) {
    if (!isSeq(doc.contents)) return { refused: 'is not a YAML list like its English file' };
    const node = doc.contents.items.find((item) => isMap(item) && (item as YAMLMap).get('id') === id) as
      YAMLMap | undefined;
    if (!node) return { refused: `has no entry with id "${id}" to mark: translate it first` };
    node.set('translates', quoted(hash));
  } else {
    if (!doc.has(id)) return { refused: `has no "${id}" to mark: translate it first` };
    doc.setIn(['translates', id], quoted(hash));
  }
  return { text: doc.toString({ lineWidth: 0 }) };
}
