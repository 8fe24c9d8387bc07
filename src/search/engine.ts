/**
 * The search itself, the same in the browser and in tests: parse the query,
 * fetch only the term shards it needs, match each word to index terms with
 * fuse.js (typos, prefixes), add up the precomputed weights, and build
 * snippets for the best sections.
 */
import Fuse from 'fuse.js/basic';
import type { SearchDoc, SearchMeta, SearchShard } from '../schemas/search.ts';
import { MAX_SECTIONS, shardFor, shardKey } from './shards.ts';
import { isEmergency, parseQuery, type ParsedQuery } from './query.ts';
import { highlight, makeSnippet, type Highlighted, type Range } from './snippet.ts';

/** Where the index comes from: fetch() in the browser, memory in tests. */
export interface IndexSource {
  meta: SearchMeta;
  shard(n: number): Promise<SearchShard>;
  doc(n: number): Promise<SearchDoc>;
}

/** How much a match in an article's title, tags or description counts next to one in the section itself. */
export const ARTICLE_WEIGHT = 0.7;
/** At most this many sections of one article in the results. */
export const MAX_PER_ARTICLE = 2;
/** Results scoring under this share of the best result are left out. */
export const MIN_RELATIVE_SCORE = 0.15;
/** Bitap (fuse.js) works on at most 32 characters. */
const MAX_WORD = 32;

/** An index term a query word stands for, and how sure we are (0 to 1). */
export interface Variant {
  term: string;
  quality: number;
}

/**
 * The index terms a query word matches: itself (1), longer words starting
 * with it ("stretch" -> "stretching", less for much longer words), and, only
 * when the word itself is not in the index, close spellings found by fuse.js
 * ("spazm" -> "spasm").
 */
export function matchTerms(word: string, has: (term: string) => boolean, fuse: Fuse<string>): Variant[] {
  const typed = word.slice(0, MAX_WORD);
  const exact = has(typed);
  const found = new Map<string, number>(exact ? [[typed, 1]] : []);
  for (const { item, score = 1 } of fuse.search(typed)) {
    let quality = 0;
    if (item === typed) quality = 1;
    else if (typed.length >= 2 && item.startsWith(typed)) quality = 0.9 * Math.sqrt(typed.length / item.length);
    else if (!exact && typed.length >= 3 && score <= (typed.length >= 5 ? 0.4 : 0.34)) quality = 0.8 * (1 - score);
    if (quality > (found.get(item) ?? 0)) found.set(item, quality);
  }
  return [...found]
    .map(([term, quality]) => ({ term, quality }))
    .sort((a, b) => b.quality - a.quality || a.term.localeCompare(b.term))
    .slice(0, 6);
}

/** Fuse options for matching one word against a shard's terms: prefixes score 0, typos a little more. */
export const FUSE_OPTIONS = {
  includeScore: true,
  isCaseSensitive: true,
  ignoreFieldNorm: true,
  threshold: 0.4,
  location: 0,
  distance: 4,
} as const;

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

export interface SearchResult {
  slug: string;
  anchor: string;
  title: string;
  heading: string;
  headingHighlights: Range[];
  snippet: Highlighted;
  score: number;
}

export interface SearchResponse {
  parsed: ParsedQuery;
  emergency: boolean;
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

export class SearchEngine {
  readonly meta: SearchMeta;
  #source: IndexSource;
  #shards = new Map<number, Promise<LoadedShard>>();
  #docs = new Map<number, Promise<SearchDoc>>();

  constructor(source: IndexSource) {
    this.#source = source;
    this.meta = source.meta;
  }

  parse(query: string): ParsedQuery {
    return parseQuery(query, this.meta.synonyms);
  }

  isEmergency(parsed: ParsedQuery): boolean {
    return isEmergency(parsed, this.meta.emergency);
  }

  #shard(word: string): Promise<LoadedShard> {
    const n = shardFor(shardKey(word), this.meta.shards);
    let loaded = this.#shards.get(n);
    if (!loaded) {
      loaded = this.#source.shard(n).then(({ terms }) => ({ terms, fuse: new Fuse(Object.keys(terms), FUSE_OPTIONS) }));
      loaded.catch(() => this.#shards.delete(n));
      this.#shards.set(n, loaded);
    }
    return loaded;
  }

  #doc(n: number): Promise<SearchDoc> {
    let doc = this.#docs.get(n);
    if (!doc) {
      doc = this.#source.doc(n);
      doc.catch(() => this.#docs.delete(n));
      this.#docs.set(n, doc);
    }
    return doc;
  }

