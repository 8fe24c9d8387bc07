import { describe, expect, it } from 'vitest';
import {
  articleHash,
  entryHash,
  hashOf,
  overlay,
  staleEntries,
  translateList,
  translateMap,
  type OverlayIssue,
} from '../../src/pipeline/translation.ts';

const rules = { facts: new Set(['id', 'level', 'card', 'sources']), wordLists: new Set(['aliases']) };

const list = (english: unknown, translated: unknown) => translateList(english, translated, rules);
const map = (english: unknown, translated: unknown) => translateMap(english, translated, rules);

const flag = {
  id: 'chest-pain',
  level: 'emergency',
  card: 'other-emergencies',
  text: 'chest pain',
  question: 'Do you have chest pain?',
  keywords: ['chest pain', 'tight chest'],
  sources: ['nhs-back-pain'],
};

describe('hashOf', () => {
  it('is the same for the same data whatever the key order', () => {
    expect(hashOf({ a: 1, b: [1, 2] })).toBe(hashOf({ b: [1, 2], a: 1 }));
  });
  it('changes when a word changes, and is 8 hex characters', () => {
    expect(hashOf(flag)).not.toBe(hashOf({ ...flag, text: 'chest pains' }));
    expect(hashOf(flag)).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('articleHash', () => {
  const article = {
    data: { title: 'Ice or heat', description: 'd', summary: ['a', 'b'], tags: ['ice'] },
    body: '\nText.\n',
  };
  it('changes with the words a translation translates', () => {
    expect(articleHash({ ...article, body: 'Other text.' })).not.toBe(articleHash(article));
    expect(articleHash({ ...article, data: { ...article.data, title: 'Heat' } })).not.toBe(articleHash(article));
  });
  it('ignores white space around the body, and is 16 hex characters', () => {
    expect(articleHash({ ...article, body: 'Text.' })).toBe(articleHash(article));
    expect(articleHash(article)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('overlay', () => {
  const run = (english: unknown, translated: unknown) => {
    const issues: OverlayIssue[] = [];
    return { data: overlay(english, translated, issues, rules), issues };
  };
  it('takes the words from the translation and the facts from English', () => {
    const { data, issues } = run(flag, {
      text: 'dolor en el pecho',
      question: '¿Tiene dolor en el pecho?',
      keywords: ['dolor de pecho'],
    });
    expect(issues).toEqual([]);
    expect(data).toEqual({
      ...flag,
      text: 'dolor en el pecho',
      question: '¿Tiene dolor en el pecho?',
      keywords: ['dolor de pecho'],
    });
  });
  it('lets a translation repeat a fact unchanged', () => {
    expect(run({ id: 'a', level: 'urgent', text: 'x' }, { id: 'a', level: 'urgent', text: 'y' }).issues).toEqual([]);
  });
  it('refuses a fact that differs from English', () => {
    const { issues } = run(
      { level: 'emergency', minutes: 15, text: 'x' },
      { level: 'routine', minutes: 20, text: 'y' },
    );
    expect(issues.map((i) => i.path)).toEqual([['level'], ['minutes']]);
    expect(issues[0]?.message).toMatch(/fact shared with the English file/);
  });
  it('names every missing text and list, and every key English lacks', () => {
    const { issues } = run({ a: 'x', list: ['one'], nested: { b: 'y' } }, { nested: {}, extra: 'z' });
    expect(issues.map((i) => i.path.join('.'))).toEqual(['extra', 'a', 'list', 'nested.b']);
    expect(issues.find((i) => i.path[0] === 'a')?.message).toMatch(/has no translation/);
  });
  it('keeps lists of objects in the English order and length', () => {
    const english = {
      items: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
    };
    expect(run(english, { items: [{ name: 'Á' }] }).issues[0]?.message).toMatch(/must list 2 entries/);
    expect(run(english, { items: [{ name: 'Á' }, { name: 'Bé' }] }).data).toEqual({
      items: [
        { id: 'a', name: 'Á' },
        { id: 'b', name: 'Bé' },
      ],
    });
  });
  it('lets a translation add a word list English does not have, and nothing else', () => {
    const { data, issues } = run({ id: 'a', term: 'Acute' }, { term: 'Agudo', aliases: ['dolor agudo'], other: 'x' });
    expect(data).toEqual({ id: 'a', term: 'Agudo', aliases: ['dolor agudo'] });
    expect(issues.map((i) => i.path)).toEqual([['other']]);
  });
  it('refuses empty text', () => {
    expect(run({ a: 'x' }, { a: '  ' }).issues[0]?.message).toBe('must be text');
  });
});

describe('translateList', () => {
  const english = [flag, { ...flag, id: 'fever', text: 'a fever' }];
  const spanish = (id: string, translates: string) => ({
    id,
    translates,
    text: 'texto',
    question: '¿Pregunta?',
    keywords: ['palabra'],
  });
  it('matches entries by id and reports which are out of date', () => {
    const result = list(english, [spanish('fever', hashOf(english[1])), spanish('chest-pain', '00000000')]);
    expect(result.issues).toEqual([]);
    expect((result.data as { id: string }[]).map((f) => f.id)).toEqual(['chest-pain', 'fever']);
    expect(staleEntries(result.entries).map((e) => [e.entry, e.path])).toEqual([['chest-pain', [1]]]);
  });
  it('names an English entry with no translation, and a translated id English lacks', () => {
    const result = list(english, [spanish('chest-pain', hashOf(flag)), spanish('nope', '00000000')]);
    expect(result.issues.map((i) => i.message)).toEqual([
      'has no English entry with this id ("nope"): use the ids of the English file',
      'has no translation of the English entry "fever": add it',
    ]);
  });
  it('refuses an id given twice, where the second would be dropped unseen', () => {
    const result = list(english, [
      spanish('chest-pain', hashOf(flag)),
      spanish('fever', hashOf(english[1])),
      spanish('chest-pain', hashOf(flag)),
    ]);
    expect(result.issues).toEqual([
      {
        path: [2, 'id'],
        message: 'repeats the id "chest-pain" (already at [0]): translate each entry once, and remove the other',
      },
    ]);
  });
  it('reads a hash YAML took for a number (00000000) as text, and refuses one that is not a hash', () => {
    expect(list([flag], [spanish('chest-pain', 0 as never)]).entries[0]?.recorded).toBe('00000000');
    expect(list([flag], [spanish('chest-pain', 'soon')]).issues[0]?.path).toEqual([0]);
  });
});

describe('translateMap', () => {
  const english = { heatAtNight: 'Never fall asleep with heat on.', minutes: { min: 5, max: 15, label: 'Minutes' } };
  it('records each top-level entry as current or out of date', () => {
    const result = map(english, {
      translates: { heatAtNight: hashOf(english.heatAtNight), minutes: 'ffffffff' },
      heatAtNight: 'Nunca se duerma con calor puesto.',
      minutes: { label: 'Minutos' },
    });
    expect(result.issues).toEqual([]);
    expect(result.data).toEqual({
      heatAtNight: 'Nunca se duerma con calor puesto.',
      minutes: { min: 5, max: 15, label: 'Minutos' },
    });
    expect(staleEntries(result.entries).map((e) => e.entry)).toEqual(['minutes']);
  });
  it('needs the translates map, and refuses a key English lacks', () => {
    const result = map(english, {
      heatAtNight: 'x',
      minutes: { label: 'y' },
      translates: { nope: '00000000', heatAtNight: '00000000', minutes: '00000000' },
    });
    expect(result.issues.map((i) => i.path)).toEqual([['translates', 'nope']]);
    expect(map(english, { heatAtNight: 'x', minutes: { label: 'y' } }).issues[0]?.path).toEqual(['translates']);
  });
});

describe('own words (mentions)', () => {
  const own = { ...rules, wordLists: new Set(['mentions']), ownWords: new Set(['mentions']) };
  const english = [{ ...flag, mentions: ['chest pain'] }];
  const spanish = { id: 'chest-pain', text: 'dolor en el pecho', question: '¿Le duele el pecho?', keywords: ['pecho'] };
  it('are left out of the hash, so changing them leaves no translation out of date', () => {
    expect(entryHash(english[0])).toBe(hashOf(flag));
    expect(entryHash({ ...flag, mentions: ['other words'] })).toBe(hashOf(flag));
  });
  it('are each language own: given, kept; left out, none; never the English ones', () => {
    const given = translateList(
      english,
      [{ ...spanish, translates: hashOf(flag), mentions: ['dolor en el pecho'] }],
      own,
    );
    expect(given.issues).toEqual([]);
    expect(staleEntries(given.entries)).toEqual([]);
    expect((given.data as { mentions: string[] }[])[0]!.mentions).toEqual(['dolor en el pecho']);
    const none = translateList(english, [{ ...spanish, translates: hashOf(flag) }], own);
    expect(none.issues).toEqual([]);
    expect((none.data as { mentions: string[] }[])[0]!.mentions).toEqual([]);
    const bad = translateList(english, [{ ...spanish, translates: hashOf(flag), mentions: 'pecho' }], own);
    expect(bad.issues).toEqual([{ path: [0, 'mentions'], message: 'must be a list of texts' }]);
  });
});
