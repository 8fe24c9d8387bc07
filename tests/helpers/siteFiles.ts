import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { loadSite } from '../../src/pipeline/loadSite.ts';
import { searchCheckFiles } from '../../src/pipeline/emergencyWords.ts';
import { articleHash, hashOf } from '../../src/pipeline/translation.ts';
import {
  isRecordedDictionary,
  isRecordedFile,
  REVIEWED_FIELDS,
  REVIEWS_FILE,
  type ReviewedFile,
} from '../../src/schemas/review.ts';
import { ADVICE_FILES, adviceNow } from '../../src/pipeline/adviceWords.ts';
import { wordsOf } from '../../src/pipeline/review.ts';
import { articleWordsHash, dataWordsHash, FRONTMATTER } from '../../src/pipeline/pageRecord.ts';
import { pageWordsHash } from '../../src/pipeline/checkPages.ts';
import { PAGE_FILE, PAGE_SECTIONS, prosePageNames, type ProsePageName } from '../../src/schemas/page.ts';

/**
 * A small, valid site as raw files, the way loadSite() takes them from disk.
 * The first article's lines are fixed, so tests can name the line a problem is on:
 * frontmatter on lines 1 to 16, the body from line 17, and BODY_END the next free line.
 */
export const ARTICLE = 'content/articles/ice-or-heat.mdx';
/** The search checks of the fixture site (English; the Spanish edition has its own). */
export const SEARCH_CHECKS = searchCheckFiles('en');
export const SPANISH_SEARCH_CHECKS = searchCheckFiles('es');
/**
 * Words enough for a published article (500 to 1,500, src/pipeline/qualityRules.ts),
 * on one line so the fixture's lines stay few; the first article links the glossary entry.
 */
function filler(id: string): string {
  const link = id === 'ice-or-heat' ? 'A word you may meet is [sciatica](/glossary/#sciatica). ' : '';
  return `${link}${'Move a little, then rest a little. '.repeat(72).trim()}`;
}

export const ARTICLE_TEXT = `---
title: Ice or heat for a back spasm?
description: Whether ice or heat helps a back spasm more, what the research says, and how to choose.
summary:
  - Heat may ease the pain a little.
  - Use whichever feels better to you.
topic: ice-and-heat
tags: [ice, heat]
sources: [source-a, source-b]
related: [first-48-hours]
reviewed:
  last: 2026-01-10
  next: 2028-01-10
  by: Clinical editor
published: 2026-01-10
---

## How do I choose?

See [the plan](/articles/first-48-hours/#day-one). ${filler('ice-or-heat')}

<CareCard level="routine" />
`;
/** The line that text added with withBody() starts on. */
export const BODY_END = 24;

const SECOND = `---
title: The first 48 hours
description: What to do in the first two days of a back spasm, hour by hour, and what to expect.
summary:
  - Keep moving gently.
  - Use ice or heat for comfort.
topic: basics
sources: [source-a, source-b]
reviewed:
  last: 2026-01-10
  next: 2028-01-10
  by: Clinical editor
published: 2026-01-10
---

## Day one

Keep moving. ${filler('first-48-hours')}

<CareCard level="routine" />
`;

const source = (id: string) =>
  `- id: ${id}\n  title: Source ${id}\n  publisher: A publisher\n  year: 2020\n  url: https://example.org/${id}\n  kind: guideline\n`;

/** The real self-care file, with every source id swapped for a fixture one. */
function selfCare(): string {
  const data = JSON.parse(
    JSON.stringify(parse(readFileSync('content/self-care.yaml', 'utf8'))),
    (key, value: unknown) => (/^sources/.test(key) ? ['source-a'] : value),
  );
  return stringify(data);
}

/** The date the fixture's reviews record. */
export const REVIEWED_ON = '2026-12-01';

