/**
 * The writing rules of the library, run by loadSite() over every article and
 * every text the tools show, in each language: the deny-list (no brand, dose
 * or selling word), plain language (reading grade and sentence length), the
 * length of an article, its care card and callouts, the medical wording of
 * the clinical read, and the registries every page leans on (each source
 * cited, each glossary entry linked, each searched brand on the deny-list).
 * Each problem names its file and line. Pure.
 */
import type { Problem } from '../schemas/problems.ts';
import type { GlossaryEntry, RedFlag, SelfCare, Source, ToolWords } from '../schemas/index.ts';
import { selfCareSourceIds } from '../schemas/index.ts';
import type { SynonymEntry } from '../schemas/search.ts';
import type { Locale } from '../i18n/locales.ts';
import { toolTexts } from '../domain/toolWords.ts';
import { MAX_GRADE, MAX_SENTENCE_WORDS, MIN_FERNANDEZ_HUERTA, readability } from './readability.ts';
import { sentences, words } from './readableText.ts';
import { findForbiddenInFile } from './checks/findForbiddenInFile.ts';
import { DENY_LIST } from './checks/findForbidden.ts';
import { isJsx, parseMdx, walk } from './mdx.ts';

/** A published article has this many words of body text, or more. */
export const MIN_ARTICLE_WORDS = 500;
/** A published article has this many words of body text, or fewer: split a longer one. */
export const MAX_ARTICLE_WORDS = 1500;
/** An article has at most this many <Callout> boxes: more, and none stands out. */
export const MAX_CALLOUTS = 2;

/** Wording the clinical read refused in English articles (issue 10), each with what to say instead. */
const MEDICAL_WORDING: readonly { pattern: RegExp; message: string }[] = [
  {
    pattern: /practical advice/i,
    message: 'says "practical advice": say "a common tip that has not been tested in studies"',
  },
  {
    pattern: /a (back )?spasm (never|does not do)|never (a|from a) (back )?spasm/i,
    message: 'claims what a back spasm never does: say "not usual with a back spasm"',
  },
];
/** The phrase that marks untested advice, at most once a section. */
const UNTESTED = /not been tested in studies/g;

export interface ArticleInput {
  file: string;
  /** The whole file's text, frontmatter included. */
  text: string;
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
  draft: boolean;
}

const easyEnough = (grade: number, locale: Locale) =>
  locale === 'en' ? grade <= MAX_GRADE : grade >= MIN_FERNANDEZ_HUERTA;
const gradeRule = (grade: number, locale: Locale) =>
  locale === 'en'
    ? `reads at Flesch-Kincaid grade ${grade}; the most is ${MAX_GRADE}: use shorter words and sentences`
    : `reads at Fernández-Huerta ${grade}; the least is ${MIN_FERNANDEZ_HUERTA}: use shorter words and sentences`;
const longSentence = (count: number, text: string) =>
  `has a sentence of ${count} words; the most is ${MAX_SENTENCE_WORDS}: split it ("${text.slice(0, 60)}${text.length > 60 ? '…' : ''}")`;

