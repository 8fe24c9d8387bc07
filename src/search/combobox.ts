/**
 * The rules of the header's search box (<bsg-header-search>), a combobox in
 * the WAI-ARIA pattern: what a key does with the list of options, and what
 * the live status and the last option say. Pure, so the element only wires
 * these to the page.
 */
import { fill, type HeaderWords } from './words.ts';

/** Where the list stands when a key is pressed. */
export interface ComboboxState {
  /** Whether the list is shown. */
  open: boolean;
  /** The option the arrow keys are on, or -1 for none. */
  active: number;
  /** How many options the list has. */
  count: number;
  /** Whether the box has text in it. */
  hasValue: boolean;
}

/** What the element does for a key; "none" leaves the key to the browser (Enter then submits the form). */
export type ComboboxAction =
  { kind: 'move'; active: number } | { kind: 'follow' } | { kind: 'close' } | { kind: 'clear' } | { kind: 'none' };

/**
 * ArrowDown opens the list and moves down (wrapping to the first option);
 * ArrowUp moves up (wrapping to the last); Enter on an active option follows
 * it; Escape closes an open list, or clears the box when it is closed.
 */
export function comboboxKey(key: string, { open, active, count, hasValue }: ComboboxState): ComboboxAction {
  if (key === 'ArrowDown' && count > 0) return { kind: 'move', active: open && active + 1 < count ? active + 1 : 0 };
  if (key === 'ArrowUp' && open && count > 0) return { kind: 'move', active: active <= 0 ? count - 1 : active - 1 };
  if (key === 'Enter' && open && active >= 0 && active < count) return { kind: 'follow' };
  if (key === 'Escape') {
    if (open) return { kind: 'close' };
    if (hasValue) return { kind: 'clear' };
  }
  return { kind: 'none' };
}

/**
 * Where the active option is after the list is drawn again (a doc arrived, or
 * the results of the finished query replaced those of a partial one): on the
 * same page it was on, wherever that is now, or none if it is gone. So Enter
 * always opens what the reader chose, never what slid into its place.
 */
export function activeAfterRedraw(chosen: string | undefined, hrefs: readonly (string | undefined)[]): number {
  return chosen === undefined ? -1 : hrefs.indexOf(chosen);
}

/**
 * The base path a page gives ("/", "/guide/", "/es/") without its closing "/",
 * to put before a path. The build checked it (src/site.ts), so the browser
 * need not carry that check.
 */
export function pathPrefix(base: string): string {
  return base.replace(/\/+$/, '');
}

/** The search page's address for a query, under the site's base path ("/" or "/guide/"). */
export function searchPageHref(base: string, query: string): string {
  return `${pathPrefix(base)}/search/?q=${encodeURIComponent(query)}`;
}

/**
 * The live status once a search is done: "3 results", with a pointer to the
 * emergency advice when it shows (`where`: where it is, such as " above").
 */
export function resultsStatus(
  count: number,
  emergency: boolean,
  words: Pick<HeaderWords, 'noResults' | 'oneResult' | 'manyResults' | 'emergencyStatus'>,
  where = '',
): string {
  const found = count === 0 ? words.noResults : count === 1 ? words.oneResult : fill(words.manyResults, { n: count });
  return emergency ? fill(words.emergencyStatus, { found, where }) : found;
}
