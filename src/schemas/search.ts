import { locales, type Locale } from '../i18n/locales.ts';
import { z } from 'zod';
import { idSchema, text } from './fields.ts';
import { normalise } from './text.ts';

/**
 * One entry of content/synonyms.yaml: words readers type, and the words our
 * pages use for the same thing. Brand names are matched but never shown.
 */
export const synonymEntrySchema = z
  .strictObject({
    /** Words our pages use, such as "back spasm" or "ibuprofen". */
    means: text(2, 60),
    /** Everyday words and phrases readers type for it. */
    words: z.array(text(1, 60)).default([]),
    /** Brand names readers type. Only used for matching: never shown on any page. */
    brands: z.array(text(2, 40)).default([]),
  })
  .superRefine((entry, ctx) => {
    if (entry.words.length + entry.brands.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['words'], message: 'must list at least 1 word or brand' });
    }
    for (const field of ['means', 'words', 'brands'] as const) {
      const values = typeof entry[field] === 'string' ? [entry[field]] : entry[field];
      values.forEach((value, index) => {
        if (!normalise(value)) {
          ctx.addIssue({
            code: 'custom',
            path: field === 'means' ? [field] : [field, index],
            message: 'must contain letters or digits',
          });
        }
      });
    }
  });

/** The whole file. A phrase may appear in one entry only, or matching would be ambiguous. */
export const synonymListSchema = z.array(synonymEntrySchema).superRefine((entries, ctx) => {
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    for (const [field, values] of [
      ['words', entry.words],
      ['brands', entry.brands],
    ] as const) {
      values.forEach((value, valueIndex) => {
        const key = normalise(value);
        const first = seen.get(key);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [index, field, valueIndex],
            message: `"${value}" is already listed in entry ${first} (means "${entries[first]?.means}")`,
          });
        } else seen.set(key, index);
      });
    }
  });
});

export type SynonymEntry = z.output<typeof synonymEntrySchema>;

/**
 * content/search-checks/emergency-queries.yaml (and -es): wordings of the
 * emergency signs, which must open the emergency card in search, and harmless
 * look-alikes, which must not. The content check holds the keywords and
 * synonyms to both lists.
 */
export const emergencyQueriesSchema = z.strictObject({
  emergency: z.array(text(2, 200)).min(1, { error: 'must list at least 1 query' }),
  'not emergency': z.array(text(2, 200)).min(1, { error: 'must list at least 1 query' }),
});
export type EmergencyQueries = z.output<typeof emergencyQueriesSchema>;

/**
 * content/search-checks/search-queries.yaml (and -es): everyday queries and
 * the pages they must find (<slug> or <slug>#<heading id>).
 */
