import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { readSiteSearch } from '../../src/search/siteIndex.ts';
import { SearchEngine, memorySource } from '../../src/search/engine.ts';
import { announce, decide, orderQuestions, type Answers } from '../../src/domain/selfCheck.ts';
import { readSigns } from '../helpers/signs.ts';
import { readFileSync } from 'node:fs';
import { toolWordsSchema } from '../../src/schemas/tools.ts';
import { emergencyQueriesSchema } from '../../src/schemas/search.ts';
import { searchCheckFiles } from '../../src/pipeline/emergencyWords.ts';

// The warning signs of content/red-flags.yaml against the two places that act
// on them: search (does a query open the emergency card?) and the self-check
// (does a "yes" open the right result?).

const signs = readSigns();
const words = toolWordsSchema.parse(parse(readFileSync('content/tools.yaml', 'utf8'))).selfCheck;
const emergency = signs.filter((s) => s.level === 'emergency');

/** Everyday words for each emergency sign. Every emergency sign needs some, so a new sign cannot go untested. */
const EVERYDAY: Record<string, string[]> = {
  'saddle-numbness': ['numb bum', 'numb inner thighs', 'tingling in my groin', 'wiping feels odd'],
  'bladder-feeling': ['cant pee', "can't feel when I pee", "don't know when my bladder is full"],
  'bladder-bowel': ['wet myself', 'lost control of my bowels', 'pooed myself'],
  'both-legs': ['pain in both legs', 'sciatica in both legs', 'legs giving way'],
  'sexual-changes': ["can't get an erection since my back went", 'lost sexual feeling'],
  'aortic-aneurysm': ['sudden severe tummy pain', 'back pain and fainting', 'tummy pain and dizzy'],
  'chest-pain': ['chest pain and back pain', 'tight chest'],
  'serious-accident': ['back pain after a car crash', 'fell off a ladder'],
  sepsis: ['slurred speech', 'struggling to breathe'],
  'sepsis-skin': ['rash that does not fade', 'blotchy skin and fever', 'blue lips'],
};

describe('search: emergency signs open the emergency card', async () => {
  const { index } = await readSiteSearch(process.cwd());
  const engine = new SearchEngine(memorySource(index));
  const opens = async (query: string) => (await engine.search(query, 3)).emergency;

  test('every emergency sign has everyday wordings, and only emergency signs do', () => {
    expect(Object.keys(EVERYDAY).sort()).toEqual(emergency.map((s) => s.id).sort());
  });

  test.each(emergency.map((s) => [s.id, s] as const))('%s: each keyword and everyday wording opens the card', async (id, sign) => {
    expect(sign.keywords.length, id).toBeGreaterThan(0);
    const missed: string[] = [];
    for (const query of [...sign.keywords, ...(EVERYDAY[id] ?? [])]) if (!(await opens(query))) missed.push(query);
    expect(missed).toEqual([]);
  });

  test('at least 15 harmless everyday wordings do not (content/search-checks/emergency-queries.yaml)', async () => {
    const cases = emergencyQueriesSchema.parse(parse(await readFile(searchCheckFiles('en').emergency, 'utf8')));
    expect(cases['not emergency'].length).toBeGreaterThanOrEqual(15);
    const opened: string[] = [];
    for (const query of cases['not emergency']) if (await opens(query)) opened.push(query);
    expect(opened).toEqual([]);
    // The everyday wordings above are in the shared query set too.
    expect(cases.emergency).toEqual(expect.arrayContaining(Object.values(EVERYDAY).flat()));
  });

  test('urgent and routine keywords do not open the emergency card', async () => {
    const opened: string[] = [];
    for (const sign of signs.filter((s) => s.level !== 'emergency')) {
      for (const keyword of sign.keywords) if (await opens(keyword)) opened.push(`${sign.id}: ${keyword}`);
    }
    expect(opened).toEqual([]);
  });
});

describe('self-check: a "yes" opens its own level', () => {
  const questions = orderQuestions(signs.map((s) => ({ id: s.id, level: s.level, position: s.position, text: s.question })));
  const allNo: Answers = Object.fromEntries(signs.map((s) => [s.id, 'no']));

  test('one question per sign, emergency questions first, each 20 words or fewer', () => {
    expect(questions.map((q) => q.id)).toEqual([...emergency, ...signs.filter((s) => s.level === 'urgent'), ...signs.filter((s) => s.level === 'routine')].map((s) => s.id));
    const long = signs.filter((s) => s.question.split(/\s+/).length > 20).map((s) => s.id);
    expect(long).toEqual([]);
  });

  test.each(signs.map((s) => [s.id, s.level] as const))('"yes" to %s alone (the rest "no") gives %s', (id, level) => {
    const outcome = decide(questions, { ...allNo, [id]: 'yes' });
    expect(outcome.result).toBe(level);
    expect(outcome.yes).toEqual([id]);
    expect(announce(outcome, questions, words)).toContain(signs.find((s) => s.id === id)!.question);
  });

  test.each(emergency.map((s) => [s.id] as const))('"yes" to %s with nothing else answered is an emergency at once', (id) => {
    expect(decide(questions, { [id]: 'yes' }).result).toBe('emergency');
  });

  test('"no" to every question: no warning signs, and it says so', () => {
    const outcome = decide(questions, allNo);
    expect(outcome.result).toBe('none');
    expect(announce(outcome, questions, words)).toBe(
      `No warning signs: you can usually look after a back spasm at home. You answered no to all ${signs.length} questions. The advice is shown below.`,
    );
  });
});
