/**
 * The search itself, the same in the browser and in tests: parse the query,
 * fetch only the term shards it needs, match each word to index terms
 * (itself, longer forms, and typos within the absolute limit of typo.ts),
 * add up the precomputed weights, group the best sections by article, and
 * build snippets.
 *
 * While the reader is still typing, prefetch() fetches what the words typed
 * so far need (their shards, and typo tables for a word the index does not
 * have) and works out their scores, so that when the pause ends only the
 * first results' docs are left to fetch. It is speculative and cancellable:
 * a newer prefetch stops the work and the fetches of words no longer typed.
 */
import type { SearchDoc, SearchMeta, SearchShard, SearchTypoShard } from '../schemas/search.ts';
import { MAX_SECTIONS, shardFor, shardsForPrefix, typoKeys } from './shards.ts';
import { isEmergency, mentionedSigns, parseQuery, type Clause, type ParsedQuery } from './query.ts';
import { highlight, makeSnippet, type Highlighted, type Range } from './snippet.ts';
import { rulesOf } from './languages/index.ts';
import type { SearchLanguage } from './text.ts';
import { shortTypos, typoOf } from './typo.ts';

/**
 * Where the index comes from: fetch() in the browser, memory in tests. A
 * signal stops a fetch no longer wanted; `later` marks one no reader waits
 * for (a small index's warm-up), which the browser may put after the others.
 */
export interface IndexSource {
  meta: SearchMeta;
  shard(n: number, signal?: AbortSignal, later?: boolean): Promise<SearchShard>;
  typos(n: number, signal?: AbortSignal): Promise<SearchTypoShard>;
  doc(n: number, signal?: AbortSignal): Promise<SearchDoc>;
}

/** How much a match in an article's title, tags or description counts next to one in the section itself. */
export const ARTICLE_WEIGHT = 0.7;
/** At most this many sections of one article in the results. */
export const MAX_PER_ARTICLE = 2;
/** Results scoring under this share of the best result are left out. */
export const MIN_RELATIVE_SCORE = 0.15;
/** Words longer than this are cut before matching: no index term is longer. */
const MAX_WORD = 32;
/** At most this many spellings from the typo table are looked up for one word. */
const MAX_TYPO_TERMS = 3;
/** At most this many longer forms of a word are looked at in one shard (the shortest count most). */
const MAX_LONGER_FORMS = 400;
/** The scores of this many words are kept between searches (each new letter typed is a new search). */
const KEPT_WORDS = 48;
/**
 * An index of at most this many term shards (about 2 KB gzip each) is small:
 * after a first search, the rest of its shards are worth fetching, one at a
 * time, so the next searches need only their results' docs (see warmUp).
 */
export const SMALL_INDEX_SHARDS = 16;

/** An index term a query word stands for, and how sure we are (0 to 1). */
export interface Variant {
  term: string;
  quality: number;
}