export const searchQueriesSchema = z.array(
  z.strictObject({
    query: text(1, 200),
    expect: z
      .array(z.string().regex(/^[a-z0-9-]+(#[^\s#]+)?$/, { error: 'must be <slug> or <slug>#<heading id>' }))
      .min(1, { error: 'must list at least 1 page' }),
  }),
);
export type SearchQueries = z.output<typeof searchQueriesSchema>;

/** One searchable section of an article: an h2 or h3 with its text, or the summary and intro. */
export const searchRecordSchema = z.strictObject({
  slug: idSchema,
  /** The heading's id on the page (github-slugger), used as the link's #fragment. */
  anchor: z.string().regex(/^[^\s#]+$/, { error: 'must be a heading id with no spaces or #' }),
  title: z.string().min(1),
  heading: z.string().min(1),
  description: z.string(),
  tags: z.array(z.string()),
  /** The warning signs in the section's care cards: their text and the words readers use for them. */
  keywords: z.array(z.string()),
  /** Plain text of the section, at most MAX_SECTION_TEXT characters. */
  text: z.string().max(1000),
});
export type SearchRecord = z.output<typeof searchRecordSchema>;

/** The languages the search knows (the site's, src/i18n/locales.ts): each index is built for one, and its queries are read the same way. */
export const searchLanguages = locales as readonly [Locale, ...Locale[]];
export type SearchLanguage = Locale;

const wordList = z.array(z.string().regex(/^[\p{L}\p{N}]+$/u)).min(1);

/**
 * search-index/meta.json: fetched first. Counts for scoring, where each term
 * shard starts, the synonyms and the emergency keywords.
 */
export const searchMetaSchema = z
  .strictObject({
    version: z.literal(2),
    /** Changes whenever the index changes; added to shard and doc addresses so caches refresh. */
    hash: z.string().regex(/^[0-9a-z]+$/),
    /** The language of the pages and the queries (stop words, plurals); English when left out. */
    language: z.enum(searchLanguages).optional(),
    articles: z.number().int().min(0),
    sections: z.number().int().min(0),
    /** Where each term shard starts: a prefix of its first term, in order (the first is ""). */
    shards: z.array(z.string()).min(1),
    /** Where each typo-table shard starts: a prefix of its first key, in order. */
    typos: z.array(z.string()).min(1),
    /** The short words among the commonest terms, commonest first: all a typo of 2 or 3 letters may stand for. */
    shortTerms: z.array(z.string().regex(/^[\p{L}\p{N}]+$/u)).optional(),
    synonyms: z.array(z.strictObject({ phrases: z.array(wordList).min(1), means: wordList, brand: z.boolean() })),
    /** Keywords of the emergency red flags, as words. */
    emergency: z.array(wordList),
    /** The id of each keyword's sign (emergencySigns[i] is the sign of emergency[i]): the card that lists it comes first. */
    emergencySigns: z.array(idSchema).optional(),
  })
  .refine((meta) => !meta.emergencySigns || meta.emergencySigns.length === meta.emergency.length, {
    path: ['emergencySigns'],
    error: 'must name one sign for each emergency keyword',
  });

/**
 * search-index/terms/<n>.json: for each term, its postings.
 * sections: [article delta, section number, weight, ...]; articles: [article delta, weight, ...];
 * for very common terms, a third element: the number of sections the term is really in, and a
 * fourth: the number of articles (when the articles were cut too).
 */
export const searchShardSchema = z.strictObject({
  terms: z.record(
    z.string().regex(/^[\p{L}\p{N}]+$/u),
    z.union([
      z.tuple([z.array(z.number().int().min(0)), z.array(z.number().int().min(0))]),
      /** A very common term: its best postings only, and how many sections it is really in. */
      z.tuple([z.array(z.number().int().min(0)), z.array(z.number().int().min(0)), z.number().int().min(0)]),
      /** ...and how many articles. */
      z.tuple([
        z.array(z.number().int().min(0)),
        z.array(z.number().int().min(0)),
        z.number().int().min(0),
        z.number().int().min(1),
      ]),
    ]),
  ),
});

/**
 * search-index/typos/<n>.json: the typo table. For each typo key (see
 * typoKeys in src/search/shards.ts), the terms that have it, space-separated.
 */
export const searchTypoShardSchema = z.strictObject({
  words: z.record(z.string().regex(/^[\p{L}\p{N}]+$/u), z.string().regex(/^[\p{L}\p{N}]+( [\p{L}\p{N}]+)*$/u)),
});

/** search-index/docs/<n>.json: what a result shows, for one article. */
export const searchDocSchema = z.strictObject({
  slug: idSchema,
  title: z.string().min(1),
  sections: z
    .array(z.strictObject({ heading: z.string().min(1), anchor: z.string().min(1), text: z.string().max(1000) }))
    .min(1),
});

export type SearchMeta = z.output<typeof searchMetaSchema>;
export type SearchShard = z.output<typeof searchShardSchema>;
export type SearchTypoShard = z.output<typeof searchTypoShardSchema>;
export type SearchDoc = z.output<typeof searchDocSchema>;
