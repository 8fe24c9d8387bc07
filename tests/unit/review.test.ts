import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSite } from '../../src/pipeline/loadSite.ts';
import { formatProblem } from '../../src/schemas/problems.ts';
import { REVIEWED_FIELDS, reviewListSchema, type Review } from '../../src/schemas/review.ts';
import {
  changedFields,
  describeChange,
  markReview,
  reviewProblems,
  reviewStatus,
  wordDiff,
  wordsOf,
} from '../../src/pipeline/review.ts';
import { reviewedSite } from '../helpers/badContent/review.ts';

const ES = 'content/es/red-flags.yaml';
const sign = {
  id: 'chest-pain',
  level: 'emergency',
  text: 'dolor en el pecho',
  action: 'Llame a una ambulancia. No vaya en coche.',
  question: '¿Tiene dolor en el pecho?',
  keywords: ['dolor de pecho'],
};
const review = (id: string, words: Review['words'], file: Review['file'] = ES): Review => ({
  file,
  id,
  reviewed: '2026-12-01',
  words,
});
const reviewed = review('chest-pain', wordsOf(sign, REVIEWED_FIELDS[ES]));

describe('wordsOf', () => {
  it('gives the reader-facing words only, in field order', () => {
    expect(wordsOf(sign, REVIEWED_FIELDS[ES])).toEqual({
      text: 'dolor en el pecho',
      action: 'Llame a una ambulancia. No vaya en coche.',
      question: '¿Tiene dolor en el pecho?',
    });
  });
  it('leaves out fields the entry does not have, and anything that is not an entry', () => {
    expect(wordsOf({ id: 'x', text: 'a' }, ['text', 'action'])).toEqual({ text: 'a' });
    expect(wordsOf('text', ['text'])).toEqual({});
  });
});

describe('changedFields', () => {
  it('names a changed, an added and a removed field', () => {
    expect(changedFields({ text: 'a', action: 'B.' }, { text: 'a2', question: 'c?' })).toEqual([
      'text',
      'question',
      'action',
    ]);
    expect(changedFields({ text: 'a' }, { text: 'a' })).toEqual([]);
  });
});

describe('wordDiff', () => {
  it('marks removed and added words, and keeps the rest', () => {
    expect(wordDiff('Llame a una ambulancia. No vaya en coche.', 'Espere a mañana y vaya en coche a su médico.')).toBe(
      '[-Llame-] {+Espere+} a [-una ambulancia. No-] {+mañana y+} vaya en [-coche.-] {+coche a su médico.+}',
    );
  });
  it('is the text itself when nothing changed, and handles an empty side', () => {
    expect(wordDiff('a b c', 'a  b c')).toBe('a b c');
    expect(wordDiff('', 'a b')).toBe('{+a b+}');
    expect(wordDiff('a b', '')).toBe('[-a b-]');
  });
});

describe('describeChange', () => {
  it('gives one line per changed field, new and removed ones said so', () => {
    expect(describeChange({ text: 'a b', action: 'Go.' }, { text: 'a c', question: 'Q?' })).toEqual([
      'text: a [-b-] {+c+}',
      'question: (new) Q?',
      'action: (removed) Go.',
    ]);
    expect(describeChange(undefined, { text: 'a' })).toEqual(['text: (new) a']);
  });
});