/** The first place in a sorted list where `word` could go. */
function lowerBound(list: readonly string[], word: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Finds the close spellings of a word in a list of terms (spellings.ts, with fuse.js). */
export type Spell = (typed: string, list: readonly string[]) => string[];

/** How much a typo of this cost counts, for a typed word of this length: one in a long word costs less. */
export const typoQuality = (cost: number, length: number) => 0.7 * (1 - cost / (length + 1));

/**
 * The index terms a query word matches among `lists` (terms in sorted
 * order): the word itself (1), longer words starting with it ("stretch" ->
 * "stretching", less for much longer words), and, only when the word is
 * neither in the index nor the start of a word that is, close spellings
 * within the typo limit ("spazm" -> "spasm"), cheaper typos first: `spell`
 * finds the candidates (fuse.js, spellings.ts), typo.ts decides. With
 * `exact`, only the word itself. Nothing else: a word with no close term
 * matches nothing and is unknown.
 */
export function matchTerms(
  word: string,
  lists: readonly (readonly string[])[],
  has: (term: string) => boolean,
  exact = false,
  spell?: Spell,
): Variant[] {
  const typed = word.slice(0, MAX_WORD);
  const isKnown = has(typed);
  if (exact) return isKnown ? [{ term: typed, quality: 1 }] : [];
  const found = new Map<string, number>(isKnown ? [[typed, 1]] : []);
  const keep = (term: string, quality: number) => {
    if (quality > (found.get(term) ?? 0)) found.set(term, quality);
  };
  for (const list of lists) {
    if (typed.length >= 2) {
      const end = Math.min(list.length, lowerBound(list, typed) + MAX_LONGER_FORMS);
      for (let i = lowerBound(list, typed); i < end && list[i]!.startsWith(typed); i++) {
        const term = list[i]!;
        if (term !== typed) keep(term, 0.9 * Math.sqrt(typed.length / term.length));
      }
    }
  }
  if (!isKnown && found.size === 0 && spell) {
    for (const list of lists) {
      // Close spellings: fuse.js finds the candidates, typo.ts's absolute limit decides.
      for (const term of spell(typed, list)) {
        const cost = typoOf(typed, term);
        if (cost !== undefined) keep(term, typoQuality(cost, typed.length));
      }
    }
  }
  return bestVariants(found);
}

/** The best six of a map from term to quality, best first. */
function bestVariants(found: ReadonlyMap<string, number>): Variant[] {
  return [...found]
    .map(([term, quality]) => ({ term, quality }))
    .sort((a, b) => b.quality - a.quality || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
    .slice(0, 6);
}

/** A term shard, with its terms in order. */
interface LoadedShard {
  terms: SearchShard['terms'];
  sorted: string[];
}

/** One ranked section: article number and section number in the index. */
export interface Hit {
  article: number;
  section: number;
  score: number;
}

/** An article in the results, with its best sections (at most MAX_PER_ARTICLE), best first. */
export interface ArticleHit {
  article: number;
  score: number;
  sections: Hit[];
}

export interface ResultSection {
  anchor: string;
  heading: string;
  headingHighlights: Range[];
  snippet: Highlighted;
  score: number;
}

/** One article in the results: its title and its best matching sections. */
export interface SearchResult {
  slug: string;
  title: string;
  score: number;
  sections: ResultSection[];
}

export interface Ranking {
  parsed: ParsedQuery;
  emergency: boolean;
  /** The emergency signs the query mentions, by id, in the order cards list them (see signsOf). */
  signs: string[];
  /** Words typed that no page uses, not even by a close spelling ("covid"): left out of the search. */
  unknown: string[];
  articles: ArticleHit[];
}

export interface SearchResponse {
  parsed: ParsedQuery;
  emergency: boolean;
  signs: string[];
  unknown: string[];
  results: SearchResult[];
}

/** What one query word (or one word of a typed phrase, matched exactly) adds to each section and article. */
interface WordScores {
  /** The sections it is in, as article * MAX_SECTIONS + section, in ascending order, and what it adds to each. */
  keys: Int32Array;
  values: Float64Array;
  /** The articles whose title, tags or description have it, in ascending order, and what it adds to each. */
  articles: Int32Array;
  articleValues: Float64Array;
  variants: Variant[];
  /** The word is so common the index keeps only its best sections: missing from the rest says nothing. */
  common: boolean;
}

const idf = (total: number, df: number) => Math.log(1 + (total - df + 0.5) / (df + 0.5));
/** Scores are kept per word and per way of matching it: "=word" is the word matched exactly. */
const exactKey = (word: string) => `=${word}`;

/** Stopped because no query wants it any more (a newer prefetch). */
export class Superseded extends Error {
  constructor() {
    super('search: superseded');
  }
}

/** Sorted numbers merged, keeping the larger value where both have a number. */
function mergeMax(
  a: Int32Array,
  av: Float64Array,
  b: Int32Array,
  bv: Float64Array,
): [keys: Int32Array, values: Float64Array] {
  if (a.length === 0) return [b, bv];
  if (b.length === 0) return [a, av];
  const keys = new Int32Array(a.length + b.length);
  const values = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x < y) {
      keys[n] = x;
      values[n++] = av[i++]!;
    } else if (y < x) {
      keys[n] = y;
      values[n++] = bv[j++]!;
    } else {
      keys[n] = x;
      values[n++] = Math.max(av[i++]!, bv[j++]!);
    }
  }
  return [keys.subarray(0, n), values.subarray(0, n)];
}

