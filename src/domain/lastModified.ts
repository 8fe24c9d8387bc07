/** The review data of an article, as in its frontmatter. */
export interface ArticleDates {
  reviewed: { last: Date };
  published: Date;
  changes: readonly { date: Date }[];
}

/** The date of a page's newest "What changed" note, if it has one. */
export function newestChange(changes: readonly { date: Date }[]): Date | undefined {
  if (changes.length === 0) return undefined;
  return new Date(Math.max(...changes.map((c) => c.date.getTime())));
}

/**
 * The date a page last changed (JSON-LD dateModified, the sitemap's lastmod,
 * article:modified_time, the feed): the newest of its last review and its
 * change notes, or its first publication if that is later.
 */
export function lastModifiedOf(data: ArticleDates): Date {
  const dates = [data.reviewed.last, data.published, ...data.changes.map((c) => c.date)];
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}