  async #wordScores(word: string): Promise<WordScores> {
    const { terms, fuse } = await this.#shard(word);
    const variants = matchTerms(word, (term) => Object.hasOwn(terms, term), fuse);
    const sections = new Map<number, number>();
    const articles = new Map<number, number>();
    // Rarity is judged by the likeliest meaning of the word, so a rare near-miss
    // ("space" for "spazm") never outweighs the common word meant ("spasm").
    const [bestSections = [], bestArticles = [], trueCount] = variants[0] ? (terms[variants[0].term] ?? []) : [];
    const sectionIdf = idf(this.meta.sections, trueCount ?? bestSections.length / 3);
    const articleIdf = idf(this.meta.articles, bestArticles.length / 2);
    for (const { term, quality } of variants) {
      const [sectionPostings, articlePostings] = terms[term] ?? [[], []];
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

  /** The best sections for a parsed query, best first, and the index terms it matched. */
  async rank(parsed: ParsedQuery, limit = 10): Promise<{ hits: Hit[]; matched: Set<string> }> {
    const distinct = [...new Set(parsed.clauses.flatMap((c) => c.alternatives.flat()))];
    const scores = new Map(
      await Promise.all(distinct.map(async (word) => [word, await this.#wordScores(word)] as const)),
    );
    const matched = new Set([...scores.values()].flatMap((s) => s.variants.map((v) => v.term)));

    const candidates = new Set<number>();
    for (const { sections, articles } of scores.values()) {
      for (const key of sections.keys()) candidates.add(key);
      for (const n of articles.keys()) candidates.add(n * MAX_SECTIONS);
    }

    const commonClauses = new Set(
      parsed.clauses.filter((clause) =>
        clause.alternatives.some((alt) => alt.every((word) => scores.get(word)?.common)),
      ),
    );
    const hits: Hit[] = [];
    for (const key of candidates) {
      const article = Math.floor(key / MAX_SECTIONS);
      let total = 0;
      let matchedClauses = 0;
      for (const clause of parsed.clauses) {
        let best = 0;
        for (const alternative of clause.alternatives) {
          // Every word of an alternative must match ("back spasm" needs both words);
          // a very common word is taken to be there, as the index keeps only its best sections.
          let sum = 0;
          for (const word of alternative) {
            const s = scores.get(word);
            const value = s ? (s.sections.get(key) ?? 0) + ARTICLE_WEIGHT * (s.articles.get(article) ?? 0) : 0;
            if (value === 0 && !s?.common) {
              sum = 0;
              break;
            }
            sum += value;
          }
          best = Math.max(best, sum / alternative.length);
        }
        if (best > 0 || commonClauses.has(clause)) matchedClauses += 1;
        total += best;
      }
      const coverage = matchedClauses / parsed.clauses.length;
      hits.push({ article, section: key % MAX_SECTIONS, score: total * coverage * coverage });
    }
    hits.sort((a, b) => b.score - a.score || a.article - b.article || a.section - b.section);

    const perArticle = new Map<number, number>();
    const top = hits[0]?.score ?? 0;
    const ranked: Hit[] = [];
    for (const hit of hits) {
      if (ranked.length >= limit || hit.score < top * MIN_RELATIVE_SCORE) break;
      const count = perArticle.get(hit.article) ?? 0;
      if (count >= MAX_PER_ARTICLE) continue;
      perArticle.set(hit.article, count + 1);
      ranked.push(hit);
    }
    return { hits: ranked, matched };
  }

  /** Ranked results with titles, headings and snippets. */
  async search(query: string, limit = 10): Promise<SearchResponse> {
    const parsed = this.parse(query);
    const emergency = this.isEmergency(parsed);
    if (parsed.clauses.length === 0) return { parsed, emergency, results: [] };
    const { hits, matched } = await this.rank(parsed, limit);
    const docs = await Promise.all(hits.map((hit) => this.#doc(hit.article)));
    const results = hits.flatMap((hit, index): SearchResult[] => {
      const doc = docs[index];
      const section = doc?.sections[hit.section];
      if (!doc || !section) return [];
      return [
        {
          slug: doc.slug,
          anchor: section.anchor,
          title: doc.title,
          heading: section.heading,
          headingHighlights: highlight(section.heading, matched),
          snippet: makeSnippet(section.text, matched),
          score: hit.score,
        },
      ];
    });
    return { parsed, emergency, results };
  }
}

/** An index source over an index held in memory (tests, the benchmark). */
export function memorySource(index: {
  meta: SearchMeta;
  shards: readonly SearchShard[];
  docs: readonly SearchDoc[];
}): IndexSource {
  return {
    meta: index.meta,
    shard: async (n) => {
      const shard = index.shards[n];
      if (!shard) throw new Error(`no search shard ${n}`);
      return shard;
    },
    doc: async (n) => {
      const doc = index.docs[n];
      if (!doc) throw new Error(`no search doc ${n}`);
      return doc;
    },
  };
}