/** A file fetched once per engine, with the words it was fetched for (none: a search's own, never stopped). */
interface CachedFile<T> {
  promise: Promise<T>;
  controller: AbortController;
  settled: boolean;
  owners: Set<string> | undefined;
}

export class SearchEngine {
  readonly meta: SearchMeta;
  /** The index's language, which is also how queries are read. */
  readonly language: SearchLanguage;
  #source: IndexSource;
  #shards = new Map<number, CachedFile<LoadedShard>>();
  #typos = new Map<number, CachedFile<SearchTypoShard>>();
  #docs = new Map<number, CachedFile<SearchDoc>>();
  /** Each word's scores, worked out or under way, by key ("word" or "=word"); the newest last. */
  #scores = new Map<string, Promise<WordScores>>();
  /** The words the latest prefetch wants. */
  #wanted = new Set<string>();
  #spelling: Promise<Spell> | undefined;
  /** The words of the searches under way, with how many want each. */
  #searching = new Map<string, number>();

  constructor(source: IndexSource) {
    this.#source = source;
    this.meta = source.meta;
    this.language = source.meta.language ?? 'en';
  }

  parse(query: string): ParsedQuery {
    return parseQuery(query, this.meta.synonyms, this.language);
  }

  isEmergency(parsed: ParsedQuery): boolean {
    return isEmergency(parsed, this.meta.emergency, this.language);
  }

  /** The emergency signs a query mentions (none when the index does not name the keywords' signs). */
  signsOf(parsed: ParsedQuery): string[] {
    const signs = this.meta.emergencySigns;
    return signs ? mentionedSigns(parsed, this.meta.emergency, signs, this.language) : [];
  }

  /** The term shards a word's own matching needs: the one it falls in, and more if its longer forms run on. */
  shardsFor(word: string): number[] {
    return shardsForPrefix(word.slice(0, MAX_WORD), this.meta.shards);
  }

  /** The typo-table shards a word's typo keys fall in. */
  typoShardsFor(word: string): number[] {
    return [...new Set(typoKeys(word).map((key) => shardFor(key, this.meta.typos)))];
  }