/** The hash of one recorded file's words as they are in `files` (an article or a recorded data file). */
export function wordsHashOf(files: Readonly<Record<string, string | Uint8Array>>, file: string): string {
  const text = String(files[file]);
  const match = FRONTMATTER.exec(text);
  if (!file.endsWith('.mdx')) return dataWordsHash(parse(text));
  if (PAGE_FILE.test(file)) return pageWordsHash(parse(match?.[1] ?? ''), match ? text.slice(match[0].length) : text);
  return articleWordsHash(parse(match?.[1] ?? ''), match ? text.slice(match[0].length) : text);
}

/**
 * A content/reviews.yaml that records every entry of the fixture's reviewed
 * files (its signs) as reviewed, and the words of every article and recorded
 * data file as they are, on REVIEWED_ON.
 */
export function reviewsFor(files: Readonly<Record<string, string | Uint8Array>>): string {
  const reviews = (Object.keys(REVIEWED_FIELDS) as ReviewedFile[]).flatMap((file) =>
    files[file] === undefined
      ? []
      : (parse(String(files[file])) as { id: string }[]).map((entry) => ({
          file,
          id: entry.id,
          reviewed: REVIEWED_ON,
          words: wordsOf(entry, REVIEWED_FIELDS[file]),
        })),
  );
  const advice = adviceNow((file) => (files[file] === undefined ? undefined : String(files[file])));
  const pages = Object.keys(files)
    .filter((file) => isRecordedFile(file))
    .sort()
    .map((file) => {
      const now = advice.find((a) => a.file === file);
      if (isRecordedDictionary(file)) {
        return { file, hash: now!.hash, recorded: REVIEWED_ON, kind: 'first', translates: now!.english };
      }
      return { file, hash: wordsHashOf(files, file), recorded: REVIEWED_ON, kind: 'first' };
    });
  return `# Reviewed words (the fixture's)\n${stringify([...reviews, ...pages])}`;
}

/** The fixture's about page: frontmatter on lines 1 to 5, the body from line 7. */
export const ABOUT_PAGE = 'content/pages/about.mdx';
export const ABOUT_TEXT = `---
title: About this guide
description: Who writes the guide, how every page is checked against the evidence, and why there are no adverts.
lede: The guide helps you through a back spasm, from the first hour to the weeks after.
---

<Heading id="who-we-are">Who we are</Heading>

We are a small team. We review every page every <ReviewYears /> years.
`;
/** The line that text added to the about page with withAboutBody() starts on. */
export const ABOUT_END = 11;

/** The about page with text added at the end of its body (from line ABOUT_END). */
export function withAboutBody(extra: string): string {
  return `${ABOUT_TEXT}\n${extra}\n`;
}

/** The body of a page that places its prose's sections (PAGE_SECTIONS): each heading, with a line of text. */
export const sectionsBody = (ids: readonly string[]): string =>
  ids.map((id) => `<Heading id="${id}">The ${id} part</Heading>\n\nWe write in plain words.\n`).join('\n');

/** A small prose page of the fixture (content/pages/<name>.mdx): the home page's shape is its own, and a page with sections has them. */
function prosePage(name: ProsePageName): string {
  const sections = PAGE_SECTIONS[name];
  const body =
    name === 'home'
      ? '1. **Keep moving.** Walk a little.\n2. **Rest when you need to.** Lie on your side.\n\nSee [about us](/about/).\n\nNot an emergency? Read on.\n\nThis guide is for adults.\n'
      : sections
        ? sectionsBody(sections)
        : 'We write in plain words.\n';
  return `---\ntitle: The ${name} page\ndescription: What the ${name} page of the guide says, in a few plain words for the reader.\nlede: The ${name} page says this first, in plain words.\n---\n\n${body}`;
}

