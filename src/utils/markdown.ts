import GithubSlugger from 'github-slugger';

export interface BodyLink {
  url: string;
  line: number;
}

/** Links written in an MDX body: [text](url) and href="url". */
export function extractLinks(body: string): BodyLink[] {
  const links: BodyLink[] = [];
  const patterns = [/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, /\bhref=["']([^"']+)["']/g];
  body.split('\n').forEach((text, index) => {
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        if (match[1]) links.push({ url: match[1], line: index + 1 });
      }
    }
  });
  return links;
}

/** Strips inline Markdown so a heading reads as plain text. */
export function plainHeading(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .trim();
}

export interface BodyHeading {
  depth: number;
  text: string;
  id: string;
}

/** A heading with the line it sits on (0-based) in the body. */
export interface BodyHeadingLine extends BodyHeading {
  line: number;
}

/** Like extractHeadings, with each heading's line, so a body can be cut into sections. */
export function headingLines(body: string): BodyHeadingLine[] {
  const slugger = new GithubSlugger();
  const headings: BodyHeadingLine[] = [];
  let inFence = false;
  body.split('\n').forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const match = inFence ? null : /^(#{2,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (match?.[1] && match[2]) {
      const text = plainHeading(match[2]);
      headings.push({ depth: match[1].length, text, id: slugger.slug(text), line: index });
    }
  });
  return headings;
}

/** The h2 to h6 headings of an MDX body with the ids the site gives them (github-slugger). */
export function extractHeadings(body: string): BodyHeading[] {
  return headingLines(body).map(({ depth, text, id }) => ({ depth, text, id }));
}
