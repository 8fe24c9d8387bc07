/**
 * The search itself, the same in the browser and in tests: parse the query,
 * fetch only the term shards it needs, match each word to index terms with
 * fuse.js (exact, longer forms, typos; typo.ts sets an absolute limit), add up the
 * precomputed weights, group the best sections by article, and build
 * snippets.
 */
import Fuse from 'fuse.js/basic';
import type { SearchDoc, SearchMeta, SearchShard, SearchTypoShard } from '../schemas/search.ts';
import { MAX_SECTIONS, shardFor, shardsForPrefix, typoKeys } from './shards.ts';
import { isEmergency, mentionedSigns, parseQuery, type Clause, type ParsedQuery } from './query.ts';
import { highlight, makeSnippet, type Highlighted, type Range } from './snippet.ts';
import type { SearchLanguage } from './text.ts';
import { typoOf } from './typo.ts';

/** Where the index comes from: fetch() in the browser, memory in tests. */
export interface IndexSource {
  meta: SearchMeta;
  shard(n: number): Promise<SearchShard>;
  typos(n: number): Promise<SearchTypoShard>;
  doc(n: number): Promise<SearchDoc>;
}

/** How much a match in an article's title, tags or description counts next to one in the section itself. */
export const ARTICLE_WEIGHT = 0.7;
/** At most this many sections of one article in the results. */
export const MAX_PER_ARTICLE = 2;
/** Results scoring under this share of the best result are left out. */
export const MIN_RELATIVE_SCORE = 0.15;
/** Words longer than this are cut before matching: Bitap (fuse.js) works on at most 32 characters, and no index term is longer. */
const MAX_WORD = 32;
/** At most this many spellings from the typo table are looked up for one word. */
const MAX_TYPO_TERMS = 3;

/** An index term a query word stands for, and how sure we are (0 to 1). */
export interface Variant {
  term: string;
  quality: number;
}

/**
 * Fuse options for matching one word against a list of terms: Bitap anywhere
 * in a term, so a score is simply errors per typed letter (a longer form
 * scores 0). The threshold lets through every typo that typo.ts accepts (a
 * unit of typo cost is at most 2 Bitap errors, and the limit is at most one
 * unit per 4 letters); typo.ts then makes the final cut.
 */
export const FUSE_OPTIONS = {
  includeScore: true,
  isCaseSensitive: true,
  ignoreFieldNorm: true,
  ignoreLocation: true,
  threshold: 0.5,
} as const;

/**
 * The index terms a query word matches, from what fuse.js finds in `fuses`:
 * the word itself (1), longer words starting with it ("stretch" ->
 * "stretching", less for much longer words), and, only when the word itself
 * is not in the index, close spellings within the typo limit ("spazm" ->
 * "spasm"), ranked by fuse's score. With `exact`, only the word itself.
 * Nothing else: a word with no close term matches nothing and is unknown.
 */
export function matchTerms(
  word: string,
  fuses: readonly Fuse<string>[],
  has: (term: string) => boolean,
  exact = false,
): Variant[] {
  const typed = word.slice(0, MAX_WORD);
  const isKnown = has(typed);
  if (exact) return isKnown ? [{ term: typed, quality: 1 }] : [];
  const found = new Map<string, number>(isKnown ? [[typed, 1]] : []);
  for (const { item, score = 1 } of fuses.flatMap((fuse) => fuse.search(typed))) {
    let quality = 0;
    if (item === typed) continue;
    if (typed.length >= 2 && item.startsWith(typed)) quality = 0.9 * Math.sqrt(typed.length / item.length);
    else if (!isKnown && typoOf(typed, item) !== undefined) quality = 0.7 * (1 - score);
    if (quality > (found.get(item) ?? 0)) found.set(item, quality);
  }
  return bestVariants(found);
}

/** The best six of a map from term to quality, best first. */
function bestVariants(found: ReadonlyMap<string, number>): Variant[] {
  return [...found]
    .map(([term, quality]) => ({ term, quality }))
    .sort((a, b) => b.quality - a.quality || a.term.localeCompare(b.term))
    .slice(0, 6);
}

