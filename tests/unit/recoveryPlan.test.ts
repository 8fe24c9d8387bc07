import { describe, expect, test } from 'vitest';
import { localCalendarDate, parseCalendarDate, planPosition } from '../../src/domain/recoveryPlan.ts';

describe('which day of the plan is today', () => {
  test.each([
    ['the day it started is day 1', '2026-11-22', '2026-11-22', { status: 'day', day: 1, anchor: 'day-1' }],
    ['the next day is day 2', '2026-11-22', '2026-11-23', { status: 'day', day: 2, anchor: 'day-2' }],
    ['across a month end', '2026-11-28', '2026-12-02', { status: 'day', day: 5, anchor: 'day-5' }],
    ['across a leap day', '2028-02-28', '2028-03-01', { status: 'day', day: 3, anchor: 'day-3' }],
    ['across the clocks changing', '2026-03-28', '2026-03-30', { status: 'day', day: 3, anchor: 'day-3' }],
    ['day 14 is the last day', '2026-11-01', '2026-11-14', { status: 'day', day: 14, anchor: 'day-14' }],
    [
      'day 15 is after 2 weeks',
      '2026-11-01',
      '2026-11-15',
      { status: 'later', day: 15, anchor: 'after-2-to-6-weeks', overSixWeeks: false },
    ],
    [
      'day 42 is still within 6 weeks',
      '2026-11-01',
      '2026-12-12',
      { status: 'later', day: 42, anchor: 'after-2-to-6-weeks', overSixWeeks: false },
    ],
    [
      'day 43 is over 6 weeks',
      '2026-11-01',
      '2026-12-13',
      { status: 'later', day: 43, anchor: 'after-2-to-6-weeks', overSixWeeks: true },
    ],
    ['a start in the future', '2026-11-23', '2026-11-22', { status: 'future' }],
    ['an empty date', '', '2026-11-22', { status: 'invalid' }],
    ['a date that does not exist', '2026-02-30', '2026-03-02', { status: 'invalid' }],
    ['a date in another format', '22/11/2026', '2026-11-22', { status: 'invalid' }],
  ])('%s', (_name, start, today, expected) => {
    expect(planPosition(start, today)).toEqual(expected);
  });

  test('the number of days and the later anchor can be set', () => {
    expect(planPosition('2026-11-01', '2026-11-08', { days: 7, laterAnchor: 'later' })).toMatchObject({
      status: 'later',
      anchor: 'later',
    });
  });

  test('reads real dates only', () => {
    expect(parseCalendarDate('2026-11-22')).toBe(Date.UTC(2026, 10, 22));
    expect(parseCalendarDate('2027-02-29')).toBeNull();
    expect(parseCalendarDate('2026-1-2')).toBeNull();
  });

  test("a date's calendar day is taken in local time", () => {
    expect(localCalendarDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localCalendarDate(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });
});
