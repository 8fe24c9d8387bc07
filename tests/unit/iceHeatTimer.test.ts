import { describe, expect, test } from 'vitest';
import {
  FORGET_AFTER,
  MINUTE,
  durationInWords,
  formatCountdown,
  minutesWithin,
  nextChangeAt,
  nextRenderIn,
  parseTimerState,
  serializeTimerState,
  skinCheckDue,
  startTimer,
  timerView,
  timerWords,
  type TimerKind,
  type TimerLimits,
} from '../../src/domain/iceHeatTimer.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { toolWordsSchema } from '../../src/schemas/tools.ts';

const words = toolWordsSchema.parse(parse(readFileSync('content/tools.yaml', 'utf8'))).timer;

const limits: Record<TimerKind, TimerLimits> = {
  ice: { min: 5, max: 20, defaultMinutes: 15, gapMinutes: 60 },
  heat: { min: 10, max: 20, defaultMinutes: 15, gapMinutes: 120 },
};
const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);
const alerts = { sound: true, notify: false };

describe('ice and heat timer: one whole cycle from timestamps', () => {
  const state = startTimer('ice', 15, limits, T0, alerts);

  test('a new timer takes its gap from the content data', () => {
    expect(state).toEqual({ kind: 'ice', minutes: 15, gapMinutes: 60, startedAt: T0, sound: true, notify: false });
    expect(startTimer('heat', 10, limits, T0, alerts).gapMinutes).toBe(120);
  });

  test.each([
    ['just started', 0, 'on', 15 * MINUTE],
    ['half way', 7.5 * MINUTE, 'on', 7.5 * MINUTE],
    ['1 ms before the end', 15 * MINUTE - 1, 'on', 1],
    ['at the end: take it off', 15 * MINUTE, 'gap', 60 * MINUTE],
    ['during the gap', 45 * MINUTE, 'gap', 30 * MINUTE],
    ['gap over: the next go is allowed', 75 * MINUTE, 'ready', 0],
    ['long after', 75 * MINUTE + FORGET_AFTER - 1, 'ready', 0],
    ['forgotten', 75 * MINUTE + FORGET_AFTER, 'expired', 0],
  ] as const)('%s', (_name, elapsed, phase, remaining) => {
    const view = timerView(state, T0 + elapsed);
    expect(view.phase).toBe(phase);
    expect(view.remaining).toBe(remaining);
    expect(view.offAt).toBe(T0 + 15 * MINUTE);
    expect(view.nextAt).toBe(T0 + 75 * MINUTE);
  });

  test('a clock moved back never shows more than the whole go', () => {
    expect(timerView(state, T0 - 10 * MINUTE)).toMatchObject({ phase: 'on', remaining: 15 * MINUTE });
  });

  test('wakes up at each change, then stops', () => {
    expect(nextChangeAt(timerView(state, T0))).toBe(T0 + 15 * MINUTE);
    expect(nextChangeAt(timerView(state, T0 + 20 * MINUTE))).toBe(T0 + 75 * MINUTE);
    expect(nextChangeAt(timerView(state, T0 + 80 * MINUTE))).toBeNull();
  });
});

describe('minutes the reader may choose', () => {
  test.each([
    ['15', 15],
    [' 5 ', 5],
    ['20', 20],
    [12, 12],
    ['4', null],
    ['21', null],
    ['12.5', null],
    ['', null],
    ['ten', null],
  ] as const)('%j gives %j for ice', (input, expected) => {
    expect(minutesWithin(input, limits.ice)).toBe(expected);
  });

  test('starting outside the safe range is refused', () => {
    expect(() => startTimer('heat', 5, limits, T0, alerts)).toThrow(
      'heat: minutes must be a whole number from 10 to 20',
    );
  });
});

describe('saved timers', () => {
  const state = startTimer('heat', 12, limits, T0, { sound: false, notify: true });

  test('survive a round trip, with the gap taken from the content', () => {
    const saved = serializeTimerState(state);
    expect(JSON.parse(saved)).not.toHaveProperty('gapMinutes');
    expect(parseTimerState(saved, limits)).toEqual(state);
    expect(parseTimerState(saved, { ...limits, heat: { ...limits.heat, gapMinutes: 180 } })?.gapMinutes).toBe(180);
  });

  test.each([
    ['nothing saved', null],
    ['not JSON', '{oops'],
    ['not an object', '42'],
    ['an unknown kind', JSON.stringify({ kind: 'steam', minutes: 12, startedAt: T0 })],
    ['minutes the content no longer allows', JSON.stringify({ kind: 'heat', minutes: 25, startedAt: T0 })],
    ['no start time', JSON.stringify({ kind: 'ice', minutes: 12 })],
  ])('%s gives no timer', (_name, saved) => {
    expect(parseTimerState(saved, limits)).toBeNull();
  });
});