/** A term shard, with fuse.js over its terms. */
interface LoadedShard {
  terms: SearchShard['terms'];
  fuse: Fuse<string>;
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

interface WordScores {
  sections: Map<number, number>;
  articles: Map<number, number>;
  variants: Variant[];
  /** The word is so common the index keeps only its best sections: missing from the rest says nothing. */
  common: boolean;
}

const idf = (total: number, df: number) => Math.log(1 + (total - df + 0.5) / (df + 0.5));
/** Scores are kept per word and per way of matching it: "=word" is the word matched exactly. */
const exactKey = (word: string) => `=${word}`;

export class SearchEngine {
  readonly meta: SearchMeta;
  /** The index's language, which is also how queries are read. */
  readonly language: SearchLanguage;
  #source: IndexSource;
  #shards = new Map<number, Promise<LoadedShard>>();
  #typos = new Map<number, Promise<SearchTypoShard>>();
  #docs = new Map<number, Promise<SearchDoc>>();

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

  #cached<T>(cache: Map<number, Promise<T>>, n: number, load: (n: number) => Promise<T>): Promise<T> {
    let loaded = cache.get(n);
    if (!loaded) {
      loaded = load(n);
      loaded.catch(() => cache.delete(n));
      cache.set(n, loaded);
    }
    return loaded;
  }

