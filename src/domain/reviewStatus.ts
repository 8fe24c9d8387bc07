/** Reviews due within this many days get a warning. */
export const REVIEW_WARNING_DAYS = 60;

export type ReviewState = 'overdue' | 'due-soon' | 'ok';

const DAY = 24 * 60 * 60 * 1000;

/** Whether a page's review is overdue or due soon. `now` is passed in, never read from the clock. */
export function reviewStatus(next: Date, now: Date): { state: ReviewState; days: number } {
  const days = Math.ceil((next.getTime() - now.getTime()) / DAY);
  if (days < 0) return { state: 'overdue', days };
  if (days <= REVIEW_WARNING_DAYS) return { state: 'due-soon', days };
  return { state: 'ok', days };
}

export interface ReviewedItem {
  file: string;
  title: string;
  next: Date;
}

/** One line per page whose review is overdue or due soon, most urgent first. */
export function reviewWarnings(items: readonly ReviewedItem[], now: Date): string[] {
  return items
    .map((item) => ({ item, ...reviewStatus(item.next, now) }))
    .filter((row) => row.state !== 'ok')
    .sort((a, b) => a.days - b.days)
    .map(({ item, state, days }) =>
      state === 'overdue'
        ? `${item.file}: review overdue by ${-days} day(s) ("${item.title}")`
        : `${item.file}: review due in ${days} day(s) ("${item.title}")`,
    );
}
