import { lineIn, type BadContentCase } from './case.ts';
import { ARTICLE, SEARCH_CHECKS, siteFiles, spanishSiteFiles, withBody } from '../siteFiles.ts';

// The words that open the emergency card (src/search/emergencyChecks.ts), in
// both languages: everyday words added to an emergency sign's keywords, a
// synonym that leads harmless words to a sign, and keywords search cannot find.
// The fixture's emergency sign "bladder" has the keywords [cant pee, lost
// control of my bladder]; its look-alikes are in SEARCH_CHECKS.emergency.

type Files = Record<string, string | Uint8Array>;

const RED_FLAGS = 'content/red-flags.yaml';
const SYNONYMS = 'content/synonyms.yaml';
const ES_RED_FLAGS = 'content/es/red-flags.yaml';
const ES_SYNONYMS = 'content/es/synonyms.yaml';
/** The fixture's English keywords line, and its Spanish keyword. */
const KEYWORDS = 'keywords: [cant pee, lost control of my bladder]';
const ES_KEYWORD = '    - no puedo orinar\n';

/** The line of the first `text` in a file's text. */
const lineOf = lineIn;

/** The English sign's keywords as `keywords`; the problem is on their line, at the keyword numbered `index`. */
const english = (name: string, keywords: string, index: number, message: RegExp): BadContentCase => ({
  name,
  change: (files) => {
    files[RED_FLAGS] = String(files[RED_FLAGS]).replace(KEYWORDS, `keywords: [${keywords}]`);
  },
  expected: { file: RED_FLAGS, line: 6, field: `[0].keywords[${index}]`, message },
});

/** The Spanish edition, with `keyword` added after the Spanish sign's keyword (its second keyword). */
const spanish = (name: string, keyword: string, message: RegExp): BadContentCase => ({
  name,
  change: (files: Files) => {
    Object.assign(files, spanishSiteFiles());
    files[ES_RED_FLAGS] = String(files[ES_RED_FLAGS]).replace(ES_KEYWORD, `${ES_KEYWORD}    - ${keyword}\n`);
  },
  expected: {
    file: ES_RED_FLAGS,
    line: lineOf(String(spanishSiteFiles()[ES_RED_FLAGS]), ES_KEYWORD) + 1,
    field: '[0].keywords[1]',
    message,
  },
});

const LOOK_ALIKES = String(siteFiles()[SEARCH_CHECKS.emergency]);