export function siteFiles(): Record<string, string> {
  const files: Record<string, string> = {
    [ARTICLE]: ARTICLE_TEXT,
    'content/articles/first-48-hours.mdx': SECOND,
    'content/topics.yaml':
      '- id: basics\n  title: Basics\n  description: What a back spasm is and how it goes.\n  order: 1\n' +
      '- id: ice-and-heat\n  title: Ice and heat\n  description: Ice or heat, and for how long.\n  order: 2\n',
    'content/sources.yaml': source('source-a') + source('source-b'),
    'content/red-flags.yaml':
      '- id: bladder\n  level: emergency\n  card: nerves\n  text: new trouble peeing or pooing\n  question: Do you have new trouble peeing or pooing?\n' +
      '  keywords: [cant pee, lost control of my bladder]\n  sources: [source-a]\n' +
      '- id: fever\n  level: urgent\n  card: infection\n  text: a high temperature\n  question: Do you have a high temperature?\n  sources: [source-a]\n',
    'content/glossary.yaml':
      '- id: sciatica\n  term: Sciatica\n  definition: Pain that spreads from the lower back down one leg.\n  sources: [source-a]\n',
    'content/self-care.yaml': selfCare(),
    'content/redirects.yaml': '- from: /help/\n  to: /about/\n',
    'content/published.yaml': '- ice-or-heat\n- first-48-hours\n',
    'content/synonyms.yaml': '- means: back spasm\n  words: [lumbago]\n',
    'content/tools.yaml': readFileSync('content/tools.yaml', 'utf8'),
    'content/emergency-numbers.yaml': readFileSync('content/emergency-numbers.yaml', 'utf8'),
    [SEARCH_CHECKS.emergency]:
      'emergency:\n  - cant pee\n  - lost control of my bladder\n' +
      'not emergency:\n  - heat\n  - stretch\n  - hot water bottle\n  - heat pack for back\n',
    [SEARCH_CHECKS.queries]: '- { query: ice or heat, expect: [ice-or-heat] }\n',
    'src/pages/index.astro': '',
    'src/pages/about.astro': '',
    'src/pages/glossary.astro': '',
    'src/pages/articles/[slug].astro': '',
    'src/pages/[...from].astro': '',
    'src/pages/robots.txt.ts': '',
    'public/favicon.svg': readFileSync('public/favicon.svg', 'utf8'),
    ...Object.fromEntries(prosePageNames.map((name) => [`content/pages/${name}.mdx`, prosePage(name)])),
    [ABOUT_PAGE]: ABOUT_TEXT,
  };
  files[REVIEWS_FILE] = reviewsFor(files);
  return files;
}

/** The first article with text added at the end of its body (from line BODY_END). */
export function withBody(extra: string): string {
  return `${ARTICLE_TEXT}\n${extra}\n`;
}

export const ES_ARTICLE = 'content/articles/es/ice-or-heat.mdx';
/** The line text added to the Spanish article with withSpanishBody() starts on. */
export const ES_BODY_END = 18;

/** The Spanish article with text added at the end of its body (from line ES_BODY_END). */
export function withSpanishBody(extra: string): string {
  return `${spanishSiteFiles()[ES_ARTICLE]}\n${extra}\n`;
}

/** The fixture's English entry of a list file, by id, as the hash sees it. */
function englishEntry(files: Record<string, string>, file: string, id: string): unknown {
  return (parse(files[file]!) as { id: string }[]).find((e) => e.id === id);
}

/** Every top-level key of an English map file, hashed. */
function mapHashes(english: string): Record<string, string> {
  return Object.fromEntries(Object.entries(parse(english) as object).map(([k, v]) => [k, hashOf(v)]));
}

/** A Spanish text file made from the real content/es file: facts (sources) left out, hashes of the fixture's English. */
function spanishMap(real: string, english: string): string {
  const data = JSON.parse(JSON.stringify(parse(readFileSync(real, 'utf8'))), (key, value: unknown) =>
    /^sources/.test(key) ? undefined : value,
  ) as Record<string, unknown>;
  return stringify({ ...data, translates: mapHashes(english) });
}

/**
 * A valid Spanish edition of the fixture site: both articles, and the words of
 * every data file, each recording the hash of the fixture's English.
 */
