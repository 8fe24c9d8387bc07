import { describe, expect, test } from 'vitest';
import { careCards, careLevels } from '../../src/schemas/index.ts';
import {
  CARD_LEVELS,
  LEVEL_ACTIONS,
  LEVEL_HEADINGS,
  cardsFor,
  emergencyHeading,
  instructionOf,
  type CardSign,
} from '../../src/domain/careCards.ts';
import { readSigns } from '../helpers/signs.ts';

const sign = (id: string, level: CardSign['level'], card: string, position: number): CardSign => ({
  id,
  level,
  card,
  text: `sign ${id}`,
  position,
});
const signs = [
  sign('legs', 'emergency', 'nerves', 2),
  sign('chest', 'emergency', 'other-emergencies', 3),
  sign('bladder', 'emergency', 'nerves', 1),
  sign('fever', 'urgent', 'infection', 4),
];

describe('care cards', () => {
  test('levels most serious first, as in the schema', () => {
    expect(CARD_LEVELS).toEqual(careLevels);
  });

  test('a level shows its cards in order, each with its title, signs in file order', () => {
    const shown = cardsFor(careCards, signs, 'emergency');
    expect(shown.map((c) => [c.card.id, c.title, c.signs.map((s) => s.id)])).toEqual([
      ['nerves', 'Nerve signs', ['bladder', 'legs']],
      ['other-emergencies', 'Other emergencies', ['chest']],
    ]);
  });

  test('chosen ids show only their cards; a level with one card has no title', () => {
    expect(cardsFor(careCards, signs, 'emergency', ['chest']).map((c) => c.card.id)).toEqual(['other-emergencies']);
    const routine = cardsFor(careCards, [sign('worried', 'routine', 'routine', 0)], 'routine');
    expect(routine.map((c) => c.title)).toEqual([null]);
  });

  test('a sign has its own action, or its level heading', () => {
    expect(instructionOf({ level: 'urgent' })).toBe(LEVEL_ACTIONS.urgent);
    expect(instructionOf({ level: 'emergency', action: 'Call an ambulance. Do not go by car.' })).toBe(
      'Call an ambulance. Do not go by car.',
    );
    for (const level of careLevels) expect(LEVEL_HEADINGS[level]).toContain(LEVEL_ACTIONS[level]);
  });

  test('the emergency heading carries the number, and all levels end with a colon', () => {
    expect(emergencyHeading('999')).toBe('Call 999 or go to A&E now if you have back pain and:');
    expect(emergencyHeading(null)).toBe(LEVEL_HEADINGS.emergency);
    for (const level of careLevels) expect(LEVEL_HEADINGS[level]).toMatch(/:$/);
  });

  test('the real signs fill every card, none with more than 5', () => {
    const real = readSigns();
    for (const card of careCards) {
      const count = real.filter((s) => s.card === card.id).length;
      expect(count, card.id).toBeGreaterThan(0);
      expect(count, card.id).toBeLessThanOrEqual(5);
    }
  });

  test('only chest pain, a possible burst aneurysm and pregnancy have their own action', () => {
    const own = readSigns().filter((s) => s.action);
    expect(own.map((s) => [s.id, s.action])).toEqual([
      ['aortic-aneurysm', 'Call an ambulance. Do not go by car.'],
      ['chest-pain', 'Call an ambulance. Do not go by car.'],
      ['pregnancy', 'Call your maternity unit or midwife now.'],
    ]);
  });
});
