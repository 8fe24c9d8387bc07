import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { formatProblem, type Problem } from '../../src/schemas/problems.ts';
import { ARTICLE, ARTICLE_TEXT, BODY_END, withBody } from './siteFiles.ts';
import type { BadContentCase } from './badContent/case.ts';
import { HOSTILE_CASES } from './badContent/hostile.ts';
import { KEYWORD_CASES } from './badContent/keywords.ts';
import { PUBLIC_CASES } from './badContent/public.ts';
import { REVIEW_CASES } from './badContent/review.ts';
import { DATES_CASES } from './badContent/dates.ts';
import { NUMBER_CASES } from './badContent/numbers.ts';
import { WORDING_CASES } from './badContent/wording.ts';
import { SPANISH_CASES } from './badContent/spanish.ts';
import { PAGES_CASES } from './badContent/pages.ts';
import { WRITING_CASES } from './badContent/writing.ts';

export type { BadContentCase };

/** Asserts that the problems include the expected one, and lists them all if not. */
export function expectProblem(problems: readonly Problem[], expected: BadContentCase['expected']): void {
  const match = problems.find(
    (p) =>
      p.file === expected.file &&
      p.field === expected.field &&
      expected.message.test(p.message) &&
      (expected.line === undefined || p.line === expected.line),
  );
  expect(
    match,
    `expected ${expected.file}:${expected.line ?? ''} ${expected.field} ${expected.message}, got:\n${problems.map(formatProblem).join('\n')}`,
  ).toBeDefined();
}

const body = (name: string, extra: string, field: string, message: RegExp, line = BODY_END): BadContentCase => ({
  name,
  change: (files) => {
    files[ARTICLE] = withBody(extra);
  },
  expected: { file: ARTICLE, line, field, message },
});

const frontmatter = (
  name: string,
  from: string,
  to: string,
  line: number,
  field: string,
  message: RegExp,
): BadContentCase => ({
  name,
  change: (files) => {
    if (!ARTICLE_TEXT.includes(from)) throw new Error(`fixture has no "${from}"`);
    files[ARTICLE] = ARTICLE_TEXT.replace(from, to);
  },
  expected: { file: ARTICLE, line, field, message },
});

const yamlFile = (
  name: string,
  file: string,
  text: string | ((old: string) => string),
  expected: Omit<BadContentCase['expected'], 'file'>,
): BadContentCase => ({
  name,
  change: (files) => {
    files[file] = typeof text === 'string' ? text : text(String(files[file]));
  },
  expected: { file, ...expected },
});

const TOOLS = 'content/tools.yaml';
/** A change to one line of the real content/tools.yaml; the problem is on that line. */
const toolWords = (name: string, from: string, to: string, field: string, message: RegExp): BadContentCase => {
  const text = readFileSync(TOOLS, 'utf8');
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`content/tools.yaml has no "${from}"`);
  return yamlFile(name, TOOLS, (old) => old.replace(from, to), {
    line: text.slice(0, at).split('\n').length,
    field,
    message,
  });
};