export function spanishSiteFiles(): Record<string, string> {
  const files = siteFiles();
  const hash = (file: string, id: string) => hashOf(englishEntry(files, file, id));
  const article = (id: string, title: string, body: string) => {
    const english = loadSite(files).content.articles.find((a) => a.id === id)!;
    return `---
title: ${title}
description: Si el hielo o el calor alivian más un espasmo de espalda, y cómo elegir.
summary:
  - El calor puede aliviar un poco el dolor.
  - Use lo que le siente mejor.
tags: [hielo, calor]
translation:
  of: ${id}
  hash: '${articleHash(english)}'
  date: 2026-12-01
---
${body}`;
  };
  const spanish: Record<string, string> = {
    ...files,
    [ES_ARTICLE]: article(
      'ice-or-heat',
      '¿Hielo o calor para un espasmo de espalda?',
      '\n## ¿Cómo elijo?\n\nVea [el plan](/es/articles/first-48-hours/#el-primer-dia).\n',
    ),
    'content/articles/es/first-48-hours.mdx': article(
      'first-48-hours',
      'Las primeras 48 horas',
      '\n## El primer día\n\nSiga moviéndose.\n',
    ),
    'content/es/topics.yaml': stringify([
      {
        id: 'basics',
        translates: hash('content/topics.yaml', 'basics'),
        title: 'Lo básico',
        description: 'Qué es un espasmo de espalda y cómo pasa.',
      },
      {
        id: 'ice-and-heat',
        translates: hash('content/topics.yaml', 'ice-and-heat'),
        title: 'Hielo y calor',
        description: 'Hielo o calor, y durante cuánto tiempo.',
      },
    ]),
    'content/es/red-flags.yaml': stringify([
      {
        id: 'bladder',
        translates: hash('content/red-flags.yaml', 'bladder'),
        text: 'problemas nuevos para orinar o hacer caca',
        question: '¿Tiene problemas nuevos para orinar o hacer caca?',
        keywords: ['no puedo orinar'],
      },
      {
        id: 'fever',
        translates: hash('content/red-flags.yaml', 'fever'),
        text: 'fiebre alta',
        question: '¿Tiene fiebre alta?',
        keywords: ['fiebre'],
      },
    ]),
    'content/es/glossary.yaml': stringify([
      {
        id: 'sciatica',
        translates: hash('content/glossary.yaml', 'sciatica'),
        term: 'Ciática',
        definition: 'Dolor que baja desde la parte baja de la espalda por una pierna.',
      },
    ]),
    [SPANISH_SEARCH_CHECKS.emergency]:
      'emergency:\n  - no puedo orinar\n' +
      'not emergency:\n  - calor\n  - estirar\n  - bolsa de agua caliente\n  - bolsa de calor para la espalda\n',
    [SPANISH_SEARCH_CHECKS.queries]: '- { query: hielo o calor, expect: [ice-or-heat] }\n',
    'content/es/self-care.yaml': spanishMap('content/es/self-care.yaml', files['content/self-care.yaml']!),
    'content/es/tools.yaml': spanishMap('content/es/tools.yaml', files['content/tools.yaml']!),
    ...Object.fromEntries(
      prosePageNames.map((name) => {
        const english = String(files[`content/pages/${name}.mdx`]);
        const match = FRONTMATTER.exec(english)!;
        const hash = pageWordsHash(parse(match[1]!), english.slice(match[0].length));
        const body = english.slice(match[0].length).replace('(/about/)', '(/es/about/)');
        const text = `---\ntitle: La página ${name}\ndescription: Lo que dice la página ${name} de la guía, en pocas palabras sencillas.\nlede: La página ${name} dice esto primero, en palabras sencillas.\ntranslation:\n  of: ${name}\n  hash: '${hash}'\n  date: 2026-12-01\n---\n${body}`;
        return [`content/pages/es/${name}.mdx`, text];
      }),
    ),
    'src/pages/es/index.astro': '',
    'src/pages/es/about.astro': '',
    'src/pages/es/glossary.astro': '',
    // The dictionaries, whose Spanish advice is recorded (src/pipeline/adviceWords.ts).
    ...Object.fromEntries(ADVICE_FILES.map((file) => [file, readFileSync(file, 'utf8')])),
  };
  spanish[REVIEWS_FILE] = reviewsFor(spanish);
  return spanish;
}
