import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { careLevels, redFlagListSchema } from '../../src/schemas/index.ts';
import {
  announce,
  checkLevels,
  decide,
  orderQuestions,
  type Answers,
  type CheckQuestion,
} from '../../src/domain/selfCheck.ts';

const q = (id: string, level: CheckQuestion['level'], position?: number): CheckQuestion => ({ id, level, position });
const questions = orderQuestions([
  q('tired', 'routine', 5),
  q('fever', 'urgent', 3),
  q('legs', 'emergency', 1),
  q('bladder', 'emergency', 0),
  q('night', 'urgent', 4),
]);

describe('self-check rules', () => {
  test('uses the same levels as the red-flag schema, most serious first', () => {
    expect(checkLevels).toEqual(careLevels);
  });

  test('asks emergency questions first, then urgent, then routine, in file order', () => {
    expect(questions.map((x) => x.id)).toEqual(['bladder', 'legs', 'fever', 'night', 'tired']);
  });

  test('nothing answered: pending, every level still to ask', () => {
    expect(decide(questions, {})).toEqual({
      result: 'pending',
      yes: [],
      unansweredAbove: ['bladder', 'legs', 'fever', 'night', 'tired'],
      levelsToShow: ['emergency', 'urgent', 'routine'],
    });
  });

  test('any emergency "yes" is an emergency at once, even with questions left', () => {
    const outcome = decide(questions, { legs: 'yes' });
    expect(outcome).toMatchObject({
      result: 'emergency',
      yes: ['legs'],
      unansweredAbove: [],
      levelsToShow: ['emergency'],
    });
  });

  test('an emergency "yes" beats urgent and routine ones', () => {
    expect(decide(questions, { fever: 'yes', tired: 'yes', bladder: 'yes' }).result).toBe('emergency');
  });

  test('urgent when no emergency sign, and says which emergency questions are unanswered', () => {
    expect(decide(questions, { bladder: 'no', fever: 'yes', night: 'yes' })).toEqual({
      result: 'urgent',
      yes: ['fever', 'night'],
      unansweredAbove: ['legs'],
      levelsToShow: ['emergency', 'urgent'],
    });
  });

  test('routine when only a routine sign', () => {
    const answers: Answers = { bladder: 'no', legs: 'no', fever: 'no', night: 'no', tired: 'yes' };
    expect(decide(questions, answers)).toMatchObject({ result: 'routine', yes: ['tired'], unansweredAbove: [] });
  });

  test('"none" only when every question is answered "no"', () => {
    const allNo: Answers = Object.fromEntries(questions.map((x) => [x.id, 'no']));
    expect(decide(questions, allNo).result).toBe('none');
    expect(decide(questions, { ...allNo, tired: undefined }).result).toBe('pending');
  });

  test('changing an answer back to "no" changes the outcome back', () => {
    expect(decide(questions, { legs: 'yes' }).result).toBe('emergency');
    expect(decide(questions, { legs: 'no' }).result).toBe('pending');
  });
});

describe('self-check rules over content/red-flags.yaml', () => {
  const flags = redFlagListSchema.parse(
    (parse(readFileSync('content/red-flags.yaml', 'utf8')) as object[]).map((flag, position) => ({
      ...flag,
      position,
    })),
  );
  const ordered = orderQuestions(flags);
  const allNo: Answers = Object.fromEntries(flags.map((f) => [f.id, 'no']));

  test('every sign has a question, emergency ones first', () => {
    expect(ordered.map((f) => f.level)).toEqual(
      [...ordered.map((f) => f.level)].sort((a, b) => careLevels.indexOf(a) - careLevels.indexOf(b)),
    );
    expect(ordered[0]?.level).toBe('emergency');
  });

  test.each(flags.map((f) => [f.id, f.level] as const))(
    '"yes" to %s alone leads to its own level (%s)',
    (id, level) => {
      expect(decide(flags, { ...allNo, [id]: 'yes' }).result).toBe(level);
    },
  );

  test('"no" to every question means no warning sign', () => {
    expect(decide(flags, allNo).result).toBe('none');
  });
});

describe('what the self-check announces (words from content/tools.yaml)', () => {
  const words = {
    results: { emergency: 'Call now.', urgent: 'See a doctor today.', routine: 'See a doctor.', none: 'All clear.' },
    allNo: 'No to all {count}.',
    saidYesTo: 'Yes to {count}: {questions}',
    shownBelow: { card: 'Card below.', advice: 'Advice below.' },
    questionCount: { one: 'one question', other: '{count} questions' },
  };
  const asked: CheckQuestion[] = [
    { id: 'a', level: 'emergency', text: 'Numb?' },
    { id: 'b', level: 'urgent', text: 'Fever?' },
    { id: 'c', level: 'urgent', text: 'Lump?' },
  ];

  test('a result: its action, the answers behind it, and where the card is', () => {
    const outcome = decide(asked, { a: 'no', b: 'yes', c: 'yes' });
    expect(announce(outcome, asked, words)).toBe('See a doctor today. Yes to 2 questions: Fever? Lump? Card below.');
    expect(announce(decide(asked, { a: 'yes' }), asked, words)).toBe(
      'Call now. Yes to one question: Numb? Card below.',
    );
  });

  test("a sign's own action replaces its level's instruction, as on its card", () => {
    const withOwn: CheckQuestion[] = [
      ...asked,
      { id: 'p', level: 'urgent', text: 'Pregnant?', action: 'Call your midwife now.' },
    ];
    expect(announce(decide(withOwn, { a: 'no', b: 'no', c: 'no', p: 'yes' }), withOwn, words)).toBe(
      'Call your midwife now. Yes to one question: Pregnant? Card below.',
    );
    // With a sign that has none, the level's instruction comes first, then the sign's own.
    expect(announce(decide(withOwn, { a: 'no', b: 'yes', c: 'no', p: 'yes' }), withOwn, words)).toBe(
      'See a doctor today. Call your midwife now. Yes to 2 questions: Fever? Pregnant? Card below.',
    );
  });

  test('no to every question, and nothing while pending', () => {
    expect(announce(decide(asked, { a: 'no', b: 'no', c: 'no' }), asked, words)).toBe(
      'All clear. No to all 3. Advice below.',
    );
    expect(announce(decide(asked, {}), asked, words)).toBe('');
  });
});