describe('how times read', () => {
  test.each([
    [15 * MINUTE, '15:00'],
    [15 * MINUTE - 1, '15:00'],
    [61_000, '1:01'],
    [1, '0:01'],
    [0, '0:00'],
    [-5, '0:00'],
    [2 * 60 * MINUTE, '2:00:00'],
    [65 * MINUTE + 5000, '1:05:05'],
  ])('countdown of %i ms is %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });

  test.each([
    [0, 'now'],
    [30_000, '1 minute'],
    [15 * MINUTE, '15 minutes'],
    [14 * MINUTE + 1, '15 minutes'],
    [60 * MINUTE, '1 hour'],
    [61 * MINUTE, '1 hour 1 minute'],
    [125 * MINUTE, '2 hours 5 minutes'],
  ])('%i ms in words is "%s"', (ms, text) => {
    expect(durationInWords(ms)).toBe(text);
  });
});

describe('what the timer says in each phase', () => {
  const ice = {
    name: 'Ice',
    gap: 'Wait until your skin is back to normal.',
    skinCheck: 'Check your skin after 5 minutes.',
    gapLength: 'at least 2 hours',
    heatAtNight: '',
  };
  const heat = {
    name: 'Heat',
    gap: 'Let your skin cool.',
    skinCheck: '',
    gapLength: 'at least 2 hours',
    heatAtNight: 'Never fall asleep with heat on.',
  };
  const clock = (time: number) =>
    `${new Date(time).getUTCHours()}:${String(new Date(time).getUTCMinutes()).padStart(2, '0')}`;
  const iceState = startTimer('ice', 10, limits, T0, alerts);

  test('on: when to take it off, and no alert for the first phase; heat adds its warning', () => {
    const said = timerWords(timerView(iceState, T0), ice, clock, words);
    expect(said.title).toBe('Ice on');
    expect(said.message).toMatch(/^Take it off at 9:10, or sooner if it hurts/);
    expect(said.message).toContain('Check your skin after 5 minutes.');
    expect(said.message).not.toContain('Never fall asleep');
    expect(said.alert).toBe('');
    const heatState = startTimer('heat', 20, limits, T0, alerts);
    expect(timerWords(timerView(heatState, T0), heat, clock, words).message).toMatch(
      / Never fall asleep with heat on\.$/,
    );
  });

  test('gap: take it off, the wait advice from the data, and the earliest next go', () => {
    const said = timerWords(timerView(iceState, T0 + 10 * MINUTE), ice, clock, words);
    expect(said.title).toBe('Take the ice off now');
    expect(said.message).toBe(
      'Check your skin. Wait until your skin is back to normal. Wait at least 2 hours between goes: the next go is allowed from 10:10 at the earliest. In the meantime, try to get up and move about.',
    );
    expect(said.alert).toBe('Check your skin. Next go from 10:10 at the earliest.');
  });

  test('ready: check the skin before the next go', () => {
    const said = timerWords(timerView(iceState, T0 + 70 * MINUTE), ice, clock, words);
    expect(said.title).toBe('You can use ice again if it helps');
    expect(said.alert).toBe('First check that your skin feels normal.');
  });

  test('the words come from content/tools.yaml: gaps are filled, and a kind with no set skin check says to check often', () => {
    const own = {
      ...words,
      on: { title: '{name} is on', message: 'Off at {offAt}. {skinCheck}' },
      gap: {
        title: 'Remove the {name}',
        message: 'Wait {gapLength}, until {nextAt}. {gap}',
        alert: 'Next at {nextAt}.',
      },
    };
    const heatState = startTimer('heat', 20, limits, T0, alerts);
    const on = timerWords(timerView(heatState, T0), { ...heat, heatAtNight: '' }, clock, own);
    expect(on).toEqual({ title: 'Heat is on', message: 'Off at 9:20. Check your skin often.', alert: '' });
    const gap = timerWords(timerView(heatState, T0 + 20 * MINUTE), heat, clock, own);
    expect(gap).toEqual({
      title: 'Remove the heat',
      message: 'Wait at least 2 hours, until 11:20. Let your skin cool.',
      alert: 'Next at 11:20.',
    });
  });
});

describe('when the display next changes', () => {
  const state = startTimer('ice', 10, limits, T0, alerts);

  test('at the next whole second of the countdown', () => {
    expect(nextRenderIn(timerView(state, T0), T0)).toBe(1000);
    expect(nextRenderIn(timerView(state, T0 + 250), T0 + 250)).toBe(750);
  });

  test('at the phase change when that comes first, but never sooner than a frame', () => {
    expect(nextRenderIn(timerView(state, T0 + 10 * MINUTE - 5), T0 + 10 * MINUTE - 5)).toBe(16);
  });

  test('never once the next go is allowed', () => {
    expect(nextRenderIn(timerView(state, T0 + 70 * MINUTE), T0 + 70 * MINUTE)).toBeNull();
  });
});

describe('the Spanish timer at one o’clock and at any hour', () => {
  // "desde las 1:15" reads wrong: Spanish says "la una". The Spanish words
  // name the time as "la hora indicada (1:15)", which reads right at any hour.
  const { translates: _, ...spanish } = parse(readFileSync('content/es/tools.yaml', 'utf8')) as Record<string, unknown>;
  const esWords = toolWordsSchema.parse(spanish).timer;
  const hielo = {
    name: 'Hielo',
    gap: 'Espere a que la piel vuelva a estar normal.',
    skinCheck: '',
    gapLength: 'al menos 2 horas',
    heatAtNight: '',
  };
  const clock = (time: number) =>
    `${new Date(time).getUTCHours()}:${String(new Date(time).getUTCMinutes()).padStart(2, '0')}`;

  test.each([
    [Date.UTC(2026, 10, 22, 23, 0, 0), '1:15'],
    [Date.UTC(2026, 10, 22, 11, 0, 0), '13:15'],
  ])('the next go at %#: "a la hora indicada (%s)"', (start, nextAt) => {
    const state = startTimer('ice', 15, limits, start, alerts);
    const view = timerView({ ...state, gapMinutes: 120 }, start + 15 * MINUTE);
    expect(clock(view.nextAt)).toBe(nextAt);
    const said = timerWords(view, hielo, clock, esWords);
    expect(said.message).toContain(`puede volver a usarlo a la hora indicada (${nextAt}) como muy pronto.`);
    expect(said.alert).toBe(
      `Mire cómo está su piel. Puede volver a usarlo a la hora indicada (${nextAt}) como muy pronto.`,
    );
    expect(`${said.message} ${said.alert}`).not.toMatch(/\blas? \d/);
  });

  test('the time the ice comes off reads the same way', () => {
    const start = Date.UTC(2026, 10, 23, 1, 0, 0);
    const said = timerWords(timerView(startTimer('ice', 15, limits, start, alerts), start), hielo, clock, esWords);
    expect(said.message).toMatch(/^Quítese la bolsa a la hora indicada \(1:15\),/);
  });
});

describe('the skin check during a go of ice (checkSkinMinutes in content/self-care.yaml)', () => {
  const ice = startTimer('ice', 15, limits, T0, alerts);

  test('falls due 5 minutes into a go of ice, not a moment before, and lasts until the pack comes off', () => {
    expect(skinCheckDue(ice, 5, T0)).toBe(false);
    expect(skinCheckDue(ice, 5, T0 + 5 * MINUTE - 1)).toBe(false);
    expect(skinCheckDue(ice, 5, T0 + 5 * MINUTE)).toBe(true);
    expect(skinCheckDue(ice, 5, T0 + 15 * MINUTE - 1)).toBe(true);
    expect(skinCheckDue(ice, 5, T0 + 15 * MINUTE)).toBe(false);
  });

  test('the display redraws at 5:00 exactly, so the prompt is on time', () => {
    const before = T0 + 5 * MINUTE - 400;
    expect(before + nextRenderIn(timerView(ice, before), before)!).toBe(T0 + 5 * MINUTE);
  });

  test('never for heat, which has no set time to check', () => {
    const heat = startTimer('heat', 20, limits, T0, alerts);
    expect(skinCheckDue(heat, undefined, T0 + 5 * MINUTE)).toBe(false);
  });

  test('not for a go that ends by then: its "take it off" message says to check the skin', () => {
    const short = startTimer('ice', 5, limits, T0, alerts);
    expect(skinCheckDue(short, 5, T0 + 5 * MINUTE)).toBe(false);
  });

  test('the ice entry in content/self-care.yaml sets 5 minutes, heat none, and the words say to check now', () => {
    const selfCare = parse(readFileSync('content/self-care.yaml', 'utf8')) as {
      iceHeat: { id: string; checkSkinMinutes?: number }[];
    };
    expect(selfCare.iceHeat.find((item) => item.id === 'ice')?.checkSkinMinutes).toBe(5);
    expect(selfCare.iceHeat.find((item) => item.id === 'heat')?.checkSkinMinutes).toBeUndefined();
    expect(words.skinCheck).toMatch(/^Check your skin now/);
  });
});