export const KEYWORD_CASES: BadContentCase[] = [
  {
    name: 'an everyday word listed as a sign\'s one-word name ("heat")',
    change: (files) => {
      files[RED_FLAGS] = String(files[RED_FLAGS]).replace(KEYWORDS, `${KEYWORDS}\n  names: [heat]`);
    },
    expected: {
      file: RED_FLAGS,
      line: 7,
      field: '[0].names[0]',
      message: /^"heat" opens the emergency card for the harmless query "heat"/,
    },
  },
  english(
    'an everyday word as an emergency keyword ("heat")',
    'heat, cant pee, lost control of my bladder',
    0,
    /^"heat" is not a phrase of at least two words \("my", "the" and other small words do not count\): a single word opens the emergency card for every harmless question that uses it\. Write the phrase a reader types for this sign, such as "cant get an erection" rather than "erection"$/,
  ),
  english(
    'an everyday word as an emergency keyword ("stretch")',
    'cant pee, lost control of my bladder, stretch',
    2,
    /^"stretch" is not a phrase of at least two words/,
  ),
  english(
    'a single word and its article as an emergency keyword ("the erection")',
    'cant pee, the erection',
    1,
    /^"the erection" is not a phrase of at least two words/,
  ),
  english(
    'an emergency keyword that a look-alike uses ("heat pack")',
    'cant pee, lost control of my bladder, heat pack',
    2,
    new RegExp(
      `^"heat pack" opens the emergency card for the harmless query "heat pack for back" \\(content/search-checks/emergency-queries\\.yaml:${lineOf(LOOK_ALIKES, 'heat pack for back')}\\): make the keyword a phrase that only a reader describing this sign types`,
    ),
  ),
  english(
    'an emergency keyword that an everyday search query uses ("ice or heat")',
    'cant pee, lost control of my bladder, ice or heat',
    2,
    /^"ice or heat" opens the emergency card for the harmless query "ice or heat" \(content\/search-checks\/search-queries\.yaml:1\)/,
  ),
  english(
    'an emergency keyword of punctuation only',
    'cant pee, lost control of my bladder, "?!"',
    2,
    /^"\?!" does not open the emergency card even when typed as it is: search reads no words of a sign in it \(only punctuation, or only small words such as "de la"\)\. Write the words a reader types for this sign$/,
  ),
  {
    name: 'an emergency query no keyword opens any more',
    change: (files) => {
      files[RED_FLAGS] = String(files[RED_FLAGS]).replace(KEYWORDS, 'keywords: [lost control of my bladder]');
    },
    expected: {
      file: SEARCH_CHECKS.emergency,
      line: 2,
      field: 'emergency[0]',
      message:
        /^"cant pee" is listed as an emergency query but does not open the emergency card: add a keyword for it to its sign/,
    },
  },
  {
    name: 'a synonym from a harmless phrase to an emergency sign (hot water bottle -> cant pee)',
    change: (files) => {
      files[SYNONYMS] = `${String(files[SYNONYMS])}- means: cant pee\n  words: [hot water bottle]\n`;
    },
    expected: {
      file: SYNONYMS,
      line: 4,
      field: '[1].words[0]',
      message:
        /^"hot water bottle" -> "cant pee" turns words that are not a warning sign into one: search would show the emergency card for "hot water bottle"\. Remove it; if it truly names an emergency sign, add it to that sign's keywords instead$/,
    },
  },
  {
    name: 'a synonym that makes a harmless sentence of an article a warning sign (bottle -> pee)',
    change: (files) => {
      files[SYNONYMS] = `${String(files[SYNONYMS])}- means: pee\n  words: [bottle]\n`;
      files[ARTICLE] = withBody("Never use a bottle you can't close.");
    },
    expected: {
      file: SYNONYMS,
      line: 4,
      field: '[1].words[0]',
      message:
        /^"bottle" -> "pee" opens the emergency card for a harmless sentence of content\/articles\/ice-or-heat\.mdx: "Never use a bottle you can't close\."\. A synonym must not turn everyday words into an emergency sign/,
    },
  },

  // The same in Spanish.
  spanish(
    'a Spanish everyday word as an emergency keyword ("calor")',
    'calor',
    /^"calor" is not a phrase of at least two words/,
  ),
  spanish(
    'a Spanish everyday word as an emergency keyword ("estirar")',
    'estirar',
    /^"estirar" is not a phrase of at least two words/,
  ),
  spanish(
    'a Spanish keyword of small words only ("de la")',
    'de la',
    /^"de la" does not open the emergency card even when typed as it is/,
  ),
  spanish(
    'a Spanish keyword that a look-alike uses ("bolsa de calor")',
    'bolsa de calor',
    /^"bolsa de calor" opens the emergency card for the harmless query "bolsa de calor para la espalda" \(content\/search-checks\/emergency-queries-es\.yaml:7\)/,
  ),
  {
    name: 'a Spanish synonym from a harmless phrase to an emergency sign (bolsa de agua caliente -> no puedo orinar)',
    change: (files) => {
      Object.assign(files, spanishSiteFiles());
      files[ES_SYNONYMS] = '- means: no puedo orinar\n  words: [bolsa de agua caliente]\n';
    },
    expected: {
      file: ES_SYNONYMS,
      line: 2,
      field: '[0].words[0]',
      message: /^"bolsa de agua caliente" -> "no puedo orinar" turns words that are not a warning sign into one/,
    },
  },
];
