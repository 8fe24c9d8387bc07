export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem extends TocHeading {
  children: TocHeading[];
}

/**
 * The contents list of an article: its h2 sections, each with its h3
 * sub-sections nested under it. An h3 before any h2 becomes a top-level item.
 */
export function buildToc(headings: readonly TocHeading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) items.push({ ...heading, children: [] });
    else if (heading.depth === 3) {
      const parent = items.at(-1);
      if (parent) parent.children.push(heading);
      else items.push({ ...heading, children: [] });
    }
  }
  return items;
}
