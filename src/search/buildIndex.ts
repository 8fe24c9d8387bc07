/**
 * Builds the search index from records: an inverted index split into small
 * term shards (a browser fetches only the shards of the words it searches
 * for), one small file per article with what results show, and a meta file.
 *
 * Each posting carries a precomputed BM25F weight (1 to 100) for its term in
 * a section (heading, text, care-card keywords) or an article (title, tags,
 * description), so ranking in the browser is a few lookups and sums.
 */
import type { SearchDoc, SearchMeta, SearchRecord, SearchShard, SearchTypoShard } from '../schemas/search.ts';
import { compileSignKeywords, compileSynonyms, type SynonymSource } from './query.ts';
import { MAX_SECTIONS, shardStart, typoKeys } from './shards.ts';
import { terms, type SearchLanguage } from './text.ts';

/**
 * A term shard is closed once its JSON passes this size, where the next term
 * starts with other first 3 letters; past SHARD_MAX_BYTES it is closed at
 * the next term whatever its letters, so no prefix makes a heavy shard.
 * Small shards bring few other words' postings with a query's words (about
 * 2 KB gzip each); more of them only lengthen meta.json's list of starts.
 */
export const SHARD_TARGET_BYTES = 6_000;
export const SHARD_MAX_BYTES = 14_000;
/** A typo-table shard is closed once its JSON passes this size: a word's 4 or 5 typo keys often fall in as many. */
export const TYPO_SHARD_BYTES = 3_000;
/**
 * A term in more sections than this keeps only its best-weighted postings,
 * plus its true count. Such a word ("back" on a back-pain site) is nearly
 * everywhere, says little, and would otherwise make shards and queries slow.
 */
export const MAX_POSTINGS = 2_000;
/**
 * The same for articles: a term in the title, tags or description of more
 * articles than this keeps only its best-weighted ones, plus its true count.
 * Unlimited, "back" alone would be 10 KB of every query at 10,000 articles.
 */
export const MAX_ARTICLE_POSTINGS = 1_000;
/** The short typo rule (typo.ts, shortTypos) looks among the short words of this many commonest terms. */
export const COMMON_TERMS = 500;
/** ...of this many letters: a typed word of 2 or 3 letters, one letter more or less. */
export const SHORT_TERM_LENGTH = { min: 2, max: 4 };

interface Field {
  weight: number;
  /** How much a long field is held back (BM25 b). */
  b: number;
}
/** Section fields and article fields, with their BM25F weights. */
export const SECTION_FIELDS = {
  heading: { weight: 3, b: 0.5 },
  text: { weight: 1, b: 0.75 },
  keywords: { weight: 0.5, b: 0 },
} satisfies Record<string, Field>;
export const ARTICLE_FIELDS = {
  title: { weight: 3, b: 0.5 },
  tags: { weight: 2.5, b: 0.3 },
  description: { weight: 1, b: 0.75 },
} satisfies Record<string, Field>;
const K1 = 1.2;

export interface SearchIndex {
  meta: SearchMeta;
  shards: SearchShard[];
  typos: SearchTypoShard[];
  docs: SearchDoc[];
}

export interface IndexOptions {
  synonyms: readonly SynonymSource[];
  /** Keywords of the emergency red flags. */
  emergencyKeywords: readonly string[];
  /** The id of each emergency keyword's sign, in the same order: search then names the signs a query mentions. */
  emergencySigns?: readonly string[];
  /** The language of the records, the synonyms and the keywords: English unless given. */
  language?: SearchLanguage;
  shardTargetBytes?: number;
  shardMaxBytes?: number;
  typoShardBytes?: number;
  maxPostings?: number;
  maxArticlePostings?: number;
  /** How many of the commonest terms the short typo rule looks among (COMMON_TERMS). */
  commonTerms?: number;
}