describe('reviewStatus and reviewProblems', () => {
  it('passes an entry whose words are as reviewed, whatever its other fields', () => {
    const data = [{ ...sign, keywords: ['otra'], level: 'routine' }];
    expect(reviewStatus([reviewed], [{ file: ES, data }])[0]).toMatchObject({ id: 'chest-pain', changed: [] });
    expect(reviewProblems([reviewed], [{ file: ES, data }])).toEqual([]);
  });
  it('refuses changed words, a missing review and a review of no entry', () => {
    const data = [
      { ...sign, action: 'Espere a mañana.' },
      { id: 'fever', text: 'fiebre' },
    ];
    const problems = reviewProblems([reviewed, review('gone', { text: 'x' })], [{ file: ES, data }]);
    expect(problems.map(formatProblem)).toEqual([
      'content/es/red-flags.yaml: [0].action: changed since its clinical review on 2026-12-01: have the change reviewed, then record it with `npm run review -- --mark content/es/red-flags.yaml chest-pain`',
      'content/es/red-flags.yaml: [1].id: "fever" has no review on record in content/reviews.yaml: have its words reviewed, then record them with `npm run review -- --mark content/es/red-flags.yaml fever`',
      'content/reviews.yaml: [1].id: names "gone", but content/es/red-flags.yaml has no entry with this id: remove this review, or correct the id',
    ]);
  });
  it('does not judge a file that could not be read, nor its reviews; names a review of a missing file', () => {
    expect(reviewProblems([reviewed], [{ file: ES, data: undefined }])).toEqual([]);
    expect(reviewProblems([reviewed], []).map(formatProblem)).toEqual([
      'content/reviews.yaml: [0].file: names content/es/red-flags.yaml, which is not there: remove this review',
    ]);
  });
});

describe('reviewListSchema', () => {
  it('names the field of each mistake in words a writer understands', () => {
    const result = reviewListSchema.safeParse([
      { file: 'content/nope.yaml', id: 'a', reviewed: '2026-02-30', words: { text: '' } },
      { ...reviewed, extra: 1 },
      reviewed,
    ]);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      '0.file: must be one of the reviewed files: content/red-flags.yaml, content/es/red-flags.yaml',
      '0.reviewed: must be a real date written as YYYY-MM-DD',
      '0.words.text: must be the reviewed text',
      '1: Unrecognized key: "extra"',
    ]);
    const twice = reviewListSchema.safeParse([reviewed, reviewed]);
    expect(twice.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      '1.id: repeats the review of "chest-pain" in content/es/red-flags.yaml (already at [0]): keep one record per entry',
    ]);
  });
});

describe('markReview', () => {
  const TEXT = `# Reviewed words.

- file: content/red-flags.yaml
  id: chest-pain
  reviewed: 2026-12-01
  words:
    text: chest pain
# The Spanish signs.
- file: ${ES}
  id: chest-pain
  reviewed: 2026-12-01
  words:
    text: dolor en el pecho
- file: ${ES}
  id: fever
  reviewed: 2026-12-01
  words:
    text: fiebre
`;
  it('replaces the entry’s record in place and leaves every other line as it was', () => {
    const next = markReview(TEXT, {
      ...review('chest-pain', { text: 'dolor fuerte en el pecho' }),
      reviewed: '2026-12-07',
    });
    expect(next).toBe(
      TEXT.replace(
        'reviewed: 2026-12-01\n  words:\n    text: dolor en el pecho',
        'reviewed: 2026-12-07\n  words:\n    text: dolor fuerte en el pecho',
      ),
    );
  });
  it('adds a new record after the last one of its file', () => {
    const next = markReview(TEXT, review('bladder', { text: 'bladder' }, 'content/red-flags.yaml'));
    const records = parse(next) as Review[];
    expect(records.map((r) => `${r.file} ${r.id}`)).toEqual([
      'content/red-flags.yaml chest-pain',
      'content/red-flags.yaml bladder',
      `${ES} chest-pain`,
      `${ES} fever`,
    ]);
    expect(next).toContain('# Reviewed words.');
    expect(next).toContain('# The Spanish signs.');
  });
});

describe('the review cases start from a valid site', () => {
  it('has no problems', () => {
    expect(loadSite(reviewedSite()).problems.map(formatProblem)).toEqual([]);
  });
});

describe('content/reviews.yaml', () => {
  it('records every warning sign, in English and in Spanish', () => {
    const records = parse(readFileSync('content/reviews.yaml', 'utf8')) as Review[];
    for (const file of Object.keys(REVIEWED_FIELDS)) {
      const ids = (parse(readFileSync(file, 'utf8')) as { id: string }[]).map((e) => e.id);
      expect(records.filter((r) => r.file === file).map((r) => r.id)).toEqual(ids);
    }
  });
});
