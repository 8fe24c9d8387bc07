/** Ends a fragment with a full stop unless it already ends with one ("et al." stays "et al."). */
export function withFullStop(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

/**
 * The words after a source's title in a reference list, as one string so no
 * stray spaces can creep in before a comma or full stop:
 * "Kongsted A, et al. The Lancet, 2018 (updated 2024)."
 */
export function citationDetails(
  source: {
    authors?: string | undefined;
    publisher: string;
    year?: number | undefined;
    updated?: string | number | undefined;
  },
  updatedWord = 'updated',
): string {
  const authors = source.authors ? `${withFullStop(source.authors)} ` : '';
  const year = source.year ? `, ${source.year}` : '';
  const updated = source.updated ? ` (${updatedWord} ${source.updated})` : '';
  return `${authors}${source.publisher.trim()}${year}${updated}.`;
}

/**
 * A source's name where it is cited by its title alone (the glossary, the
 * sources page's headings, structured data): the title, with the publisher
 * after it when another source of `among` has the same title, so two are
 * never both "Back pain" ("Back pain (NHS website)", "Back pain (healthdirect Australia)").
 */
export function citationName<T extends { title: string; publisher: string }>(source: T, among: readonly T[]): string {
  const key = (title: string) => title.trim().toLowerCase();
  const shared = among.some((other) => other !== source && key(other.title) === key(source.title));
  return shared ? `${source.title.trim()} (${source.publisher.trim()})` : source.title;
}

/** A list joined with commas ("a, b, c"), for links rendered in one expression. */
export function commaJoin<T>(items: readonly T[]): (T | string)[] {
  return items.flatMap((item, index) => (index === 0 ? [item] : [', ', item]));
}