/** BM25F: each term's saturated, length-normalised weight across fields, scaled to 1..100. */
function weigh(
  fields: Readonly<Record<string, Field>>,
  items: readonly Record<string, string[]>[],
): Map<string, number>[] {
  const entries = Object.entries(fields);
  const average = new Map(
    entries.map(([name]) => [
      name,
      Math.max(1, items.reduce((sum, item) => sum + (item[name]?.length ?? 0), 0) / Math.max(1, items.length)),
    ]),
  );
  return items.map((item) => {
    const tf = new Map<string, number>();
    for (const [name, { weight, b }] of entries) {
      const list = item[name] ?? [];
      const norm = 1 - b + (b * list.length) / (average.get(name) ?? 1);
      for (const term of list) tf.set(term, (tf.get(term) ?? 0) + weight / norm);
    }
    return new Map([...tf].map(([term, value]) => [term, Math.max(1, Math.round((100 * value) / (K1 + value)))]));
  });
}

/**
 * Delta-encodes postings by article number: sections as [article delta,
 * section, weight, ...], articles as [article delta, weight, ...]. Past
 * maxPostings sections (or maxArticlePostings articles), only the
 * best-weighted are kept, and the true counts follow: sections third,
 * articles fourth (when only the articles were cut, the third is simply the
 * number of sections kept).
 */
export function encodePostings(
  sections: readonly number[][],
  articles: readonly number[][],
  maxPostings: number,
  maxArticlePostings = Infinity,
): SearchShard['terms'][string] {
  const best = (list: readonly number[][], max: number, weight: number) =>
    list.length > max
      ? [...list]
          .sort((a, b) => (b[weight] ?? 0) - (a[weight] ?? 0) || (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0))
          .slice(0, max)
          .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0))
      : list;
  const kept = best(sections, maxPostings, 2);
  const keptArticles = best(articles, maxArticlePostings, 1);
  const delta = (list: readonly number[][]) => {
    let last = 0;
    return list.flatMap(([n = 0, ...rest]) => {
      const out = [n - last, ...rest];
      last = n;
      return out;
    });
  };
  if (keptArticles.length < articles.length)
    return [delta(kept), delta(keptArticles), sections.length, articles.length];
  return kept.length < sections.length
    ? [delta(kept), delta(keptArticles), sections.length]
    : [delta(kept), delta(keptArticles)];
}

/** A short, stable hash (FNV-1a, base 36) that changes when the index changes. */
export function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The emergency keywords as words, with their signs when the options name them. */
function emergencyOf(
  options: IndexOptions,
  language: SearchLanguage,
): Pick<SearchMeta, 'emergency' | 'emergencySigns'> {
  const { keywords, signs } = compileSignKeywords(options.emergencyKeywords, options.emergencySigns, language);
  return options.emergencySigns ? { emergency: keywords, emergencySigns: signs } : { emergency: keywords };
}

/**
 * The short words among the COMMON_TERMS terms in the most sections, commonest
 * first: all a typo of 2 or 3 letters may stand for (typo.ts, shortTypos).
 */
function shortTerms(postings: ReadonlyMap<string, { sections: readonly unknown[] }>, count = COMMON_TERMS): string[] {
  return [...postings]
    .filter(([term]) => !/\d/.test(term))
    .sort(([a, x], [b, y]) => y.sections.length - x.sections.length || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, count)
    .map(([term]) => term)
    .filter((term) => term.length >= SHORT_TERM_LENGTH.min && term.length <= SHORT_TERM_LENGTH.max);
}

