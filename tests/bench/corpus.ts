/**
 * Generated corpora shaped like ours, for the search benchmark. Each made-up
 * article copies the shape of a real one (number of sections, heading,
 * text, title and description lengths, tags, care-card keywords) and fills it
 * with words drawn from our own text, so word frequencies look like ours.
 * The vocabulary grows with the corpus (Heaps' law, fitted to our articles):
 * made-up words join the real ones, as new topics bring new words.
 */
import type { SearchRecord } from '../../src/schemas/search.ts';

/** A small, seeded random number generator (mulberry32), so every run builds the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  'ba be bi bo bu da de di do du fa fe fi fo ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zi zo'.split(
    ' ',
  );

/** The i-th made-up word: 2 to 4 syllables, never a real word of ours (they end in a consonant). */
export function madeUpWord(i: number): string {
  let word = '';
  let n = i + SYLLABLES.length;
  do {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return `${word}${'rnst'[i % 4]}`;
}

/** Draws words with the frequencies they have in a sample text. */
function sampler(texts: readonly string[], rand: () => number): () => string {
  const tokens = texts.flatMap((t) => t.split(/\s+/).filter(Boolean));
  return () => tokens[Math.floor(rand() * tokens.length)] ?? 'back';
}

/** Zipf-distributed index in [0, size): a few made-up words are common, most are rare. */
function zipf(size: number, rand: () => number): number {
  // Inverse of the continuous Zipf (s = 1) distribution.
  return Math.min(size - 1, Math.floor(Math.exp(rand() * Math.log(size + 1)) - 1));
}

export interface CorpusOptions {
  articles: number;
  seed?: number;
  /** Share of words drawn from the made-up vocabulary. */
  newWordShare?: number;
}

/**
 * Records for a made-up corpus of `articles` articles shaped like `real`.
 * The made-up vocabulary is sized by Heaps' law V = K * tokens^0.5, with K
 * fitted to the real records.
 */
export function generateCorpus(real: readonly SearchRecord[], options: CorpusOptions): SearchRecord[] {
  const rand = random(options.seed ?? 42);
  const share = options.newWordShare ?? 0.15;
  const templates: SearchRecord[][] = [];
  for (const record of real) {
    if (templates.at(-1)?.[0]?.slug === record.slug) templates.at(-1)!.push(record);
    else templates.push([record]);
  }

  const realTokens = real.map((r) => r.text.split(/\s+/).length).reduce((a, b) => a + b, 0);
  const realVocabulary = new Set(real.flatMap((r) => r.text.toLowerCase().match(/[a-z]+/g) ?? [])).size;
  const k = realVocabulary / Math.sqrt(realTokens);
  const tokensNeeded = (realTokens / templates.length) * options.articles;
  const madeUp = Math.max(1, Math.round(k * Math.sqrt(tokensNeeded) - realVocabulary));

  const textWord = sampler(
    real.map((r) => r.text),
    rand,
  );
  const headingWord = sampler(
    real.map((r) => r.heading),
    rand,
  );
  const titleWord = sampler(
    real.map((r) => r.title),
    rand,
  );
  const tagWord = sampler(
    real.flatMap((r) => r.tags),
    rand,
  );
  const word = (from: () => string) => (rand() < share ? madeUpWord(zipf(madeUp, rand)) : from());
  const words = (from: () => string, count: number) =>
    Array.from({ length: Math.max(1, count) }, () => word(from)).join(' ');
  const sentences = (length: number) => {
    let text = '';
    while (text.length < length) {
      const sentence = words(textWord, 6 + Math.floor(rand() * 12));
      text += `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}. `;
    }
    // Cut at the last whole word that fits: a made-up text never ends in half a word.
    const cut = text.slice(0, length + 1);
    const space = cut.lastIndexOf(' ');
    return (space > 0 ? cut.slice(0, space) : cut).replace(/[.\s]+$/, '.');
  };
  const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

  const records: SearchRecord[] = [];
  for (let i = 0; i < options.articles; i++) {
    const template = templates[i % templates.length]!;
    const first = template[0]!;
    const title = words(titleWord, countWords(first.title));
    const slug = `a${i}-${title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40)}`.replace(/-$/, '');
    const description = sentences(first.description.length);
    const tags = first.tags.map((tag) => words(tagWord, countWords(tag)));
    template.forEach((section, k) => {
      records.push({
        slug,
        anchor: k === 0 ? section.anchor : `s${k}-${section.anchor}`,
        title,
        heading: k === 0 ? section.heading : words(headingWord, countWords(section.heading)),
        description,
        tags,
        keywords: section.keywords,
        text: sentences(section.text.length),
      });
    });
  }
  return records;
}
