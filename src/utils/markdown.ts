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

/** The h2 to h6 headings of an MDX body with the ids the site gives them (github-slugger). */
export function extractHeadings(body: string): BodyHeading[] {
  const slugger = new GithubSlugger();
  const headings: BodyHeading[] = [];
  let inFence = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const match = !inFence && /^(#{2,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (match?.[1] && match[2]) {
      const text = plainHeading(match[2]);
      headings.push({ depth: match[1].length, text, id: slugger.slug(text) });
    }
  }
  return headings;
}