export function buildIndex(records: readonly SearchRecord[], options: IndexOptions): SearchIndex {
  // Group records into articles, keeping their order.
  const articles: { slug: string; records: SearchRecord[] }[] = [];
  for (const record of records) {
    const last = articles.at(-1);
    if (last?.slug === record.slug) last.records.push(record);
    else {
      if (articles.some((a) => a.slug === record.slug))
        throw new Error(`search records of "${record.slug}" are not together`);
      articles.push({ slug: record.slug, records: [record] });
    }
  }
  for (const article of articles) {
    if (article.records.length > MAX_SECTIONS)
      throw new Error(`"${article.slug}" has more than ${MAX_SECTIONS} sections`);
  }

  const language = options.language ?? 'en';
  const termsOf = (text: string) => terms(text, language);
  const sectionWeights = weigh(
    SECTION_FIELDS,
    records.map((r) => ({ heading: termsOf(r.heading), text: termsOf(r.text), keywords: r.keywords.flatMap(termsOf) })),
  );
  const articleWeights = weigh(
    ARTICLE_FIELDS,
    articles.map(({ records: [first] }) => ({
      title: termsOf(first?.title ?? ''),
      tags: (first?.tags ?? []).flatMap(termsOf),
      description: termsOf(first?.description ?? ''),
    })),
  );

  // Postings in index order: [article, section, weight] and [article, weight].
  const postings = new Map<string, { sections: number[][]; articles: number[][] }>();
  const entry = (term: string) => {
    let found = postings.get(term);
    if (!found) postings.set(term, (found = { sections: [], articles: [] }));
    return found;
  };
  let at = 0;
  articles.forEach((article, n) => {
    for (const [term, weight] of articleWeights[n] ?? []) entry(term).articles.push([n, weight]);
    article.records.forEach((_, k) => {
      for (const [term, weight] of sectionWeights[at] ?? []) entry(term).sections.push([n, k, weight]);
      at += 1;
    });
  });

  // Term shards: runs of terms in order, cut where the first 3 letters change once a shard is
  // big enough, or anywhere once it is too big.
  const target = options.shardTargetBytes ?? SHARD_TARGET_BYTES;
  const hardCap = options.shardMaxBytes ?? Math.max(target, SHARD_MAX_BYTES);
  const maxPostings = options.maxPostings ?? MAX_POSTINGS;
  const maxArticlePostings = options.maxArticlePostings ?? MAX_ARTICLE_POSTINGS;
  const sorted = [...postings.keys()].sort();
  const shards: SearchShard[] = [];
  const starts: string[] = [];
  let current: SearchShard['terms'] = {};
  let size = 0;
  let last: string | undefined;
  for (const term of sorted) {
    const newPrefix = last !== undefined && term.slice(0, 3) !== last.slice(0, 3);
    if (size >= hardCap || (size >= target && newPrefix)) {
      shards.push({ terms: current });
      current = {};
      size = 0;
    }
    if (size === 0) starts.push(shardStart(shards.length === 0 ? undefined : last, term));
    const { sections, articles: arts } = postings.get(term)!;
    current[term] = encodePostings(sections, arts, maxPostings, maxArticlePostings);
    size += term.length + 8 + JSON.stringify(current[term]).length;
    last = term;
  }
  if (size > 0 || shards.length === 0) {
    shards.push({ terms: current });
    if (starts.length < shards.length) starts.push('');
  }

  // The typo table: every term under each of its typo keys, in shards of runs of keys.
  const buckets = new Map<string, string[]>();
  for (const term of sorted) {
    for (const key of typoKeys(term)) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(term);
      else buckets.set(key, [term]);
    }
  }
  const typoTarget = options.typoShardBytes ?? TYPO_SHARD_BYTES;
  const typos: SearchTypoShard[] = [];
  const typoStarts: string[] = [];
  let table: SearchTypoShard['words'] = {};
  let tableSize = 0;
  let lastKey: string | undefined;
  for (const key of [...buckets.keys()].sort()) {
    if (tableSize >= typoTarget) {
      typos.push({ words: table });
      table = {};
      tableSize = 0;
    }
    if (tableSize === 0) typoStarts.push(shardStart(typos.length === 0 ? undefined : lastKey, key));
    table[key] = buckets.get(key)!.join(' ');
    tableSize += key.length + 6 + (table[key]?.length ?? 0);
    lastKey = key;
  }
  if (tableSize > 0 || typos.length === 0) {
    typos.push({ words: table });
    if (typoStarts.length < typos.length) typoStarts.push('');
  }

  const docs: SearchDoc[] = articles.map(({ slug, records: list }) => ({
    slug,
    title: list[0]?.title ?? slug,
    sections: list.map((r) => ({ heading: r.heading, anchor: r.anchor, text: r.text })),
  }));

  const body = {
    articles: articles.length,
    sections: records.length,
    shards: starts,
    typos: typoStarts,
    shortTerms: shortTerms(postings, options.commonTerms),
    synonyms: compileSynonyms(options.synonyms, language),
    ...emergencyOf(options, language),
  };
  // English, the first language, is the one an index without a language is in (so its files stay as they were).
  const named = language === 'en' ? {} : { language };
  const meta: SearchMeta = { version: 2, hash: hashOf(JSON.stringify([body, shards, typos, docs])), ...named, ...body };
  return { meta, shards, typos, docs };
}
