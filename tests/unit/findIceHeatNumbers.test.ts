import { describe, expect, test } from 'vitest';
import {
  findIceHeatNumbers,
  findIceHeatNumbersInBlocks,
  kindsIn,
  statedTimes,
  textBlocks,
} from '../../src/pipeline/checks/findIceHeatNumbers.ts';
import { allowedIceHeatNumbers, cycleInWords, gapLength, goLength, skinCheck } from '../../src/domain/iceHeat.ts';

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

  test('reads the page as HTML: comments, a ">" in an attribute, entities and line breaks', () => {
    const html =
      '<!DOCTYPE html><body><!-- <p>Ice for 40 minutes</p> --><p title="a > b">Heat&nbsp;for 20&#x20;minutes &amp; rest</p>' +
      '<p>Ice<br>then 2 hours off</p><template><p>Ice for 40 minutes</p></template></body>';
    expect(textBlocks(html)).toEqual(['Heat for 20 minutes & rest', 'Ice', 'then 2 hours off']);
  });
});

describe('findIceHeatNumbers in Spanish', () => {
  const checkEs = (text: string) =>
    findIceHeatNumbersInBlocks([{ text, line: 7 }], allowed, 'es').map(
      (p) => `${p.kinds.join('/')} ${p.number} ${p.unit} @${p.line}: ${p.text}`,
    );

  test('reads every way a Spanish time is written', () => {
    expect(
      statedTimes('de 10 a 20 minutos, entre 5 y 15 minutos, 15 minutos, 2 horas, 1 hora, 10-20 min, 2 h', 'es'),
    ).toEqual([
      { number: 10, unit: 'minutes' },
      { number: 20, unit: 'minutes' },
      { number: 5, unit: 'minutes' },
      { number: 15, unit: 'minutes' },
      { number: 15, unit: 'minutes' },
      { number: 2, unit: 'hours' },
      { number: 1, unit: 'hours' },
      { number: 10, unit: 'minutes' },
      { number: 20, unit: 'minutes' },
      { number: 2, unit: 'hours' },
    ]);
    // Not an ice or heat time: the title of an article.
    expect(statedTimes('Qué hacer en las primeras 48 horas', 'es')).toEqual([]);
    expect(statedTimes('Lea Las primeras 48 horas.', 'es')).toEqual([]);
  });

  test('names ice and heat in Spanish, with accents or without', () => {
    expect(kindsIn('una bolsa de hielo', 'es')).toEqual(['ice']);
    expect(kindsIn('si la nota fría', 'es')).toEqual(['ice']);
    expect(kindsIn('guisantes (chícharos) congelados', 'es')).toEqual(['ice']);
    expect(kindsIn('el frio', 'es')).toEqual(['ice']);
    expect(kindsIn('una compresa caliente', 'es')).toEqual(['heat']);
    expect(kindsIn('Calor', 'es')).toEqual(['heat']);
    expect(kindsIn('frío o calor', 'es')).toEqual(['ice', 'heat']);
    // Words that only contain the letters are not the kinds.
    expect(kindsIn('calorías, friolera, hielera, calentamiento global', 'es')).toEqual([]);
    // English words in Spanish text are not read as English.
    expect(kindsIn('Use ice', 'es')).toEqual([]);
  });

  test('passes the numbers of self-care.yaml, as the Spanish pages say them', () => {
    expect(checkEs('Use hielo hasta 15 minutos cada vez, y luego quítelo durante al menos 2 horas.')).toEqual([]);
    expect(checkEs('Mire cómo está su piel a los 5 minutos.')).toEqual([]);
    expect(checkEs('Use calor de 10 a 20 minutos cada vez.')).toEqual([]);
    expect(checkEs('Use una bolsa de agua caliente durante 10-20 min.')).toEqual([]);
  });

  test('finds another number, with the clause and the line', () => {
    expect(checkEs('Use hielo de 10 a 25 minutos.')).toEqual([
      'ice 10 minutes @7: Use hielo de 10 a 25 minutos.',
      'ice 25 minutes @7: Use hielo de 10 a 25 minutos.',
    ]);
    expect(checkEs('Use calor 30 minutos.')).toEqual(['heat 30 minutes @7: Use calor 30 minutos.']);
  });

  test('a clause after "y", "o", "pero" or "luego" keeps the kind of the clause before it', () => {
    expect(checkEs('Use hielo hasta 15 minutos, y luego espere 3 horas.')).toEqual([
      'ice 3 hours @7: y luego espere 3 horas.',
    ]);
    expect(checkEs('Ponga calor, pero no más de 25 minutos.')).toEqual([
      'heat 25 minutes @7: pero no más de 25 minutos.',
    ]);
    // Each clause is checked against the kinds it names: here ice's 15 is fine, heat's 30 is not.
    expect(checkEs('Hielo: hasta 15 minutos. Calor: 30 minutos.')).toEqual(['heat 30 minutes @7: 30 minutos.']);
  });

  test('a time with no ice or heat near it is not checked, and a built Spanish page is read in Spanish', () => {
    expect(checkEs('Camine 30 minutos al día.')).toEqual([]);
    expect(
      findIceHeatNumbers('<p>Use hielo hasta 40 minutos.</p><p>Ice for 40 minutes.</p>', allowed, 'es').map(
        (p) => p.text,
      ),
    ).toEqual(['Use hielo hasta 40 minutos.']);
  });
});
