/**
 * Headings and links of an MDX body, read from its one parse (src/pipeline/mdx.ts).
 * A body that does not parse has none; the content check reports why.
 */
import { headingsOf, linksOf, parseMdx } from './mdx.ts';

export interface BodyLink {
  url: string;
  /** 1-based line in the body. */
  line: number;
}

/** Every address written in an MDX body: [text](url), [ref]: url, ![alt](url), and JSX href/src. */
export function extractLinks(body: string): BodyLink[] {
  const { tree } = parseMdx(body);
  return tree ? linksOf(tree).map(({ url, line }) => ({ url, line })) : [];
}

export interface BodyHeading {
  depth: number;
  text: string;
  id: string;
}

/** A heading with the line it sits on (0-based) in the body, so a body can be cut into sections. */
export interface BodyHeadingLine extends BodyHeading {
  line: number;
}

export function headingLines(body: string): BodyHeadingLine[] {
  const { tree } = parseMdx(body);
  return tree ? headingsOf(tree).map((h) => ({ depth: h.depth, text: h.text, id: h.id, line: h.line - 1 })) : [];
}

/** The h2 to h6 headings of an MDX body with the ids the site gives them (github-slugger). */
export function extractHeadings(body: string): BodyHeading[] {
  return headingLines(body).map(({ depth, text, id }) => ({ depth, text, id }));
}
