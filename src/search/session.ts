/**
 * One search session, shared by the header's box (<bsg-header-search>) and
 * the search page (<bsg-site-search>): the pause after typing, the fetching
 * of what the words typed so far need while the reader types (prefetch),
 * and a guard so that only the newest search ever touches the page (a search
 * that a newer one replaced, or that was cancelled, says nothing more).
 * Pure: the timers and the searcher are given to it, and it reaches the page
 * only through the view's callbacks, so the elements just wire it up.
 */

/** How long the reader must stop typing before a search runs, in ms. */
export const PAUSE_MS = 150;

/** Timers on one clock: setTimeout and performance.now() in the browser. */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(timer: unknown): void;
  now(): number;
}

export const browserTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  now: () => performance.now(),
};

/** What a session needs of a searcher (client.ts, Searcher). */
export interface SessionSearcher<Found, Result> {
  /** Fetches what a query being typed will need, and may say what it learnt (a hint for the view); never fails. */
  prefetch(query: string): Promise<unknown>;
  run(
    query: string,
    limit: number,
    start: (found: Found) => void,
    show: (result: Result, place: number) => void,
  ): Promise<Result[]>;
}

/** How a search shows on the page; each is called for the newest search only. */
export interface SessionView<Found, Result> {
  /** What a prefetch for the text now in the box learnt, before its search runs (see SessionSearcher.prefetch). */
  ahead?(hint: unknown): void;
  /** A search begins, for `query` (trimmed; "" when the box was emptied). */
  begin(query: string): void;
  /** The box is empty: nothing to show. */
  clear(): void;
  /** The ranking is in: how many results, the emergency signs, the unknown words. */
  start(found: Found): void;
  /** A result's own doc has arrived: it goes to its place. */
  show(result: Result, place: number): void;
  /** Every result is in. */
  done(results: Result[], found: Found | undefined): void;
  fail(error: unknown): void;
}

export interface SessionOptions<Found, Result> {
  searcher: () => Promise<SessionSearcher<Found, Result>>;
  view: SessionView<Found, Result>;
  /** At most this many results (articles). */
  limit: number;
  pause?: number;
  timers?: Timers;
}

export class SearchSession<Found, Result> {
  #options: Required<SessionOptions<Found, Result>>;
  #timer: unknown;
  /** The newest search's number: an older search's callbacks find it changed and do nothing. */
  #run = 0;
  /** The text the reader typed last. */
  #typed: string | undefined;

  constructor(options: SessionOptions<Found, Result>) {
    this.#options = { pause: PAUSE_MS, timers: browserTimers, ...options };
  }

  /**
   * The reader typed, and the box now holds `query`. The search runs once the
   * reader has stopped for the pause, counted from `at` (when the key was
   * pressed, on the timers' clock: a page may hand the keystroke over once
   * the search code has loaded); meanwhile what the query will need is fetched.
   */
  typed(query: string, at = this.#options.timers.now()): void {
    const { timers, pause } = this.#options;
    timers.clear(this.#timer);
    const waited = Math.max(0, timers.now() - at);
    this.#timer = timers.set(() => void this.search(query), Math.max(0, pause - waited));
    this.#typed = query;
    if (query.trim()) {
      void this.#options
        .searcher()
        .then((searcher) => searcher.prefetch(query))
        .then((hint) => {
          if (hint !== undefined && this.#typed === query) this.#options.view.ahead?.(hint);
        })
        .catch(() => undefined);
    }
  }

  /** Searches at once: a query the reader has finished (a submitted form, an address, a box emptied). */
  async search(query: string): Promise<void> {
    const { timers, view, limit } = this.#options;
    timers.clear(this.#timer);
    this.#timer = undefined;
    const run = ++this.#run;
    const current = () => run === this.#run;
    const trimmed = query.trim();
    view.begin(trimmed);
    if (!trimmed) {
      view.clear();
      return;
    }
    let found: Found | undefined;
    try {
      const searcher = await this.#options.searcher();
      if (!current()) return;
      const results = await searcher.run(
        trimmed,
        limit,
        (ranking) => {
          if (!current()) return;
          found = ranking;
          view.start(ranking);
        },
        (result, place) => {
          if (current()) view.show(result, place);
        },
      );
      if (current()) view.done(results, found);
    } catch (error) {
      if (current()) view.fail(error);
    }
  }

  /** Stops what is under way: the pause, the search running, which shows nothing more, and a prefetch's hint. */
  cancel(): void {
    this.#options.timers.clear(this.#timer);
    this.#timer = undefined;
    this.#typed = undefined;
    this.#run += 1;
  }
}
