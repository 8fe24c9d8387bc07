/**
 * The ice and heat timer as pure functions of timestamps. Nothing here reads
 * the clock: the caller passes `now` (milliseconds since 1970), so the timer
 * stays right when a phone sleeps, a tab is in the background or the page is
 * reloaded, and tests can set any moment they like.
 */
import { fill } from '../schemas/template.ts';
import type { TimerText } from '../schemas/tools.ts';

export type TimerKind = 'ice' | 'heat';

/** What the content data allows for one kind (from content/self-care.yaml). */
export interface TimerLimits {
  min: number;
  max: number;
  defaultMinutes: number;
  gapMinutes: number;
  /** Minutes into a go to check the skin (checkSkinMinutes in content/self-care.yaml), if the kind has one. */
  checkSkinMinutes?: number | undefined;
}

/** One running timer, as kept in localStorage. */
export interface TimerState {
  kind: TimerKind;
  /** Minutes the pack stays on. */
  minutes: number;
  /** Minutes to wait after taking it off before the next go is allowed. */
  gapMinutes: number;
  /** When the pack went on. */
  startedAt: number;
  sound: boolean;
  notify: boolean;
}

export const MINUTE = 60_000;
/** A finished timer is forgotten this long after the next go became allowed. */
export const FORGET_AFTER = 12 * 60 * MINUTE;

export type TimerPhase = 'on' | 'gap' | 'ready' | 'expired';

export interface TimerView {
  phase: TimerPhase;
  /** When the pack must come off. */
  offAt: number;
  /** When the next go is allowed, at the earliest. */
  nextAt: number;
  /** Time left in this phase ('on' and 'gap'); 0 otherwise. */
  remaining: number;
}

/** Where a timer is at the moment `now`. */
export function timerView(state: TimerState, now: number): TimerView {
  const offAt = state.startedAt + state.minutes * MINUTE;
  const nextAt = offAt + state.gapMinutes * MINUTE;
  if (now < offAt) {
    // If the device clock was moved back, never show more than the whole go.
    return { phase: 'on', offAt, nextAt, remaining: Math.min(offAt - now, state.minutes * MINUTE) };
  }
  if (now < nextAt) return { phase: 'gap', offAt, nextAt, remaining: nextAt - now };
  if (now < nextAt + FORGET_AFTER) return { phase: 'ready', offAt, nextAt, remaining: 0 };
  return { phase: 'expired', offAt, nextAt, remaining: 0 };
}

/**
 * Whether it is time to check the skin: from `checkSkinMinutes` (5 for ice;
 * none for heat) into a go until the pack comes off. A go that ends by then
 * has none: its "take it off" message says to check the skin. The display
 * redraws on each whole second from the start, so it shows on time.
 */
export function skinCheckDue(state: TimerState, checkSkinMinutes: number | undefined, now: number): boolean {
  return (
    !!checkSkinMinutes &&
    checkSkinMinutes < state.minutes &&
    now >= state.startedAt + checkSkinMinutes * MINUTE &&
    now < state.startedAt + state.minutes * MINUTE
  );
}

/** The next moment the phase changes, to wake up for; null when nothing more happens. */
export function nextChangeAt(view: TimerView): number | null {
  if (view.phase === 'on') return view.offAt;
  if (view.phase === 'gap') return view.nextAt;
  return null;
}

/** A whole number of minutes inside the allowed range, or null if the input is not a number. */
export function minutesWithin(input: string | number, limits: Pick<TimerLimits, 'min' | 'max'>): number | null {
  const value = typeof input === 'number' ? input : Number(String(input).trim() || Number.NaN);
  if (!Number.isFinite(value) || !Number.isInteger(value)) return null;
  if (value < limits.min || value > limits.max) return null;
  return value;
}

/** A new timer. The gap always comes from the content data, never from the reader. */
export function startTimer(
  kind: TimerKind,
  minutes: number,
  limits: Record<TimerKind, TimerLimits>,
  now: number,
  alerts: { sound: boolean; notify: boolean },
): TimerState {
  const allowed = limits[kind];
  const checked = minutesWithin(minutes, allowed);
  if (checked === null)
    throw new RangeError(`${kind}: minutes must be a whole number from ${allowed.min} to ${allowed.max}`);
  return { kind, minutes: checked, gapMinutes: allowed.gapMinutes, startedAt: now, ...alerts };
}

/**
 * Reads a saved timer. Anything odd (old format, edited by hand, a kind or
 * minutes the content no longer allows) gives null, so the reader starts afresh.
 */
