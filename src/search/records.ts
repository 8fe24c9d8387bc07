/**
 * Cuts articles into search records: one for the summary and intro, and one
 * per h2 or h3 section (h4 and deeper stay in their section).
 */
import type { SearchRecord } from '../schemas/search.ts';
import { headingLines } from '../pipeline/markdown.ts';
import { readableText } from '../pipeline/readableText.ts';

/** A record keeps at most this much of its section's text. */
export const MAX_SECTION_TEXT = 1000;

/** The id of the "In short" heading every article page has; the intro record links to it. */
export const INTRO_ANCHOR = 'in-short-heading';
export const INTRO_HEADING = 'In short';

export interface ArticleInput {
  id: string;
  data: { title: string; description: string; tags: readonly string[]; summary: readonly string[] };
  body: string;
}

export interface RedFlagInput {
  id: string;
  level: string;
  text: string;
  keywords: readonly string[];
  /** Single-word medical names of the sign (sepsis), searched like keywords. */
  names?: readonly string[];
}

/** Cuts text to at most max characters, at a word boundary. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : text.slice(0, max)).trimEnd();
}

/**
 * Takes each <CareCard /> out of an MDX chunk and returns the text and
 * keywords of the warning signs it shows (and of each <GetHelp sign /> sentence). They are indexed with the section,
 * but with less weight than its own words, since many pages show the same cards.
 */
export function expandCareCards(chunk: string, flags: readonly RedFlagInput[]): { text: string; keywords: string[] } {
  const keywords: string[] = [];
  const text = chunk.replace(/<CareCard\b((?:[^>"']|"[^"]*"|'[^']*')*)\/>/g, (_tag, props: string) => {
    const level = /\blevel=["'](\w+)["']/.exec(props)?.[1];
    const idList = /\bids=\{\[([^\]]*)\]\}/.exec(props)?.[1];
    const ids = idList ? [...idList.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]) : undefined;
    const shown = ids ? flags.filter((f) => ids.includes(f.id)) : flags.filter((f) => f.level === level);
    for (const flag of shown) keywords.push(flag.text, ...flag.keywords, ...(flag.names ?? []));
    return '';
  });
  // <GetHelp sign="..." /> says the sign's words in a sentence: indexed as text, with its keywords.
  const withHelp = text.replace(/<GetHelp\b((?:[^>"']|"[^"]*"|'[^']*')*)\/>/g, (_tag, props: string) => {
    const flag = flags.find((f) => f.id === /\bsign=["']([^"']+)["']/.exec(props)?.[1]);
    if (!flag) return '';
    keywords.push(...flag.keywords, ...(flag.names ?? []));
    return ` ${flag.text}.`;
  });
  return { text: withHelp, keywords };
}

/** The search records of one article, in page order. */
export function articleRecords(
  article: ArticleInput,
  flags: readonly RedFlagInput[],
  introHeading = INTRO_HEADING,
): SearchRecord[] {
  const lines = article.body.split('\n');
  const cuts = headingLines(article.body).filter((h) => h.depth <= 3);
  const base = {
    slug: article.id,
    title: article.data.title,
    description: article.data.description,
    tags: [...article.data.tags],
  };
  const record = (heading: string, anchor: string, chunk: string, extra: readonly string[] = []): SearchRecord => {
    const { text, keywords } = expandCareCards(chunk, flags);
    return {
      ...base,
      anchor,
      heading,
      keywords,
      text: clip([...extra, ...readableText(text)].join(' '), MAX_SECTION_TEXT),
    };
  };

  const intro = lines.slice(0, cuts[0]?.line ?? lines.length).join('\n');
  const records = [record(introHeading, INTRO_ANCHOR, intro, article.data.summary)];
  cuts.forEach((heading, index) => {
    const chunk = lines.slice(heading.line + 1, cuts[index + 1]?.line ?? lines.length).join('\n');
    records.push(record(heading.text, heading.id, chunk));
  });
  return records;
}

/** Records for every article, in the order given; `introHeading` names the "In short" part in the pages' language. */
export function buildRecords(
  articles: readonly ArticleInput[],
  flags: readonly RedFlagInput[],
  introHeading = INTRO_HEADING,
): SearchRecord[] {
  return articles.flatMap((article) => articleRecords(article, flags, introHeading));
}
