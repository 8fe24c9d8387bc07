import { describe, expect, test } from 'vitest';
import { PAUSE_MS, SearchSession, type SessionSearcher, type Timers } from '../../../src/search/session.ts';

/** Timers that move only when the test says: a list of pending timers on a clock of our own. */
function manualTimers() {
  let now = 1_000;
  let next = 0;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    set: (run, ms) => {
      pending.set(++next, { at: now + ms, run });
      return next;
    },
    clear: (timer) => pending.delete(timer as number),
    now: () => now,
  };
  /** Moves the clock on by `ms`, running the timers that fall due, in order. */
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...pending].sort(([, a], [, b]) => a.at - b.at)) {
      if (timer.at > now) break;
      pending.delete(id);
      timer.run();
    }
  };
  return { timers, advance, pending: () => pending.size };
}

interface Found {
  query: string;
}

/** A searcher whose searches wait until the test releases them, and which logs what it was asked. */
function fakeSearcher() {
  const log: string[] = [];
  const held = new Map<string, () => void>();
  const searcher: SessionSearcher<Found, string> = {
    prefetch: async (query) => {
      log.push(`prefetch ${query}`);
      return `hint for ${query}`;
    },
    run: async (query, _limit, start, show) => {
      log.push(`run ${query}`);
      await new Promise<void>((release) => held.set(query, release));
      start({ query });
      show(`${query}: first`, 0);
      return [`${query}: first`];
    },
  };
  return { searcher, log, release: (query: string) => held.get(query)?.() };
}

/** Lets every promise that can settle do so. */
const settle = () => new Promise((done) => setTimeout(done, 0));

function session(limit = 5) {
  const clock = manualTimers();
  const fake = fakeSearcher();
  const seen: string[] = [];
  const made = new SearchSession<Found, string>({
    searcher: async () => fake.searcher,
    limit,
    timers: clock.timers,
    view: {
      ahead: (hint) => seen.push(String(hint)),
      begin: (query) => seen.push(`begin ${query}`),
      clear: () => seen.push('clear'),
      start: (found) => seen.push(`start ${found.query}`),
      show: (result, place) => seen.push(`show ${result} at ${place}`),
      done: (results) => seen.push(`done ${results.length}`),
      fail: (error) => seen.push(`fail ${String(error)}`),
    },
  });
  return { session: made, clock, fake, seen };
}

describe('SearchSession', () => {
  test('typing prefetches at once and searches once the reader has paused, for the last text only', async () => {
    const { session: s, clock, fake, seen } = session();
    s.typed('i');
    clock.advance(50);
    s.typed('ic');
    clock.advance(50);
    s.typed('ice');
    await settle();
    expect(fake.log).toEqual(['prefetch i', 'prefetch ic', 'prefetch ice']);
    // What each prefetch learnt reaches the view only for the text still in the box.
    expect(seen).toEqual(['hint for ice']);
    seen.length = 0;
    clock.advance(PAUSE_MS - 1);
    expect(seen).toEqual([]);
    clock.advance(1);
    await settle();
    expect(fake.log.at(-1)).toBe('run ice');
    fake.release('ice');
    await settle();
    expect(seen).toEqual(['begin ice', 'start ice', 'show ice: first at 0', 'done 1']);
  });

  test('the pause counts from the keystroke, not from when the text reached the session', async () => {
    const { session: s, clock, fake } = session();
    // The search code took 100 ms to load after the key was pressed.
    s.typed('ice', clock.timers.now() - 100);
    clock.advance(PAUSE_MS - 100);
    await settle();
    expect(fake.log).toContain('run ice');
  });

  test('a search that a newer one replaced shows nothing, even when it finishes last', async () => {
    const { session: s, fake, seen } = session();
    const older = s.search('ice');
    await settle();
    const newer = s.search('heat');
    await settle();
    fake.release('heat');
    await newer;
    fake.release('ice');
    await older;
    expect(seen).toEqual(['begin ice', 'begin heat', 'start heat', 'show heat: first at 0', 'done 1']);
  });

  test('cancel() stops the pause and silences the search under way', async () => {
    const { session: s, clock, fake, seen } = session();
    const running = s.search('ice');
    await settle();
    s.typed('heat');
    s.cancel();
    clock.advance(PAUSE_MS);
    fake.release('ice');
    await running;
    await settle();
    expect(clock.pending()).toBe(0);
    expect(fake.log).not.toContain('run heat');
    expect(seen).toEqual(['begin ice']);
  });

  test('searching at once (a submitted form) drops the pending pause', async () => {
    const { session: s, clock, fake, seen } = session();
    s.typed('ic');
    const now = s.search('ice');
    await settle();
    fake.release('ice');
    await now;
    clock.advance(PAUSE_MS);
    await settle();
    expect(fake.log.filter((line) => line.startsWith('run'))).toEqual(['run ice']);
    expect(seen[0]).toBe('begin ice');
  });

  test('an emptied box clears the page without asking the searcher, and prefetches nothing', async () => {
    const { session: s, clock, fake, seen } = session();
    s.typed('   ');
    clock.advance(PAUSE_MS);
    await settle();
    expect(fake.log).toEqual([]);
    expect(seen).toEqual(['begin ', 'clear']);
  });

  test('a failed search says so, but only if it is still the newest', async () => {
    const failures: string[] = [];
    const failing = new SearchSession<Found, string>({
      searcher: async () => ({
        prefetch: async () => undefined,
        run: async (query) => {
          if (query === 'ice') await settle();
          throw new Error(`no ${query}`);
        },
      }),
      limit: 5,
      view: {
        begin: () => undefined,
        clear: () => undefined,
        start: () => undefined,
        show: () => undefined,
        done: () => undefined,
        fail: (error) => failures.push(String(error)),
      },
    });
    const older = failing.search('ice');
    await failing.search('heat');
    await older;
    expect(failures).toEqual(['Error: no heat']);
  });

  test('a searcher that cannot load fails the search, and the view hears of it', async () => {
    const failures: unknown[] = [];
    const broken = new SearchSession<Found, string>({
      searcher: () => Promise.reject(new Error('offline')),
      limit: 5,
      view: {
        begin: () => undefined,
        clear: () => undefined,
        start: () => undefined,
        show: () => undefined,
        done: () => undefined,
        fail: (error) => failures.push(error),
      },
    });
    broken.typed('ice');
    await broken.search('ice');
    expect(failures).toEqual([new Error('offline')]);
  });
});