export function parseTimerState(saved: string | null, limits: Record<TimerKind, TimerLimits>): TimerState | null {
  if (!saved) return null;
  let data: unknown;
  try {
    data = JSON.parse(saved);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const { kind, minutes, startedAt, sound, notify } = data as Record<string, unknown>;
  if (kind !== 'ice' && kind !== 'heat') return null;
  if (typeof startedAt !== 'number' || !Number.isFinite(startedAt)) return null;
  if (typeof minutes !== 'number' || minutesWithin(minutes, limits[kind]) === null) return null;
  return {
    kind,
    minutes,
    gapMinutes: limits[kind].gapMinutes,
    startedAt,
    sound: sound === true,
    notify: notify === true,
  };
}

/** The saved form of a timer (the gap is left out: it always comes from the content). */
export function serializeTimerState(state: TimerState): string {
  const { kind, minutes, startedAt, sound, notify } = state;
  return JSON.stringify({ kind, minutes, startedAt, sound, notify });
}

/** A countdown such as "14:05" or "1:59:30", rounded up to the whole second. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = hours > 0 ? String(minutes).padStart(2, '0') : String(minutes);
  return `${hours > 0 ? `${hours}:` : ''}${mm}:${String(seconds).padStart(2, '0')}`;
}

/** The words durationInWords uses, in the page's language ({n} is the number). */
export interface DurationWords {
  now: string;
  minute: string;
  minutes: string;
  hour: string;
  hours: string;
}

const ENGLISH_DURATIONS: DurationWords = {
  now: 'now',
  minute: '1 minute',
  minutes: '{n} minutes',
  hour: '1 hour',
  hours: '{n} hours',
};

/** A duration in words for messages and screen readers: "15 minutes", "1 hour 5 minutes" ("15 minutos" in Spanish). */
export function durationInWords(ms: number, words: DurationWords = ENGLISH_DURATIONS): string {
  const minutes = Math.ceil(Math.max(0, ms) / MINUTE);
  if (minutes <= 1) return ms <= 0 ? words.now : words.minute;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(hours === 1 ? words.hour : words.hours.replace('{n}', String(hours)));
  if (rest > 0) parts.push(rest === 1 ? words.minute : words.minutes.replace('{n}', String(rest)));
  return parts.join(' ');
}

/** One kind as the timer element gets it: its limits, its name and the advice for the wait. */
export interface KindConfig extends TimerLimits {
  name: string;
  gap: string;
  /** The hint under the minutes field: "Ice: up to 15 minutes. Check your skin after 5 minutes. Take it off sooner if it hurts." */
  hint: string;
  /** "Check your skin after 5 minutes." or "" */
  skinCheck: string;
  /** "at least 2 hours" */
  gapLength: string;
  /** The heat-at-night rule, for heat only ('' for ice). */
  heatAtNight: string;
}

export interface TimerWords {
  /** The timer's heading, and what a notification is titled. */
  title: string;
  /** What to do now, shown under the title. */
  message: string;
  /** A notification's body when the phase changes ('' for the first phase, which has none). */
  alert: string;
}

/** What timerWords needs from content/tools.yaml (timer). */
export type TimerPhaseWords = Pick<TimerText, 'on' | 'gap' | 'ready' | 'checkSkinOften'>;

/**
 * The words for a timer's phase, from content/tools.yaml with the gaps filled.
 * `clock` writes a time of day the reader's way (such as 10:10).
 */
export function timerWords(
  view: TimerView,
  item: Pick<KindConfig, 'name' | 'gap' | 'skinCheck' | 'gapLength' | 'heatAtNight'>,
  clock: (time: number) => string,
  words: TimerPhaseWords,
): TimerWords {
  const values = {
    name: view.phase === 'on' ? item.name : item.name.toLowerCase(),
    offAt: clock(view.offAt),
    nextAt: clock(view.nextAt),
    gap: item.gap,
    gapLength: item.gapLength,
    skinCheck: item.skinCheck || words.checkSkinOften,
  };
  if (view.phase === 'on') {
    const message = fill(words.on.message, values);
    return {
      title: fill(words.on.title, values),
      message: item.heatAtNight ? `${message} ${item.heatAtNight}` : message,
      alert: '',
    };
  }
  const phase = view.phase === 'gap' ? words.gap : words.ready;
  return { title: fill(phase.title, values), message: fill(phase.message, values), alert: fill(phase.alert, values) };
}

/**
 * How long to wait before the display next changes: to the next whole second
 * of the countdown, or to the phase change if that comes first (at least one
 * frame, 16 ms). Null when nothing more happens.
 */
export function nextRenderIn(view: TimerView, now: number): number | null {
  const change = nextChangeAt(view);
  if (change === null) return null;
  const toSecond = view.remaining % 1000 || 1000;
  return Math.max(16, Math.min(toSecond, change - now));
}