  #shard(n: number): Promise<LoadedShard> {
    return this.#cached(this.#shards, n, (k) =>
      this.#source.shard(k).then(({ terms }) => ({ terms, fuse: new Fuse(Object.keys(terms), FUSE_OPTIONS) })),
    );
  }

  /**
   * Spellings one typo away from a word that its own shards cannot hold: the
   * typo table groups terms by their first letters with one left out, so
   * "psasm" finds "spasm" and "tirmeric" finds "turmeric". fuse.js ranks
   * these candidates and typo.ts cuts them off, as for a shard's own terms.
   */
  async #typoTerms(word: string): Promise<Variant[]> {
    const tables = await Promise.all(
      this.typoShardsFor(word).map((n) => this.#cached(this.#typos, n, (k) => this.#source.typos(k))),
    );
    const candidates = new Set<string>();
    for (const key of typoKeys(word)) {
      for (const table of tables) {
        for (const term of (Object.hasOwn(table.words, key) ? table.words[key] : '')?.split(' ') ?? []) {
          if (term) candidates.add(term);
        }
      }
    }
    return matchTerms(word, [new Fuse([...candidates], FUSE_OPTIONS)], () => false).slice(0, MAX_TYPO_TERMS);
  }

  #doc(n: number): Promise<SearchDoc> {
    return this.#cached(this.#docs, n, (k) => this.#source.doc(k));
  }

  async #wordScores(word: string, exact: boolean): Promise<WordScores> {
    const shards = await Promise.all(this.shardsFor(word).map((n) => this.#shard(n)));
    const postingsOf = (term: string) => shards.find((s) => Object.hasOwn(s.terms, term))?.terms[term];
    let variants = matchTerms(
      word,
      shards.map((s) => s.fuse),
      (term) => postingsOf(term) !== undefined,
      exact,
    );
    // Neither the word nor a longer form of it: look for typos anywhere in it.
    if (!exact && !variants.some((v) => v.term.startsWith(word))) {
      const typos = await this.#typoTerms(word.slice(0, MAX_WORD));
      const extra = await Promise.all(typos.map(({ term }) => this.#shard(shardFor(term, this.meta.shards))));
      shards.push(...extra.filter((shard) => !shards.includes(shard)));
      const best = new Map(variants.map((v) => [v.term, v.quality]));
      for (const { term, quality } of typos) {
        if (postingsOf(term)) best.set(term, Math.max(best.get(term) ?? 0, quality));
      }
      variants = bestVariants(best);
    }
    const sections = new Map<number, number>();
    const articles = new Map<number, number>();
    // Rarity is judged by the likeliest meaning of the word, so a rare near-miss
    // ("space" for "spazm") never outweighs the common word meant ("spasm").
    const [bestSections = [], bestArticles = [], trueCount] = variants[0] ? (postingsOf(variants[0].term) ?? []) : [];
    const sectionIdf = idf(this.meta.sections, trueCount ?? bestSections.length / 3);
    const articleIdf = idf(this.meta.articles, bestArticles.length / 2);
    for (const { term, quality } of variants) {
      const [sectionPostings, articlePostings] = postingsOf(term) ?? [[], []];
      for (let i = 0, n = 0; i < sectionPostings.length; i += 3) {
        n += sectionPostings[i] ?? 0;
        const key = n * MAX_SECTIONS + (sectionPostings[i + 1] ?? 0);
        const value = (quality * sectionIdf * (sectionPostings[i + 2] ?? 0)) / 100;
        if (value > (sections.get(key) ?? 0)) sections.set(key, value);
      }
      for (let i = 0, n = 0; i < articlePostings.length; i += 2) {
        n += articlePostings[i] ?? 0;
        const value = (quality * articleIdf * (articlePostings[i + 1] ?? 0)) / 100;
        if (value > (articles.get(n) ?? 0)) articles.set(n, value);
      }
    }
    return { sections, articles, variants, common: trueCount !== undefined };
  }

  /**
   * The best articles for a query, best first, each with its best sections;
   * words no page uses are reported and left out, and the rest still search.
   */
  async rank(query: string | ParsedQuery, limit = 10): Promise<Ranking & { matched: Set<string> }> {
    const parsed = typeof query === 'string' ? this.parse(query) : query;
    const emergency = this.isEmergency(parsed);
    const signs = emergency ? this.signsOf(parsed) : [];
    const wanted = new Map<string, [string, boolean]>();
    for (const clause of parsed.clauses) {
      for (const word of clause.alternatives.flat()) wanted.set(word, [word, false]);
      for (const word of clause.phrase ?? []) wanted.set(exactKey(word), [word, true]);
    }
    const scores = new Map(
      await Promise.all(
        [...wanted].map(async ([key, [word, exact]]) => [key, await this.#wordScores(word, exact)] as const),
      ),
    );
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

    const candidates = new Set<number>();
    for (const { sections, articles } of scores.values()) {
      for (const key of sections.keys()) candidates.add(key);
      for (const n of articles.keys()) candidates.add(n * MAX_SECTIONS);
    }

    // Each clause as lists of the word scores of its ways of matching, looked up once.
    const resolved = clauses.map((clause) => {
      const options = ways(clause).map((alt) => alt.map((key) => scores.get(key)));
      return { options, common: options.some((alt) => alt.every((s) => s?.common)) };
    });
    const hits: Hit[] = [];
    for (const key of clauses.length > 0 ? candidates : []) {
      const article = Math.floor(key / MAX_SECTIONS);
      let total = 0;
      let matchedClauses = 0;
      for (const { options, common } of resolved) {
        let best = 0;
        for (const alternative of options) {
          // Every word of an alternative must match ("back spasm" needs both words);
          // a very common word is taken to be there, as the index keeps only its best sections.
          let sum = 0;
          for (const s of alternative) {
            const value = s ? (s.sections.get(key) ?? 0) + ARTICLE_WEIGHT * (s.articles.get(article) ?? 0) : 0;
            if (value === 0 && !s?.common) {
              sum = 0;
              break;
            }
            sum += value;
          }
          if (sum > 0) best = Math.max(best, sum / alternative.length);
        }
        if (best > 0 || common) matchedClauses += 1;
        total += best;
      }
      const coverage = matchedClauses / clauses.length;
      if (total > 0) hits.push({ article, section: key % MAX_SECTIONS, score: total * coverage * coverage });
    }
    hits.sort((a, b) => b.score - a.score || a.article - b.article || a.section - b.section);

    // Group sections under their article, in the order of each article's best section.
    const top = hits[0]?.score ?? 0;
    const byArticle = new Map<number, ArticleHit>();
    for (const hit of hits) {
      if (hit.score < top * MIN_RELATIVE_SCORE) break;
      const group = byArticle.get(hit.article);
      if (group) {
        if (group.sections.length < MAX_PER_ARTICLE) group.sections.push(hit);
      } else if (byArticle.size < limit) {
        byArticle.set(hit.article, { article: hit.article, score: hit.score, sections: [hit] });
      }
    }
    return { parsed, emergency, signs, unknown, articles: [...byArticle.values()], matched };
  }

  /**
   * Ranks a query and returns one promise per result, in rank order, each
   * resolving as soon as its own article's doc has arrived: a page can show
   * the first result without waiting for the others.
   */
  async find(query: string, limit = 10): Promise<Ranking & { results: Promise<SearchResult | undefined>[] }> {
    const { matched, ...ranking } = await this.rank(query, limit);
    // The first result's doc is fetched alone, so nothing competes with it; the others follow.
    const first = ranking.articles[0] ? this.#doc(ranking.articles[0].article) : undefined;
    const results = ranking.articles.map(async (hit, place): Promise<SearchResult | undefined> => {
      if (place > 0) await first?.catch(() => undefined);
      const doc = await (place === 0 && first ? first : this.#doc(hit.article));
      const sections = hit.sections.flatMap((section): ResultSection[] => {
        const found = doc.sections[section.section];
        if (!found) return [];
        return [
          {
            anchor: found.anchor,
            heading: found.heading,
            headingHighlights: highlight(found.heading, matched, this.language),
            snippet: makeSnippet(found.text, matched, undefined, this.language),
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
