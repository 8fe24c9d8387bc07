/** The review data of an article, as in its frontmatter. */
export interface ArticleDates {
  reviewed: { last: Date };
  published: Date;
  changes: readonly { date: Date }[];
}

/** The date a page last changed: its newest change note, its last review or its first publication. */
export function lastModifiedOf(data: ArticleDates): Date {
  const dates = [data.reviewed.last, data.published, ...data.changes.map((c) => c.date)];
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}