/** The rules one article is held to, in its own language. */
export function articleQualityProblems(article: ArticleInput, locale: Locale): Problem[] {
  const { file, body, bodyLine } = article;
  const problems: Problem[] = findForbiddenInFile(file, article.text);
  const atBody = (line: number) => bodyLine + line - 1;
  const report = readability(body, locale);
  if (report.sentenceCount > 0 && !easyEnough(report.grade, locale)) {
    problems.push({ file, line: bodyLine, field: 'body', message: gradeRule(report.grade, locale) });
  }
  for (const long of report.longSentences) {
    problems.push({ file, line: atBody(long.line), field: 'body', message: longSentence(long.words, long.text) });
  }
  if (locale !== 'en') return problems;

  if (!article.draft && (report.wordCount < MIN_ARTICLE_WORDS || report.wordCount > MAX_ARTICLE_WORDS)) {
    problems.push({
      file,
      line: bodyLine,
      field: 'body',
      message: `has ${report.wordCount} words; an article has ${MIN_ARTICLE_WORDS} to ${MAX_ARTICLE_WORDS}: ${report.wordCount < MIN_ARTICLE_WORDS ? 'say more, or make it part of another article' : 'split it into two articles'}`,
    });
  }
  const components = { callouts: [] as number[], careCards: 0 };
  const tree = parseMdx(body).tree;
  if (tree) {
    walk(tree, (node) => {
      if (!isJsx(node)) return;
      if (node.name === 'Callout') components.callouts.push(node.position?.start.line ?? 1);
      if (node.name === 'CareCard') components.careCards += 1;
    });
    if (components.callouts.length > MAX_CALLOUTS) {
      problems.push({
        file,
        line: atBody(components.callouts[MAX_CALLOUTS]!),
        field: '<Callout>',
        message: `is one callout too many (${components.callouts.length} in the article); an article has at most ${MAX_CALLOUTS}: keep the most important`,
      });
    }
    if (!article.draft && components.careCards === 0) {
      problems.push({
        file,
        line: bodyLine,
        field: '<CareCard>',
        message: 'is missing: every article ends with a care card, such as <CareCard level="routine" />',
      });
    }
  }
  const lines = body.split('\n');
  for (const { pattern, message } of MEDICAL_WORDING) {
    const index = lines.findIndex((line) => pattern.test(line));
    if (index >= 0) problems.push({ file, line: atBody(index + 1), field: 'body', message });
  }
  // Sections begin at "## " headings; the text before the first is a section too.
  let count = 0;
  lines.forEach((line, index) => {
    if (/^## /.test(line)) count = 0;
    count += (line.match(UNTESTED) ?? []).length;
    if (count > 1 && (line.match(UNTESTED) ?? []).length > 0) {
      problems.push({
        file,
        line: atBody(index + 1),
        field: 'body',
        message: 'says "not been tested in studies" again in this section: mark untested advice once per section',
      });
      count = 1;
    }
  });
  return problems;
}

/** A group of texts read as one: the grade is of the group, each sentence on its own line. */
export interface TextGroup {
  file: string;
  /** What the group is, such as "the timer messages", for the message. */
  name: string;
  /** The field the grade problem is reported at. */
  field: string;
  texts: readonly { field: string; text: string }[];
}

/** Plain language over a group of short texts (the tools' words): each sentence's length, and the group's grade. */
export function textGroupProblems(
  group: TextGroup,
  locale: Locale,
  lineOf: (file: string, field: string) => number | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const at = (field: string) => {
    const line = lineOf(group.file, field);
    return line === undefined ? {} : { line };
  };
  for (const { field, text } of group.texts) {
    for (const sentence of sentences([text])) {
      const count = words(sentence).length;
      if (count > MAX_SENTENCE_WORDS) {
        problems.push({ file: group.file, ...at(field), field, message: longSentence(count, sentence) });
      }
    }
  }
  // One paragraph a text, as a reader meets them one at a time.
  const report = readability(group.texts.map((t) => t.text.replace(/\n+/g, ' ')).join('\n\n'), locale);
  if (report.sentenceCount > 0 && !easyEnough(report.grade, locale)) {
    problems.push({
      file: group.file,
      ...at(group.field),
      field: group.field,
      message: `(${group.name}) ${gradeRule(report.grade, locale)}`,
    });
  }
  return problems;
}

/** The deny-list over every text of a data file, each at its field's line. */
export function textsForbiddenProblems(
  file: string,
  texts: readonly { field: string; text: string }[],
  lineOf: (file: string, field: string) => number | undefined,
): Problem[] {
  return texts.flatMap(({ field, text }) =>
    findForbiddenInFile(file, text, 1, field).map(({ line: _line, column: _column, ...problem }) => {
      const line = lineOf(file, field);
      return line === undefined ? problem : { ...problem, line };
    }),
  );
}

/** The tools' texts (content/tools.yaml or its translation) grouped as a reader meets them. */
export function toolGroups(file: string, tools: ToolWords, locale: Locale): TextGroup[] {
  const texts = toolTexts(tools);
  if (locale !== 'en') return [{ file, name: 'the tools', field: 'file', texts }];
  const part = (name: string, key: string): TextGroup => ({
    file,
    name,
    field: key,
    texts: texts.filter((t) => t.field.startsWith(`${key}.`)),
  });
  return [
    part('the timer messages', 'timer'),
    part('the self-check results', 'selfCheck'),
    part('the plan messages', 'plan'),
  ];
}

/** The English words of the tools that live in self-care.yaml and red-flags.yaml: the plan, the timer and the questions. */
export function selfCareGroups(
  selfCareFile: string,
  selfCare: SelfCare,
  redFlagsFile: string,
  redFlags: readonly RedFlag[],
): TextGroup[] {
  const { stages, later } = selfCare.recoveryPlan;
  const plan = [
    ...stages.flatMap((stage, s) => [
      { field: `recoveryPlan.stages[${s}].expect`, text: stage.expect },
      ...stage.days.flatMap((day, d) => [
        { field: `recoveryPlan.stages[${s}].days[${d}].aim`, text: day.aim },
        ...day.do.map((text, i) => ({ field: `recoveryPlan.stages[${s}].days[${d}].do[${i}]`, text })),
        ...(day.help ? [{ field: `recoveryPlan.stages[${s}].days[${d}].help`, text: day.help }] : []),
      ]),
    ]),
    { field: 'recoveryPlan.later.expect', text: later.expect },
    ...later.do.map((text, i) => ({ field: `recoveryPlan.later.do[${i}]`, text })),
    { field: 'recoveryPlan.later.help', text: later.help },
  ];
  return [
    { file: selfCareFile, name: 'the recovery plan', field: 'recoveryPlan', texts: plan },
    {
      file: selfCareFile,
      name: 'the ice and heat timer',
      field: 'iceHeat',
      texts: selfCare.iceHeat.flatMap((item, i) => [
        { field: `iceHeat[${i}].what`, text: item.what },
        { field: `iceHeat[${i}].gap`, text: item.gap },
      ]),
    },
    {
      file: redFlagsFile,
      name: 'the self-check questions',
      field: 'file',
      texts: redFlags.map((flag, i) => ({ field: `[${i}].question`, text: flag.question })),
    },
  ];
}

/** What the registries must hold to: every source cited, every glossary entry linked, every searched brand denied. */
export interface Registries {
  sourcesFile: string;
  sources: readonly Source[];
  glossaryFile: string;
  glossary: readonly GlossaryEntry[];
  articles: readonly { data: { sources: readonly string[] }; body: string }[];
  redFlags: readonly RedFlag[];
  selfCare: SelfCare | undefined;
}

export function registryProblems(registries: Registries): Problem[] {
  const { articles } = registries;
  const cited = new Set([
    ...articles.flatMap((a) => a.data.sources),
    ...registries.redFlags.flatMap((f) => f.sources),
    ...registries.glossary.flatMap((g) => g.sources),
    ...(registries.selfCare ? selfCareSourceIds(registries.selfCare) : []),
  ]);
  const bodies = articles.map((a) => a.body).join('\n');
  return [
    ...registries.sources.flatMap((source, index) =>
      cited.has(source.id)
        ? []
        : [
            {
              file: registries.sourcesFile,
              field: `[${index}]`,
              message: `"${source.id}" is cited nowhere: cite it, or remove it`,
            },
          ],
    ),
    ...registries.glossary.flatMap((entry, index) =>
      bodies.includes(`/glossary/#${entry.id}`)
        ? []
        : [
            {
              file: registries.glossaryFile,
              field: `[${index}]`,
              message: `"${entry.id}" is linked from no article: link to /glossary/#${entry.id} where the word is used, or remove it`,
            },
          ],
    ),
  ];
}

const DENIED_BRANDS = new Set<string>(DENY_LIST.brands);

/** A brand readers search for must be on the deny-list, so no page can name it. */
export function synonymBrandProblems(file: string, synonyms: readonly SynonymEntry[]): Problem[] {
  return synonyms.flatMap((entry, index) =>
    entry.brands.flatMap((brand, at) =>
      DENIED_BRANDS.has(brand.toLowerCase())
        ? []
        : [
            {
              file,
              field: `[${index}].brands[${at}]`,
              message: `"${brand}" is not on the deny-list: add it to DENY_LIST.brands (src/pipeline/checks/findForbidden.ts), so no page can name it`,
            },
          ],
    ),
  );
}

/** A prose page (content/pages/) as the writing rules read it. */
export interface PageInput {
  file: string;
  /** The whole file's text, frontmatter included. */
  text: string;
  /** The frontmatter as parsed: its title, description and lede are read. */
  data: unknown;
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
}

/** The frontmatter fields of a prose page that readers read. */
const PAGE_FIELDS = ['title', 'description', 'lede'] as const;

/**
 * The writing rules of articles over a prose page (home, about, the tools'
 * pages): no brand, dose or selling word anywhere in the file; no sentence
 * over the limit in its title, description, lede or body; and the reading
 * level of its lede and body. An article's length, care card and callouts
 * are not asked of a page.
 */
export function pageQualityProblems(page: PageInput, locale: Locale): Problem[] {
  const { file, body, bodyLine } = page;
  const problems: Problem[] = findForbiddenInFile(file, page.text);
  const data = (typeof page.data === 'object' && page.data !== null ? page.data : {}) as Record<string, unknown>;
  const lines = page.text.split('\n');
  for (const field of PAGE_FIELDS) {
    const value = data[field];
    if (typeof value !== 'string') continue;
    const line = lines.findIndex((text) => text.startsWith(`${field}:`)) + 1 || 1;
    for (const long of readability(value, locale).longSentences) {
      problems.push({ file, line, field, message: longSentence(long.words, long.text) });
    }
  }
  for (const long of readability(body, locale).longSentences) {
    problems.push({
      file,
      line: bodyLine + long.line - 1,
      field: 'body',
      message: longSentence(long.words, long.text),
    });
  }
  const lede = typeof data.lede === 'string' ? data.lede : '';
  const report = readability(`${lede}\n\n${body}`, locale);
  if (report.sentenceCount > 0 && !easyEnough(report.grade, locale)) {
    problems.push({ file, line: bodyLine, field: 'body', message: gradeRule(report.grade, locale) });
  }
  return problems;
}
