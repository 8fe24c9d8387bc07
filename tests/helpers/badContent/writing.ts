import {
  ARTICLE,
  BODY_END,
  ES_ARTICLE,
  ES_BODY_END,
  siteFiles,
  spanishSiteFiles,
  withBody,
  withSpanishBody,
} from '../siteFiles.ts';
import { lineIn, type BadContentCase } from './case.ts';

/**
 * The writing rules (src/pipeline/qualityRules.ts): no brand, dose or selling
 * word, plain sentences, an article's care card and callouts, and registries
 * every page uses, in English and in Spanish, each at its file and line.
 */

/** A sentence of `count` words. */
const sentenceOf = (count: number, first: string, word: string, last: string) =>
  [first, ...Array.from({ length: count - 2 }, () => word), last].join(' ');
const LONG_ENGLISH = sentenceOf(55, 'Keep', 'moving', 'today.');
const LONG_SPANISH = sentenceOf(55, 'Siga', 'caminando', 'hoy.');

const english = (name: string, extra: string, field: string, message: RegExp, line = BODY_END): BadContentCase => ({
  name,
  change: (files) => {
    files[ARTICLE] = withBody(extra);
  },
  expected: { file: ARTICLE, line, field, message },
});

const SPANISH = spanishSiteFiles();
const spanish = (name: string, extra: string, field: string, message: RegExp): BadContentCase => ({
  name,
  change: (files) => {
    for (const key of Object.keys(files)) delete files[key];
    Object.assign(files, SPANISH, { [ES_ARTICLE]: withSpanishBody(extra) });
  },
  expected: { file: ES_ARTICLE, line: ES_BODY_END, field, message },
});

const ENGLISH = siteFiles();
/** A file of the fixture with `from` replaced by `to`; the problem is at the line of `at` in the new text. */
const edited = (
  name: string,
  file: string,
  from: string,
  to: string,
  expected: { at: string; field: string; message: RegExp; linesAfter?: number },
): BadContentCase => ({
  name,
  change: (files) => {
    const text = String(files[file]);
    if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
    files[file] = text.replace(from, to);
  },
  expected: {
    file,
    line: lineIn(ENGLISH[file]!.replace(from, to), expected.at) + (expected.linesAfter ?? 0),
    field: expected.field,
    message: expected.message,
  },
});

const TOOLS_AUDIENCE = 'audience: These tools are for adults';

export const WRITING_CASES: BadContentCase[] = [
  english('a brand name in an article', 'Try Nurofen for the pain.', 'text', /^"Nurofen" names a brand/),
  english('a dose in an article', 'Take 400mg of ibuprofen with food.', 'text', /^"400mg" gives a dose/),
  english(
    'a dose split over two lines',
    'If it hurts, take 2\ntablets with water.',
    'text',
    /^"2 tablets" gives a dose/,
  ),
  english('a selling word in an article', 'Use the discount at the shop.', 'text', /^"discount" uses a selling word/),
  english(
    'a 55-word sentence in an article',
    LONG_ENGLISH,
    'body',
    /^has a sentence of 55 words; the most is 30: split it/,
  ),
  english(
    'a 55-word sentence inside a callout',
    `<Callout title="Keep going">${LONG_ENGLISH}</Callout>`,
    'body',
    /^has a sentence of 55 words/,
  ),
  english(
    'three callouts',
    '<Callout title="One">A.</Callout>\n\n<Callout title="Two">B.</Callout>\n\n<Callout title="Three">C.</Callout>',
    '<Callout>',
    /one callout too many \(3 in the article\); an article has at most 2/,
    BODY_END + 4,
  ),
  english('untested advice called practical advice', 'Here is some practical advice.', 'body', /practical advice/),
  english(
    'the untested-tip phrase twice in one section',
    'This has not been tested in studies. That has not been tested in studies either.',
    'body',
    /once per section/,
  ),
  english(
    'an absolute claim about a back spasm',
    'A back spasm never causes numbness.',
    'body',
    /not usual with a back spasm/,
  ),
  edited('a brand name in the description', ARTICLE, 'what the research says', 'what Nurofen says', {
    at: 'description:',
    field: 'text',
    message: /^"Nurofen" names a brand/,
  }),
  // Reported where the body starts: the line after the frontmatter.
  edited('an article without a care card', ARTICLE, '<CareCard level="routine" />\n', '', {
    at: 'published:',
    linesAfter: 2,
    field: '<CareCard>',
    message: /is missing: every article ends with a care card/,
  }),
  edited(
    'a brand name in what the tools say',
    'content/tools.yaml',
    TOOLS_AUDIENCE,
    'audience: These Advil tools are for adults',
    { at: 'audience:', field: 'audience', message: /^"Advil" names a brand/ },
  ),
  edited(
    'a source cited nowhere',
    'content/sources.yaml',
    '- id: source-b',
    '- id: source-c\n  title: Source c\n  publisher: A publisher\n  year: 2020\n  url: https://example.org/c\n  kind: guideline\n- id: source-b',
    { at: '- id: source-c', field: '[1]', message: /"source-c" is cited nowhere/ },
  ),
  edited(
    'a glossary entry no article links to',
    'content/glossary.yaml',
    '- id: sciatica',
    '- id: lumbago\n  term: Lumbago\n  definition: An old word for pain in the lower back.\n  sources: [source-a]\n- id: sciatica',
    { at: '- id: lumbago', field: '[0]', message: /"lumbago" is linked from no article/ },
  ),
  edited(
    'a searched brand not on the deny-list',
    'content/synonyms.yaml',
    '- means: back spasm',
    '- means: back spasm\n  brands: [Spasmofix]',
    { at: '  brands: [Spasmofix]', field: '[0].brands[0]', message: /"Spasmofix" is not on the deny-list/ },
  ),
  spanish('a brand name in a Spanish article', 'Tómese un Nolotil.', 'text', /^"Nolotil" names a brand/),
  spanish('a dose in a Spanish article', 'Tome 2 comprimidos con comida.', 'text', /^"2 comprimidos" gives a dose/),
  spanish(
    'a 55-word sentence in a Spanish article',
    LONG_SPANISH,
    'body',
    /^has a sentence of 55 words; the most is 30: split it/,
  ),
];