export const BAD_CONTENT_CASES: BadContentCase[] = [
  // Frontmatter: each problem points at the line of its field in the file.
  frontmatter(
    'an impossible date (2026-02-30)',
    'published: 2026-01-10',
    'published: 2026-02-30',
    15,
    'published',
    /must be a real date written as YYYY-MM-DD/,
  ),
  frontmatter(
    'a date that is not a date',
    'published: 2026-01-10',
    'published: last Tuesday',
    15,
    'published',
    /real date/,
  ),
  frontmatter(
    'next review before the last',
    'next: 2028-01-10',
    'next: 2025-01-10',
    13,
    'reviewed.next',
    /must be after reviewed\.last/,
  ),
  frontmatter(
    'next review over 3 years on',
    'next: 2028-01-10',
    'next: 2030-01-10',
    13,
    'reviewed.next',
    /at most 3 years/,
  ),
  frontmatter(
    'a title over 70 characters',
    'title: Ice or heat for a back spasm?',
    `title: ${'x'.repeat(71)}`,
    2,
    'title',
    /70 characters or fewer/,
  ),
  frontmatter('a missing title', 'title: Ice or heat for a back spasm?\n', '', 1, 'title', /is required/),
  frontmatter(
    'a short description',
    /description: .*\n/.exec(ARTICLE_TEXT)![0],
    'description: Too short.\n',
    3,
    'description',
    /at least 50 characters/,
  ),
  frontmatter('one summary point', '  - Use whichever feels better to you.\n', '', 4, 'summary', /at least 2 points/),
  frontmatter(
    'an unknown topic',
    'topic: ice-and-heat',
    'topic: no-such-topic',
    7,
    'topic',
    /unknown topic "no-such-topic"/,
  ),
  frontmatter(
    'an unknown source id',
    'sources: [source-a, source-b]',
    'sources: [source-a, nope]',
    9,
    'sources[1]',
    /unknown source id "nope"/,
  ),
  frontmatter(
    'one source only',
    'sources: [source-a, source-b]',
    'sources: [source-a]',
    9,
    'sources',
    /at least 2 sources/,
  ),
  frontmatter(
    'a source listed twice',
    'sources: [source-a, source-b]',
    'sources: [source-a, source-a]',
    9,
    'sources[1]',
    /twice/,
  ),
  frontmatter(
    'an unknown related article',
    'related: [first-48-hours]',
    'related: [nowhere]',
    10,
    'related[0]',
    /unknown article "nowhere"/,
  ),
  frontmatter(
    'an article related to itself',
    'related: [first-48-hours]',
    'related: [ice-or-heat]',
    10,
    'related[0]',
    /related to itself/,
  ),
  frontmatter(
    'a field the schema does not know',
    'topic: ice-and-heat',
    'topic: ice-and-heat\nauthor: me',
    1,
    'file',
    /Unrecognized key/i,
  ),
  frontmatter(
    'a YAML syntax error in frontmatter',
    'topic: ice-and-heat',
    'topic: [ice-and-heat',
    8,
    'YAML',
    /fix the YAML/,
  ),
  frontmatter('a key written twice', 'topic: ice-and-heat', 'topic: ice-and-heat\ntopic: basics', 8, 'YAML', /unique/),
  frontmatter('a tab used to indent', '  last: 2026-01-10', '\tlast: 2026-01-10', 12, 'YAML', /[Tt]ab/),
  {
    name: 'no frontmatter',
    change: (files) => {
      files[ARTICLE] = '## Just a body\n';
    },
    expected: { file: ARTICLE, line: 1, field: 'frontmatter', message: /start the file with a --- line/ },
  },

  // Files and folders.
  {
    name: 'a file name that is not a slug (Ice Or Heat Copy.mdx)',
    change: (files) => {
      files['content/articles/Ice Or Heat Copy.mdx'] = ARTICLE_TEXT;
    },
    expected: { file: 'content/articles/Ice Or Heat Copy.mdx', field: 'file name', message: /URL slug/ },
  },
  {
    name: 'a duplicate slug by case (Ice-Or-Heat.mdx beside ice-or-heat.mdx)',
    change: (files) => {
      files['content/articles/Ice-Or-Heat.mdx'] = ARTICLE_TEXT;
    },
    expected: { file: 'content/articles/Ice-Or-Heat.mdx', field: 'file name', message: /URL slug/ },
  },
  yamlFile(
    'a published slug listed twice',
    'content/published.yaml',
    '- ice-or-heat\n- first-48-hours\n- ice-or-heat\n',
    { line: 3, field: '[2]', message: /lists "ice-or-heat" twice/ },
  ),
  {
    name: 'a file starting with a byte-order mark',
    change: (files) => {
      files[ARTICLE] = `\uFEFF${ARTICLE_TEXT}`;
    },
    expected: { file: ARTICLE, line: 1, field: 'file', message: /byte-order mark/ },
  },
  {
    name: 'a file that is not UTF-8',
    change: (files) => {
      files[ARTICLE] = Uint8Array.from([...new TextEncoder().encode(ARTICLE_TEXT), 0xff, 0xfe, 0x41]);
    },
    expected: { file: ARTICLE, field: 'file', message: /not valid UTF-8/ },
  },
  {
    name: 'an article over 100 KB',
    change: (files) => {
      files[ARTICLE] = withBody(`${'Rest a little. '.repeat(7000)}`);
    },
    expected: { file: ARTICLE, field: 'file', message: /at most 100 KB/ },
  },
  {
    name: 'a file in content/articles that is not .mdx',
    change: (files) => {
      files['content/articles/notes.md'] = '# notes';
    },
    expected: { file: 'content/articles/notes.md', field: 'file name', message: /not an \.mdx article/ },
  },
  {
    name: 'no content/articles folder, or an empty one',
    change: (files) => {
      for (const path of Object.keys(files)) if (path.startsWith('content/articles/')) delete files[path];
    },
    expected: { file: 'content/articles', field: 'folder', message: /missing or has no articles/ },
  },
  {
    name: 'a published article missing from published.yaml',
    change: (files) => {
      files['content/published.yaml'] = '- first-48-hours\n';
    },
    expected: { file: ARTICLE, field: 'file name', message: /not recorded in content\/published\.yaml/ },
  },
  yamlFile('a published slug with no article and no redirect', 'content/published.yaml', (old) => `${old}- gone\n`, {
    line: 3,
    field: '[2]',
    message: /\/articles\/gone\/ was published/,
  }),
  yamlFile('a redirect to no page', 'content/redirects.yaml', '- from: /help/\n  to: /nowhere/\n', {
    line: 2,
    field: '[0].to',
    message: /not a page on this site/,
  }),
  yamlFile('a redirect that hides a live page', 'content/redirects.yaml', '- from: /about/\n  to: /glossary/\n', {
    line: 1,
    field: '[0].from',
    message: /is a live page/,
  }),

  // The tools' words (content/tools.yaml): gaps a tool cannot fill, gaps the reader needs, one instruction per level.
  toolWords(
    'a gap the timer cannot fill',
    'minutesError: Enter a whole number of minutes from {min} to {max}.',
    'minutesError: Enter {min} to {mx} minutes.',
    'timer.minutesError',
    /uses \{mx\}, which this text cannot fill: use only \{min\}, \{max\}/,
  ),
  toolWords(
    'a timer message without the time to take the pack off',
    'message: Take it off at {offAt}, or sooner',
    'message: Take it off soon, or sooner',
    'timer.on.message',
    /must say \{offAt\}/,
  ),
  toolWords(
    'a stray brace in a tool text',
    'hintEnd: Take it off sooner if it hurts.',
    'hintEnd: Take it off sooner {if it hurts.',
    'timer.hintEnd',
    /has a \{ or \} that is not part of a gap/,
  ),
  toolWords(
    "a self-check result that is not the care card's instruction",
    'emergency: Call your emergency number or go to A&E now.',
    'emergency: Call a friend.',
    'selfCheck.results.emergency',
    /must give the emergency care card's instruction, word for word/,
  ),
  yamlFile('tools.yaml deleted', 'content/tools.yaml', '', { line: 1, field: 'file', message: /is empty/ }),

  // Data files.
  yamlFile(
    'a YAML error in red-flags.yaml',
    'content/red-flags.yaml',
    (old) => `${old}- id: broken\n  level: [emergency\n`,
    { line: 16, field: 'YAML', message: /fix the YAML/ },
  ),
  yamlFile('an empty sources.yaml', 'content/sources.yaml', '', { line: 1, field: 'file', message: /is empty/ }),
  {
    name: 'a missing topics.yaml',
    change: (files) => {
      delete files['content/topics.yaml'];
    },
    expected: { file: 'content/topics.yaml', field: 'file', message: /is missing/ },
  },
  yamlFile(
    'an http:// source',
    'content/sources.yaml',
    (old) => old.replace('https://example.org/source-b', 'http://example.org/source-b'),
    { line: 11, field: '[1].url', message: /https:\/\// },
  ),
  yamlFile(
    'a javascript: source address',
    'content/sources.yaml',
    (old) => old.replace('https://example.org/source-b', 'javascript:alert(1)'),
    { line: 11, field: '[1].url', message: /https:\/\// },
  ),
  yamlFile('a source id used twice', 'content/sources.yaml', (old) => old.replace('id: source-b', 'id: source-a'), {
    line: 7,
    field: '[1].id',
    message: /repeats the id "source-a"/,
  }),
  yamlFile(
    'a red flag citing an unknown source',
    'content/red-flags.yaml',
    (old) => old.replace('sources: [source-a]', 'sources: [nope]'),
    { line: 7, field: '[0].sources[0]', message: /unknown source id "nope"/ },
  ),
  yamlFile(
    'a red flag with a bad level',
    'content/red-flags.yaml',
    (old) => old.replace('level: urgent', 'level: soon'),
    { line: 9, field: '[1].level', message: /must be one of/ },
  ),
  yamlFile(
    'a glossary entry citing an unknown source',
    'content/glossary.yaml',
    (old) => old.replace('[source-a]', '[nope]'),
    { line: 4, field: '[0].sources[0]', message: /unknown source id "nope"/ },
  ),
  yamlFile('a synonym with no words', 'content/synonyms.yaml', '- means: back spasm\n', {
    line: 1,
    field: '[0].words',
    message: /at least 1 word/,
  }),

  // Article bodies: content, not code.
  body('an import in the body', "import fs from 'node:fs'", 'import/export', /cannot import or export/),
  body('an export in the body', 'export const x = 1', 'import/export', /cannot import or export/),
  body('{process.env.HOME} in the body', '{process.env.HOME}', '{…}', /cannot run code/),
  body('an expression inside a sentence', 'It is {1 + 1} days.', '{…}', /cannot run code/),
  body(
    'a prop that is code, not a literal',
    '<CareCard level={process.env.LEVEL} />',
    '<CareCard> level',
    /literal value/,
  ),
  body('a spread prop', '<CareCard {...props} />', '<CareCard> {...props}', /literal value/),
  body('an unknown component', '<Widget />', '<Widget>', /unknown component/),
  body('a <script> element', '<script>alert(1)</script>', '<script>', /never allowed/),
  body('a <style> element', '<style>{"p{}"}</style>', '<style>', /never allowed/),
  body('an <iframe>', '<iframe src="https://example.org/" />', '<iframe>', /never allowed/),
  body('an <object>', '<object data="/x.swf" />', '<object>', /never allowed/),
  body('an <embed>', '<embed src="/x.swf" />', '<embed>', /never allowed/),
  body('a <form>', '<form action="https://example.org/">x</form>', '<form>', /never allowed/),
  body(
    'an event-handler attribute',
    'Say <abbr onmouseover="alert(1)">NHS</abbr> here.',
    '<abbr> onmouseover',
    /event-handler/,
  ),
  body('raw HTML outside the allow-list', '<div>text</div>', '<div>', /raw HTML <div> is not allowed/),
  body('an image from another site', '![a drawing](https://evil.example/x.png)', 'image', /files of this site/),
  body('a javascript: link', '[click](javascript:alert(1))', 'link', /javascript: addresses are never allowed/),
  body(
    'a javascript: link written with a character reference',
    '[click](&#106;avascript:alert(1))',
    'link',
    /javascript: addresses/,
  ),
  body(
    'a javascript: reference definition',
    '[click][x]\n\n[x]: JavaScript:alert(1)',
    'definition',
    /javascript: addresses/,
    BODY_END + 2,
  ),
  body(
    'a javascript: href in JSX, mixed case',
    '<abbr title="x">a</abbr> <Callout title="Look at this one">[x](JaVaScRiPt:alert(1))</Callout>',
    'link',
    /javascript: addresses/,
  ),
  body('a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', 'link', /data: addresses are never allowed/),
  body('an http:// link', '[NICE](http://nice.org.uk/)', 'link', /full https addresses/),
  body('a broken internal link', '[x](/articles/nowhere/)', 'link', /no page at this address/),
  body(
    'a broken #fragment on another page',
    '[x](/articles/first-48-hours/#nope)',
    'link',
    /no heading with the id "nope" on \/articles\/first-48-hours\//,
  ),
  body('a broken #fragment on the same page', '[x](#nope)', 'link', /no heading with the id "nope" on this page/),
  body(
    'a broken link in a reference definition',
    '[x][r]\n\n[r]: /articles/nowhere/',
    'definition',
    /no page at this address/,
    BODY_END + 2,
  ),
  body('an internal link without the final /', '[x](/articles/first-48-hours)', 'link', /end with "\/"/),
  body(
    'a third callout',
    ['A', 'B', 'C'].map((x) => `<Callout title="Callout ${x} here">Text.</Callout>`).join('\n\n'),
    '<Callout>',
    /3 callouts; a page has at most 2/,
    BODY_END + 4,
  ),
  body('a second timer', '<IceHeatTimer />\n\n<IceHeatTimer />', '<IceHeatTimer>', /at most 1/, BODY_END + 2),
  body(
    'a don\'t that does not start with "do not"',
    '<DoDont do={["rest"]} dont={["stay in bed"]} />',
    '<DoDont> dont[0]',
    /must start with "do not"/,
  ),
  body('a care card with a bad level', '<CareCard level="soon" />', '<CareCard> level', /must be one of/),
  body(
    'a care card with an unknown red flag',
    '<CareCard level="urgent" ids={["nope"]} />',
    '<CareCard> ids',
    /unknown red flag "nope"/,
  ),
  body(
    'a care card with a flag of another level',
    '<CareCard level="urgent" ids={["bladder"]} />',
    '<CareCard> ids',
    /is "emergency", not "urgent"/,
  ),
  body(
    'text squeezed between two care cards',
    '<CareCard level="emergency" />\n\nSee also this.\n\n<CareCard level="urgent" />',
    '<CareCard>',
    /text sits between two care cards/,
    BODY_END + 4,
  ),
  body('a vague callout title', '<Callout title="Hi">Text.</Callout>', '<Callout> title', /5 or more characters/),
  body(
    'an MDX syntax error (an unclosed tag)',
    'Intro.\n\n<Callout title="Never use ice on bare skin">\n\nText',
    'MDX',
    /closing tag/,
    BODY_END + 2,
  ),

  // Hostile content, second round: code, fences, calls, hidden characters, nesting (tests/helpers/badContent/hostile.ts).
  ...HOSTILE_CASES,

  // public/ is checked like content (tests/helpers/badContent/public.ts).
  ...PUBLIC_CASES,

  // Reviewed words: a warning sign says only what was reviewed (tests/helpers/badContent/review.ts).
  ...REVIEW_CASES,

  // Emergency keywords and synonyms checked by meaning (tests/helpers/badContent/keywords.ts).
  ...KEYWORD_CASES,

  // Review dates that stay true: changed words need a dated note and a record (tests/helpers/badContent/dates.ts).
  ...DATES_CASES,

  // Every sentence that names a warning sign gives its instruction (tests/helpers/badContent/wording.ts).
  ...WORDING_CASES,

  // Ice and heat numbers and dictionary advice in both languages (tests/helpers/badContent/spanish.ts).
  ...SPANISH_CASES,

  // No emergency number written into prose: the card or /emergency-numbers/ gives it (tests/helpers/badContent/numbers.ts).
  ...NUMBER_CASES,
  // Page prose (content/pages/): the article rules, with file and line.
  ...PAGES_CASES,

  // The writing rules: no brand, dose or selling word, plain sentences, care card and callouts (tests/helpers/badContent/writing.ts).
  ...WRITING_CASES,
];
