/**
 * "Which day of the plan is today?" for /tools/recovery-plan/. Dates are
 * calendar dates written YYYY-MM-DD; the caller passes today's date in, so
 * nothing here reads the clock. The day the spasm started is day 1.
 */

const DAY = 86_400_000;

/** Midnight UTC of a real calendar date written YYYY-MM-DD, or null. */
export function parseCalendarDate(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return time;
}

/** A Date's calendar day in the reader's own time zone, as YYYY-MM-DD. */
export function localCalendarDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export type PlanPosition =
  | { status: 'invalid' }
  | { status: 'future' }
  /** Days 1 to `days`: the anchor is "day-N". */
  | { status: 'day'; day: number; anchor: string }
  /** After the last day. `overSixWeeks` when it is more than 6 weeks since the start. */
  | { status: 'later'; day: number; anchor: string; overSixWeeks: boolean };

/** Where today falls in the plan, for a start date the reader entered. */
export function planPosition(
  start: string,
  today: string,
  { days = 14, laterAnchor = 'after-2-to-6-weeks' } = {},
): PlanPosition {
  const from = parseCalendarDate(start);
  const to = parseCalendarDate(today);
  if (from === null || to === null) return { status: 'invalid' };
  const day = Math.round((to - from) / DAY) + 1;
  if (day < 1) return { status: 'future' };
  if (day <= days) return { status: 'day', day, anchor: `day-${day}` };
  return { status: 'later', day, anchor: laterAnchor, overSixWeeks: day > 42 };
}