  /** Whether anything still wants a word's scores: the latest prefetch, or a search under way. */
  #live(key: string): boolean {
    return this.#wanted.has(key) || this.#searching.has(key);
  }

  /**
   * A file, fetched once. `owner` is the word (key) it is fetched for: while
   * under way, it is stopped once neither the latest prefetch nor a search
   * running wants any of its words. Without an owner (a doc, a small index's
   * warm-up) it is never stopped.
   */
  #cached<T>(
    cache: Map<number, CachedFile<T>>,
    n: number,
    load: (n: number, signal: AbortSignal) => Promise<T>,
    owner?: string,
  ): Promise<T> {
    let file = cache.get(n);
    if (!file) {
      const controller = new AbortController();
      const promise = load(n, controller.signal);
      file = { promise, controller, settled: false, owners: owner === undefined ? undefined : new Set() };
      const entry = file;
      promise.then(
        () => (entry.settled = true),
        () => cache.get(n) === entry && cache.delete(n),
      );
      cache.set(n, file);
    }
    if (owner === undefined) file.owners = undefined;
    else file.owners?.add(owner);
    return file.promise;
  }

  /** Stops the fetches only words nobody wants any more were waiting for. */
  #sweep(): void {
    for (const cache of [this.#shards, this.#typos] as Map<number, CachedFile<unknown>>[]) {
      for (const [n, file] of cache) {
        if (file.settled || !file.owners || [...file.owners].some((owner) => this.#live(owner))) continue;
        cache.delete(n);
        file.controller.abort();
      }
    }
  }

  #shard(n: number, owner: string): Promise<LoadedShard> {
    return this.#cached(this.#shards, n, (k, signal) => this.#loadShard(k, signal), owner);
  }

  #loadShard(n: number, signal: AbortSignal, later = false): Promise<LoadedShard> {
    return this.#source.shard(n, signal, later).then(({ terms }) => ({ terms, sorted: Object.keys(terms).sort() }));
  }

  #doc(n: number): Promise<SearchDoc> {
    return this.#cached(this.#docs, n, (k, signal) => this.#source.doc(k, signal));
  }

  /**
   * Spellings one typo away from a word that its own shards cannot hold: the
   * typo table groups terms by their first letters with one left out, so
   * "psasm" finds "spasm" and "tirmeric" finds "turmeric". typo.ts ranks them
   * and makes the cut, as for a shard's own terms.
   */
  async #typoTerms(word: string, owner: string, spell: Spell): Promise<Variant[]> {
    const tables = await Promise.all(
      this.typoShardsFor(word).map((n) => this.#cached(this.#typos, n, (k, s) => this.#source.typos(k, s), owner)),
    );
    const candidates = new Set<string>();
    for (const key of typoKeys(word)) {
      for (const table of tables) {
        for (const term of (Object.hasOwn(table.words, key) ? table.words[key] : '')?.split(' ') ?? []) {
          if (term) candidates.add(term);
        }
      }
    }
    return matchTerms(word, [[...candidates].sort()], () => false, false, spell).slice(0, MAX_TYPO_TERMS);
  }

  /** Close spellings' finder (spellings.ts, with fuse.js), loaded the first time a word needs it. */
  #spell(): Promise<Spell> {
    this.#spelling ??= import('./spellings.ts').then(({ closeSpellings }) => closeSpellings);
    this.#spelling.catch(() => (this.#spelling = undefined));
    return this.#spelling;
  }

  /** Goes on only while some query still wants the word. */
  #stillWanted(key: string): void {
    if (!this.#live(key)) throw new Superseded();
  }

  /** Fetches what a word needs and works out what it adds to each section and article. */
  async #wordScores(key: string): Promise<WordScores> {
    const exact = key.startsWith('=');
    const word = (exact ? key.slice(1) : key).slice(0, MAX_WORD);
    const shards = await Promise.all(this.shardsFor(word).map((n) => this.#shard(n, key)));
    this.#stillWanted(key);
    const postingsOf = (term: string) => shards.find((s) => Object.hasOwn(s.terms, term))?.terms[term];
    const lists = shards.map((s) => s.sorted);
    const has = (term: string) => postingsOf(term) !== undefined;
    let variants = matchTerms(word, lists, has, exact);
    // Neither the word nor the start of one, and long enough for a typo: its close spellings.
    const spell = !exact && variants.length === 0 && word.length > 3 ? await this.#spell() : undefined;
    if (spell) {
      this.#stillWanted(key);
      variants = matchTerms(word, lists, has, exact, spell);
    }
    // Neither the word nor a longer form of it: look for typos anywhere in it.
    if (!exact && !variants.some((v) => v.term.startsWith(word))) {
      // A word of 2 or 3 letters only against the commonest short words and the synonyms' words
      // (the commoner first, where two cost the same).
      const typos =
        word.length <= 3
          ? shortTypos(word, this.#shortTerms(), rulesOf(this.language).stopWords).map(({ term, cost }, i) => ({
              term,
              quality: typoQuality(cost, word.length) * (1 - i / 100),
            }))
          : await this.#typoTerms(word, key, spell ?? (await this.#spell()));
      this.#stillWanted(key);
      const extra = await Promise.all(typos.map(({ term }) => this.#shard(shardFor(term, this.meta.shards), key)));
      this.#stillWanted(key);
      shards.push(...extra.filter((shard) => !shards.includes(shard)));
      const best = new Map(variants.map((v) => [v.term, v.quality]));
      for (const { term, quality } of typos) {
        if (postingsOf(term)) best.set(term, Math.max(best.get(term) ?? 0, quality));
      }
      variants = bestVariants(best);
    }
    // Rarity is judged by the likeliest meaning of the word, so a rare near-miss
    // ("space" for "spazm") never outweighs the common word meant ("spasm").
    const [bestSections = [], bestArticles = [], trueCount, trueArticles] = variants[0]
      ? (postingsOf(variants[0].term) ?? [])
      : [];
    const sectionIdf = idf(this.meta.sections, trueCount ?? bestSections.length / 3);
    const articleIdf = idf(this.meta.articles, trueArticles ?? bestArticles.length / 2);
    let keys: Int32Array = new Int32Array(0);
    let values: Float64Array = new Float64Array(0);
    let articles: Int32Array = new Int32Array(0);
    let articleValues: Float64Array = new Float64Array(0);
    for (const { term, quality } of variants) {
      const [sectionPostings = [], articlePostings = []] = postingsOf(term) ?? [];
      const termKeys = new Int32Array(sectionPostings.length / 3);
      const termValues = new Float64Array(termKeys.length);
      for (let i = 0, k = 0, n = 0; i < sectionPostings.length; i += 3, k++) {
        n += sectionPostings[i]!;
        termKeys[k] = n * MAX_SECTIONS + sectionPostings[i + 1]!;
        termValues[k] = (quality * sectionIdf * sectionPostings[i + 2]!) / 100;
      }
      [keys, values] = mergeMax(keys, values, termKeys, termValues);
      const termArticles = new Int32Array(articlePostings.length / 2);
      const termArticleValues = new Float64Array(termArticles.length);
      for (let i = 0, k = 0, n = 0; i < articlePostings.length; i += 2, k++) {
        n += articlePostings[i]!;
        termArticles[k] = n;
        termArticleValues[k] = (quality * articleIdf * articlePostings[i + 1]!) / 100;
      }
      [articles, articleValues] = mergeMax(articles, articleValues, termArticles, termArticleValues);
    }
    const common = trueCount !== undefined && trueCount > bestSections.length / 3;
    return { keys, values, articles, articleValues, variants, common };
  }

  /** The index's commonest short words and the short words of the synonyms' meanings: what a short typo may be. */
  #shortTerms(): string[] {
    const words = this.meta.synonyms.flatMap((synonym) => synonym.means);
    return [...new Set([...(this.meta.shortTerms ?? []), ...words])];
  }

  /** A word's scores: worked out once, kept for the next searches (the newest KEPT_WORDS words). */
  #scoresOf(key: string): Promise<WordScores> {
    let scores = this.#scores.get(key);
    if (scores) {
      this.#scores.delete(key);
    } else {
      scores = this.#wordScores(key);
      const made = scores;
      made.catch(() => this.#scores.get(key) === made && this.#scores.delete(key));
    }
    this.#scores.set(key, scores);
    for (const old of this.#scores.keys()) {
      if (this.#scores.size <= KEPT_WORDS) break;
      if (!this.#live(old)) this.#scores.delete(old);
    }
    return scores;
  }

  /**
   * On a small index (SMALL_INDEX_SHARDS), fetches the term shards no search
   * has fetched yet, at a low priority, so later searches need no shard.
   * A larger index is left alone: each query fetches its own.
   */
  async warmUp(): Promise<void> {
    if (this.meta.shards.length > SMALL_INDEX_SHARDS) return;
    const missing = this.meta.shards.map((_, n) => n).filter((n) => !this.#shards.has(n));
    await Promise.all(
      missing.map((n) => this.#cached(this.#shards, n, (k, signal) => this.#loadShard(k, signal, true))),
    );
  }

  /** The words a query searches for, as keys: each alternative's words, and a typed phrase's words matched exactly. */
  #keysOf(parsed: ParsedQuery): Map<string, void> {
    const keys = new Map<string, void>();
    for (const clause of parsed.clauses) {
      for (const word of clause.alternatives.flat()) keys.set(word);
      for (const word of clause.phrase ?? []) keys.set(exactKey(word));
    }
    return keys;
  }

  /**
   * What the reader has typed so far: fetches what its words need, and works
   * out their scores, ahead of the search. A word still being typed (no space
   * after it yet) waits until it has 3 letters, as a shorter start can need
   * many shards. Fetches only words no longer typed wanted are stopped.
   * Says whether the text mentions an emergency sign, so a page can get the
   * emergency cards ready before the search runs.
   */
  async prefetch(query: string): Promise<{ emergency: boolean }> {
    const parsed = this.parse(query);
    const keys = this.#keysOf(parsed);
    const last = parsed.words.at(-1);
    if (last !== undefined && last.length < 3 && !/[\s\p{P}]$/u.test(query)) {
      keys.delete(last);
      keys.delete(exactKey(last));
    }
    this.#wanted = new Set(keys.keys());
    this.#sweep();
    const emergency = this.isEmergency(parsed);
    await Promise.all([...keys.keys()].map((key) => this.#scoresOf(key).catch(() => undefined)));
    return { emergency };
  }

  /** The words' scores for a search, which no prefetch can stop. */
  async #searchScores(keys: readonly string[]): Promise<Map<string, WordScores>> {
    for (const key of keys) this.#searching.set(key, (this.#searching.get(key) ?? 0) + 1);
    try {
      const scoreOf = async (key: string): Promise<WordScores> => {
        try {
          return await this.#scoresOf(key);
        } catch (error) {
          // Stopped by a prefetch just before this search wanted it: work it out again.
          if (error instanceof Superseded || (error instanceof Error && error.name === 'AbortError'))
            return this.#scoresOf(key);
          throw error;
        }
      };
      return new Map(await Promise.all(keys.map(async (key) => [key, await scoreOf(key)] as const)));
    } finally {
      for (const key of keys) {
        const left = (this.#searching.get(key) ?? 1) - 1;
        if (left > 0) this.#searching.set(key, left);
        else this.#searching.delete(key);
      }
      this.#sweep();
    }
  }

  /**
   * The best articles for a query, best first, each with its best sections;
   * words no page uses are reported and left out, and the rest still search.
   */
  async rank(query: string | ParsedQuery, limit = 10): Promise<Ranking & { matched: Set<string> }> {
    const parsed = typeof query === 'string' ? this.parse(query) : query;
    const emergency = this.isEmergency(parsed);
    const signs = emergency ? this.signsOf(parsed) : [];
    const scores = await this.#searchScores([...this.#keysOf(parsed).keys()]);
    const known = (s: WordScores | undefined) => s !== undefined && (s.variants.length > 0 || s.common);
    // Each clause's ways of matching: its alternatives, and its typed phrase matched exactly.
    const ways = (clause: Clause) => [...clause.alternatives, ...(clause.phrase ? [clause.phrase.map(exactKey)] : [])];
    const clauses = parsed.clauses.filter((clause) =>
      ways(clause).some((alt) => alt.every((key) => known(scores.get(key)))),
    );
    const unknown = [
      ...new Set(
        parsed.clauses
          .filter((clause) => !clauses.includes(clause))
          .flatMap((clause) => (clause.alternatives[0] ?? []).filter((w) => !known(scores.get(w)))),
      ),
    ];
    const matched = new Set([...scores.values()].flatMap((s) => s.variants.map((v) => v.term)));
    const articles = clauses.length > 0 ? this.#best(clauses, ways, scores, limit) : [];
    return { parsed, emergency, signs, unknown, articles, matched };
  }

  /**
   * Scores every section any word is in, in one pass that walks the words'
   * sorted arrays side by side (no maps, nothing allocated per section), and
   * keeps the best `limit` articles with their best sections. A section
   * scores the sum over clauses of its best way of matching each, times the
   * square of the share of clauses it matches.
   */
  #best(
    clauses: readonly Clause[],
    ways: (clause: Clause) => string[][],
    scores: ReadonlyMap<string, WordScores>,
    limit: number,
  ): ArticleHit[] {
    const used = [...new Set(scores.values())];
    const words = used.length;
    const numberOf = new Map(used.map((s, w) => [s, w]));
    // Each clause's ways of matching as lists of word numbers (-1: a word with no scores).
    const compiled = clauses.map((clause) => {
      const options = ways(clause).map((alt) =>
        Int32Array.from(alt, (key) => {
          const s = scores.get(key);
          return s ? numberOf.get(s)! : -1;
        }),
      );
      return { options, common: options.some((alt) => alt.every((w) => w >= 0 && used[w]!.common)) };
    });
    const common = Uint8Array.from(used, (s) => (s.common ? 1 : 0));
    const value = new Float64Array(words);
    // Per word: the next section, the next article to start a candidate, the article to look up.
    const nextSection = new Int32Array(words);
    const nextStart = new Int32Array(words);
    const nextArticle = new Int32Array(words);

    const kept: ArticleHit[] = [];
    let top = 0;
    let article = -1;
    let first = -1;
    let firstScore = 0;
    let second = -1;
    let secondScore = 0;
    // An article's best two sections, once all its sections are scored.
    const close = () => {
      if (first < 0) return;
      if (kept.length === limit && firstScore <= kept[limit - 1]!.score) return;
      const sections: Hit[] = [{ article, section: first, score: firstScore }];
      if (second >= 0 && MAX_PER_ARTICLE > 1) sections.push({ article, section: second, score: secondScore });
      let place = kept.length;
      while (place > 0 && kept[place - 1]!.score < firstScore) place--;
      kept.splice(place, 0, { article, score: firstScore, sections });
      if (kept.length > limit) kept.pop();
    };
    for (;;) {
      // The next candidate: the smallest section key, or first section of an article, of any word.
      let key = Infinity;
      for (let w = 0; w < words; w++) {
        const s = used[w]!;
        if (nextSection[w]! < s.keys.length && s.keys[nextSection[w]!]! < key) key = s.keys[nextSection[w]!]!;
        if (nextStart[w]! < s.articles.length && s.articles[nextStart[w]!]! * MAX_SECTIONS < key)
          key = s.articles[nextStart[w]!]! * MAX_SECTIONS;
      }
      if (key === Infinity) break;
      const at = (key / MAX_SECTIONS) | 0;
      const section = key - at * MAX_SECTIONS;
      // What each word adds to it: its section's value plus its article's, weighted.
      for (let w = 0; w < words; w++) {
        const s = used[w]!;
        let own = 0;
        if (nextSection[w]! < s.keys.length && s.keys[nextSection[w]!] === key) own = s.values[nextSection[w]!++]!;
        if (nextStart[w]! < s.articles.length && s.articles[nextStart[w]!]! * MAX_SECTIONS === key) nextStart[w]!++;
        while (nextArticle[w]! < s.articles.length && s.articles[nextArticle[w]!]! < at) nextArticle[w]!++;
        const whole =
          nextArticle[w]! < s.articles.length && s.articles[nextArticle[w]!] === at
            ? s.articleValues[nextArticle[w]!]!
            : 0;
        value[w] = own + ARTICLE_WEIGHT * whole;
      }
      let total = 0;
      let matched = 0;
      for (const clause of compiled) {
        let best = 0;
        for (const alternative of clause.options) {
          // Every word of an alternative must match ("back spasm" needs both words);
          // a very common word is taken to be there, as the index keeps only its best sections.
          let sum = 0;
          for (let k = 0; k < alternative.length; k++) {
            const w = alternative[k]!;
            const v = w >= 0 ? value[w]! : 0;
            if (v === 0 && !(w >= 0 && common[w])) {
              sum = 0;
              break;
            }
            sum += v;
          }
          if (sum > 0) best = Math.max(best, sum / alternative.length);
        }
        if (best > 0 || clause.common) matched += 1;
        total += best;
      }
      const coverage = matched / compiled.length;
      const score = total * coverage * coverage;
      if (at !== article) {
        close();
        article = at;
        first = second = -1;
      }
      if (score <= 0) continue;
      if (score > top) top = score;
      // Ties go to the earlier section; the articles' ties to the earlier article.
      if (first < 0 || score > firstScore) {
        second = first;
        secondScore = firstScore;
        first = section;
        firstScore = score;
      } else if (second < 0 || score > secondScore) {
        second = section;
        secondScore = score;
      }
    }
    close();
    // Results scoring under a share of the best are left out, sections and articles alike.
    const floor = top * MIN_RELATIVE_SCORE;
    return kept
      .filter((hit) => hit.score >= floor)
      .map((hit) => ({ ...hit, sections: hit.sections.filter((section) => section.score >= floor) }));
  }

  /**
   * Ranks a query and returns one promise per result, in rank order, each
   * resolving as soon as its own article's doc has arrived: a page can show
   * the first result without waiting for the others, which are fetched only
   * once the first has arrived and `rest` has resolved (a page can wait for
   * the first to be drawn). Without `snippets`, a result's sections carry
   * their headings only (the header's list).
   */
  async find(
    query: string,
    limit = 10,
    { snippets = true, rest }: { snippets?: boolean; rest?: () => Promise<void> } = {},
  ): Promise<Ranking & { results: Promise<SearchResult | undefined>[] }> {
    const { matched, ...ranking } = await this.rank(query, limit);
    // The first result's doc is fetched alone, so nothing competes with it; the others follow.
    const first = ranking.articles[0] ? this.#doc(ranking.articles[0].article) : undefined;
    const others = first?.catch(() => undefined).then(() => rest?.());
    const results = ranking.articles.map(async (hit, place): Promise<SearchResult | undefined> => {
      if (place > 0) await others;
      const doc = await (place === 0 && first ? first : this.#doc(hit.article));
      const sections = hit.sections.flatMap((section): ResultSection[] => {
        const found = doc.sections[section.section];
        if (!found) return [];
        return [
          {
            anchor: found.anchor,
            heading: found.heading,
            headingHighlights: highlight(found.heading, matched, this.language),
            snippet: snippets
              ? makeSnippet(found.text, matched, undefined, this.language)
              : { text: '', highlights: [] },
            score: section.score,
          },
        ];
      });
      return sections.length > 0 ? { slug: doc.slug, title: doc.title, score: hit.score, sections } : undefined;
    });
    return { ...ranking, results };
  }

  /** Ranked results with titles, headings and snippets, once every result's doc has arrived. */
  async search(query: string, limit = 10): Promise<SearchResponse> {
    const { parsed, emergency, signs, unknown, results } = await this.find(query, limit);
    const done = await Promise.all(results);
    return { parsed, emergency, signs, unknown, results: done.filter((r) => r !== undefined) };
  }
}

/** The results' sections in the order a page shows them: each article's sections under it. */
export function shownSections(results: readonly SearchResult[]): (ResultSection & { slug: string })[] {
  return results.flatMap((result) => result.sections.map((section) => ({ ...section, slug: result.slug })));
}

/** An index source over an index held in memory (tests, the benchmark). */
export function memorySource(index: {
  meta: SearchMeta;
  shards: readonly SearchShard[];
  typos: readonly SearchTypoShard[];
  docs: readonly SearchDoc[];
}): IndexSource {
  const get =
    <T>(list: readonly T[], kind: string) =>
    async (n: number) => {
      const item = list[n];
      if (item === undefined) throw new Error(`no search ${kind} ${n}`);
      return item;
    };
  return {
    meta: index.meta,
    shard: get(index.shards, 'shard'),
    typos: get(index.typos, 'typo shard'),
    doc: get(index.docs, 'doc'),
  };
}
