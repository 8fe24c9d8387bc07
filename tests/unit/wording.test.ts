import { describe, expect, test } from 'vitest';
import {
  findWordingProblems,
  sentencesOf,
  signsNamed,
  type WordingSign,
} from '../../src/pipeline/checks/findWordingProblems.ts';
import { getHelpSentence } from '../../src/domain/careCards.ts';
import { dictionaryFreeText } from '../../src/pipeline/checks/freeText.ts';
import { readFileSync } from 'node:fs';

const SIGNS: WordingSign[] = [
  { id: 'bladder', level: 'emergency', mentions: ['trouble peeing'] },
  { id: 'night', level: 'urgent', mentions: ['worse at night'] },
];
const at = (text: string, getHelp?: { sign?: string; level?: string }[]) => [
  { file: 'f.mdx', line: 10, field: 'body', text, getHelp },
];

describe('findWordingProblems', () => {
  test('a sentence that gives the instruction, or has <GetHelp> in its paragraph, passes', () => {
    expect(
      findWordingProblems(at('If you have trouble peeing, call your emergency number or go to A&E now.'), SIGNS, 'en'),
    ).toEqual([]);
    expect(findWordingProblems(at('Pain worse at night is a sign.', [{ sign: 'night' }]), SIGNS, 'en')).toEqual([]);
  });
  test('harmless sentences are not caught; phrases, not words', () => {
    expect(signsNamed('Your skin may go numb from ice. Peeing is normal.', SIGNS)).toEqual([]);
  });
  test('a problem at the line of the sentence', () => {
    const [problem] = findWordingProblems(at('Fine.\nPain worse at night needs a doctor soon.'), SIGNS, 'en');
    expect(problem).toMatchObject({ file: 'f.mdx', line: 11, field: 'body' });
    expect(problem!.message).toMatch(/says "soon"/);
  });
  test('sentences split at full stops followed by a capital', () => {
    expect(sentencesOf('One. Two e.g. three. Four').map((s) => s.text.trim())).toEqual([
      'One.',
      'Two e.g. three.',
      'Four',
    ]);
  });
});

describe('getHelpSentence', () => {
  test('a sign with its level instruction, a sign with its own action, and a level, in both languages', () => {
    expect(getHelpSentence({ sign: { level: 'urgent', text: 'it is worse at night' } })).toBe(
      'Get an urgent same-day appointment with a doctor, or call a non-emergency health line, if you have back pain and it is worse at night.',
    );
    expect(
      getHelpSentence({
        sign: { level: 'emergency', text: 'chest pain', action: 'Call an ambulance. Do not go by car.' },
      }),
    ).toBe('If you have back pain and chest pain, call an ambulance. Do not go by car.');
    expect(getHelpSentence({ level: 'emergency' }, 'es')).toBe(
      'Llame a su número de emergencias o vaya a urgencias ahora.',
    );
    expect(getHelpSentence({ sign: { level: 'urgent', text: 'fiebre' } }, 'es')).toBe(
      'Pida una cita urgente para hoy con un médico, o llame a una línea de salud que no sea de emergencias, si tiene dolor de espalda y fiebre.',
    );
  });
});

test('the real dictionaries can be read by the rule, every string at its line', () => {
  for (const file of ['src/i18n/en.ts', 'src/i18n/es.ts']) {
    const texts = dictionaryFreeText(file, readFileSync(file, 'utf8'));
    // Interface words only (page prose is content/pages/): still a few hundred strings.
    expect(texts?.length).toBeGreaterThan(200);
    expect(texts!.every((t) => typeof t.line === 'number')).toBe(true);
  }
});
