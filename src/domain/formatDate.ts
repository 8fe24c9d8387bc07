/** "15 March 2026", the NHS style for review dates. Always in UTC, so the build machine's zone never shifts a day. */
export function formatDate(date: Date, lang = 'en-GB'): string {
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

/** "2026-03-15", for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
