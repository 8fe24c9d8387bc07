/**
 * What the search says in the browser (counts, status, errors, the unknown
 * words), in the page's language. The texts live in the dictionaries
 * (src/i18n, section `search.client`); a page passes them to its search
 * element as JSON in data-words, and the element hands them to these pure
 * functions. {gaps} are filled in here.
 */
export interface SearchWords {
  /** The live status when nothing matched. */
  noResults: string;
  oneResult: string;
  /** {n}: the number of results, 2 or more. */
  manyResults: string;
  /** {found}: the count above; {where}: `above` on the search page, nothing in the header. */
  emergencyStatus: string;
  /** Where the emergency card is on the search page, as {where} (with its leading space). */
  emergencyAbove: string;
  /** {words}: the one word no page uses, quoted. */
  unknownOne: string;
  /** {words}: the words no page uses, quoted, as a list ending with `or`. */
  unknownMany: string;
  /** The last joint of a list of words: "a, b or c". */
  or: string;
  /** Quotes around each unknown word. */
  openQuote: string;
  closeQuote: string;
  /** The header list's last option, to the search page. */
  seeAll: string;
  /** The name of the header's list of results. */
  listLabel: string;
  /** When the header's search fails. */
  headerError: string;
  /** When the search page's search fails. */
  pageError: string;
  /** Swapped for the search page's no-JavaScript note once the script runs. */
  pageHint: string;
}

/** A text with its {gaps} filled in; a gap with no value is left as it is. */
export function fill(text: string, gaps: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (gap, name: string) => (Object.hasOwn(gaps, name) ? String(gaps[name]) : gap));
}

/** Every text of SearchWords: the search page's element needs them all. */
export const SEARCH_WORD_KEYS = [
  'noResults',
  'oneResult',
  'manyResults',
  'emergencyStatus',
  'emergencyAbove',
  'unknownOne',
  'unknownMany',
  'or',
  'openQuote',
  'closeQuote',
  'seeAll',
  'listLabel',
  'headerError',
  'pageError',
  'pageHint',
] as const satisfies readonly (keyof SearchWords)[];

/** The texts the header's box uses: only these go in every page's header, to keep pages light. */
export const HEADER_WORD_KEYS = [
  'noResults',
  'oneResult',
  'manyResults',
  'emergencyStatus',
  'unknownOne',
  'unknownMany',
  'or',
  'openQuote',
  'closeQuote',
  'seeAll',
  'listLabel',
  'headerError',
] as const satisfies readonly (keyof SearchWords)[];
export type HeaderWords = Pick<SearchWords, (typeof HEADER_WORD_KEYS)[number]>;

/**
 * Of those, the texts every page's header carries itself (data-words): the
 * list's name, and what to say if the search cannot load. The others come on
 * first use from search-words.json in the page's language folder (/ or /es/),
 * with the search code: most pages never search, and the 14 KB budget of an
 * article's HTML has no room for them.
 */
export const HEADER_PAGE_WORD_KEYS = ['listLabel', 'headerError'] as const satisfies readonly (keyof HeaderWords)[];

/** The address of a language's search-words.json, from the language's root ("/", "/es/", "/guide/es/"). */
export function searchWordsFile(root: string): string {
  return `${root.endsWith('/') ? root : `${root}/`}search-words.json`;
}

/** The given texts of a dictionary's words. */
export function pickWords<K extends keyof SearchWords>(words: SearchWords, keys: readonly K[]): Pick<SearchWords, K> {
  return Object.fromEntries(keys.map((key) => [key, words[key]])) as Pick<SearchWords, K>;
}

/**
 * The data-words attribute of a search element: the texts named by `keys`, as
 * a JSON list in that order (no key names: every page's header carries it, so
 * it is kept short).
 */
export function wordsAttribute(words: SearchWords, keys: readonly (keyof SearchWords)[]): string {
  return JSON.stringify(keys.map((key) => words[key]));
}

/** The words from a data-words attribute (see wordsAttribute), checked: one text for every key. */
export function parseWords<K extends keyof SearchWords>(
  json: string | undefined,
  keys: readonly K[],
): Pick<SearchWords, K> {
  const parsed: unknown = JSON.parse(json ?? 'null');
  if (!Array.isArray(parsed) || parsed.length !== keys.length || parsed.some((text) => typeof text !== 'string'))
    throw new Error(`search: data-words must list ${keys.length} texts: ${keys.join(', ')}`);
  return Object.fromEntries(keys.map((key, i) => [key, parsed[i] as string])) as Pick<SearchWords, K>;
}
