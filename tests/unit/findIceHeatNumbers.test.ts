import { describe, expect, test } from 'vitest';
import { findIceHeatNumbers, statedTimes, textBlocks } from '../../src/utils/findIceHeatNumbers.ts';
import { allowedIceHeatNumbers, cycleInWords, gapLength, goLength, skinCheck } from '../../src/utils/iceHeat.ts';

const ice = { id: 'ice', minutes: { min: 5, max: 15 }, checkSkinMinutes: 5, gapMinutes: 120 };
const heat = { id: 'heat', minutes: { min: 10, max: 20 }, gapMinutes: 120 };
const allowed = { ice: allowedIceHeatNumbers(ice), heat: allowedIceHeatNumbers(heat) };
const check = (html: string) =>
  findIceHeatNumbers(html, allowed).map((p) => `${p.kinds.join('/')} ${p.number} ${p.unit}`);

describe('ice and heat wording', () => {
  test('one phrase for each go and gap', () => {
    expect(goLength(ice)).toBe('up to 15 minutes');
    expect(goLength(heat)).toBe('10 to 20 minutes');
    expect(gapLength(ice)).toBe('at least 2 hours');
    expect(cycleInWords(ice)).toBe('up to 15 minutes, then at least 2 hours off');
    expect(skinCheck(ice)).toBe('Check your skin after 5 minutes.');
    expect(skinCheck(heat)).toBe('');
    expect(allowed.ice).toEqual({ minutes: [5, 15], hours: [2] });
  });
});

describe('findIceHeatNumbers', () => {
  test('reads every way a time is written', () => {
    expect(statedTimes('5 to 20 minutes, a 10-minute go, 2 hours, 1 hour, 15 min')).toEqual([
      { number: 5, unit: 'minutes' },
      { number: 20, unit: 'minutes' },
      { number: 10, unit: 'minutes' },
      { number: 2, unit: 'hours' },
      { number: 1, unit: 'hours' },
      { number: 15, unit: 'minutes' },
    ]);
    expect(statedTimes('What to do in the first 48 hours, /articles/first-48-hours/')).toEqual([]);
  });

  test('passes the numbers from the data', () => {
    expect(check('<p>Use ice for up to 15 minutes, then at least 2 hours off. Check after 5 minutes.</p>')).toEqual([]);
    expect(check('<p>Use ice for up to 15 minutes, and heat for 10 to 20 minutes.</p>')).toEqual([]);
  });

  test('fails an old or different number, per kind', () => {
    expect(check('<p>Use ice for about 5 to 20 minutes.</p>')).toEqual(['ice 20 minutes']);
    expect(check('<p>The timer waits 60 minutes before the next go of ice.</p>')).toEqual(['ice 60 minutes']);
    expect(check('<p>Use heat for 30 minutes.</p>')).toEqual(['heat 30 minutes']);
    expect(check('<p>Leave ice off for 1 hour.</p>')).toEqual(['ice 1 hours']);
  });

  test('a clause with no ice or heat word takes the kind named before it (tables, lists)', () => {
    expect(check('<table><tr><td>Ice pack</td><td>About 5 to 20 minutes</td></tr></table>')).toEqual([
      'ice 20 minutes',
    ]);
    expect(check('<h3>Heat</h3><dl><dt>How long</dt><dd>About 25 minutes</dd></dl>')).toEqual(['heat 25 minutes']);
    expect(check('<p>Walk for 30 minutes a day.</p>')).toEqual([]);
  });

  test('ignores scripts, styles and the head', () => {
    expect(
      textBlocks('<head><title>Ice for 40 minutes</title></head><body><script>ice 40 minutes</script><p>Hi</p></body>'),
    ).toEqual(['Hi']);
  });
});
