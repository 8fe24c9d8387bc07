import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSite } from '../../src/pipeline/loadSite.ts';
import { formatProblem } from '../../src/schemas/problems.ts';
import { reviewListSchema, type PageRecord } from '../../src/schemas/review.ts';
import {
  articleWordsHash,
  dataWordsHash,
  decideMark,
  markPage,
  newestDate,
  pageRecordProblems,
} from '../../src/pipeline/pageRecord.ts';
import { lastModifiedOf, newestChange } from '../../src/domain/lastModified.ts';
import { ARTICLE, ES_ARTICLE, REVIEWED_ON, reviewsFor, spanishSiteFiles } from '../helpers/siteFiles.ts';
import { REVIEWS_FILE } from '../../src/schemas/review.ts';

const FILE = 'content/articles/ice-or-heat.mdx';
const words = { title: 'Ice or heat?', description: 'Which helps more.', summary: ['Heat may help.', 'Move.'] };
const HASH = articleWordsHash(words, '\n## Heat\n\nIt may help.\n');
const record = (more: Partial<PageRecord> = {}): PageRecord => ({
  file: FILE,
  hash: HASH,
  recorded: '2026-12-01',
  kind: 'first',
  ...more,
});

describe('articleWordsHash', () => {
  it('covers the title, description, summary and body, and nothing else', () => {
    const body = '\n## Heat\n\nIt may help.\n';
    expect(HASH).toMatch(/^[0-9a-f]{16}$/);
    // Tags, sources, dates and change notes are not the page's words.
    expect(articleWordsHash({ ...words, tags: ['x'], changes: [{ date: '2026-12-07', note: 'n' }] }, body)).toBe(HASH);
    // Blank lines around the body are layout of the file, not words.
    expect(articleWordsHash(words, `\n\n${body}\n\n`)).toBe(HASH);
    expect(articleWordsHash(words, body.replace('may', 'will'))).not.toBe(HASH);
    expect(articleWordsHash({ ...words, title: 'Ice or heat!' }, body)).not.toBe(HASH);
    expect(articleWordsHash({ ...words, summary: ['Heat may help.'] }, body)).not.toBe(HASH);
  });
  it('hashes a data file’s whole content', () => {
    expect(dataWordsHash({ a: 'x' })).not.toBe(dataWordsHash({ a: 'y' }));
    expect(dataWordsHash({ a: 'x', b: 1 })).toBe(dataWordsHash({ b: 1, a: 'x' }));
  });
});

describe('newestDate and newestChange', () => {
  it('give the newest of the review and the notes', () => {
    expect(newestDate({ reviewed: '2026-11-22', changes: ['2026-12-01', '2026-11-30'] })).toBe('2026-12-01');
    expect(newestDate({ reviewed: '2026-11-22', changes: [] })).toBe('2026-11-22');
    expect(newestDate({ changes: [] })).toBeUndefined();
    const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(newestChange([{ date: d('2026-11-30') }, { date: d('2026-12-01') }])).toEqual(d('2026-12-01'));
    expect(newestChange([])).toBeUndefined();
    // dateModified: the newest change note after the review.
    const dates = {
      reviewed: { last: d('2026-11-22') },
      published: d('2026-11-22'),
      changes: [{ date: d('2026-12-01') }],
    };
    expect(lastModifiedOf(dates)).toEqual(d('2026-12-01'));
  });
});

describe('pageRecordProblems', () => {
  const page = {
    file: FILE,
    hash: HASH,
    dates: { reviewed: '2026-11-22', changes: ['2026-12-01'] },
    field: 'reviewed.last',
  };
  it('accepts words as recorded, whatever their dates', () => {
    expect(pageRecordProblems([record()], [page], new Set([FILE])).problems).toEqual([]);
  });
  it('asks for both steps when nothing dated covers the change, only the record when a note does', () => {
    const changed = { ...page, hash: 'ffffffffffffffff' };
    const [twoSteps] = pageRecordProblems([record({ recorded: '2026-12-07' })], [changed], new Set([FILE])).problems;
    expect(twoSteps!.message).toMatch(/no change note or review is dated on or after that day\. Two steps: \(1\)/);
    const [recordOnly] = pageRecordProblems([record()], [changed], new Set([FILE])).problems;
    expect(recordOnly!.message).toBe(
      'its words changed since they were recorded on 2026-12-01; the change note or review dated 2026-12-01 covers it: ' +
        `now record the new words with \`npm run review -- --mark ${FILE}\``,
    );
  });
  it('names a page with no record and a record of no page', () => {
    const result = pageRecordProblems([record({ file: 'content/articles/gone.mdx' })], [page], new Set([FILE]));
    expect(result.problems.map(formatProblem)).toEqual([
      `${FILE}: reviewed.last: has no record of its words in content/reviews.yaml: record them with \`npm run review -- --mark ${FILE}\``,
    ]);
    expect(result.recordProblems).toEqual([
      { index: 0, field: 'file', message: 'names content/articles/gone.mdx, which is not there: remove this record' },
    ]);
  });
});

describe('decideMark', () => {
  const base = {
    file: FILE,
    hash: 'ffffffffffffffff',
    dates: { reviewed: '2026-11-22', changes: ['2026-12-07'] },
    record: record(),
    today: '2026-12-07',
    wordingOnly: false,
  };
  it('records changed words once a change note (or review) dated on or after the last record covers them', () => {
    expect(decideMark(base)).toEqual({
      record: { file: FILE, hash: 'ffffffffffffffff', recorded: '2026-12-07', kind: 'change' },
    });
    const reviewed = decideMark({ ...base, dates: { reviewed: '2026-12-07', changes: ['2026-12-01'] } });
    expect('record' in reviewed && reviewed.record.kind).toBe('review');
  });
  it('refuses changed words that nothing dated covers, and says what to do', () => {
    const refused = decideMark({ ...base, dates: { reviewed: '2026-11-22', changes: ['2026-11-30'] } });
    expect('refused' in refused && refused.refused).toMatch(
      /no change note or review is dated on or after that day\. First add a `changes:` entry .* --wording-only/,
    );
  });
  it('says so when nothing changed', () => {
    expect(decideMark({ ...base, hash: HASH })).toEqual({
      refused: `${FILE}: unchanged since its words were recorded on 2026-12-01; nothing to record.`,
      unchanged: true,
    });
  });
  it('records a wording-only change with its note and the day, and no new page date', () => {
    const old = { ...base, dates: { reviewed: '2026-11-22', changes: [] } };
    expect(decideMark({ ...old, wordingOnly: true, note: 'spelling of "paracetamol"' })).toEqual({
      record: {
        ...record(),
        hash: 'ffffffffffffffff',
        recorded: '2026-12-07',
        kind: 'wording',
        note: 'spelling of "paracetamol"',
      },
    });
    expect(decideMark({ ...old, wordingOnly: true })).toHaveProperty(
      'refused',
      expect.stringMatching(/say what was corrected/),
    );
    expect(decideMark({ ...old, wordingOnly: true, note: 'typo fixed', record: undefined })).toHaveProperty(
      'refused',
      expect.stringMatching(/no words on record yet/),
    );
  });
  it('a data file’s change needs its note in the record; its first record needs none', () => {
    const data = {
      ...base,
      file: 'content/tools.yaml',
      dates: undefined,
      record: record({ file: 'content/tools.yaml' }),
    };
    expect(decideMark(data)).toHaveProperty('refused', expect.stringMatching(/--note "<what changed>"/));
    expect(decideMark({ ...data, note: 'Timer says when to stop' })).toHaveProperty('record.kind', 'change');
    expect(decideMark({ ...data, record: undefined })).toHaveProperty('record.kind', 'first');
    expect(decideMark({ ...base, note: 'a note' })).toHaveProperty(
      'refused',
      expect.stringMatching(/goes in its `changes:` list/),
    );
  });
});

describe('markPage', () => {
  const TEXT = `# Records.
- file: content/red-flags.yaml
  id: chest-pain
  reviewed: 2026-12-01
  words:
    text: chest pain
# The pages.
- file: ${FILE}
  hash: '${HASH}'
  recorded: 2026-12-01
  kind: first
`;
  it('replaces the page’s record in place, its hash in quotes, every other line as it was', () => {
    const next = markPage(TEXT, record({ hash: '1234567890123456', recorded: '2026-12-07', kind: 'change' }));
    expect(next).toBe(
      TEXT.replace(
        `'${HASH}'\n  recorded: 2026-12-01\n  kind: first`,
        "'1234567890123456'\n  recorded: 2026-12-07\n  kind: change",
      ),
    );
    expect((parse(next) as PageRecord[])[1]!.hash).toBe('1234567890123456');
  });
  it('adds a new record after the last page record', () => {
    const next = markPage(TEXT, record({ file: 'content/tools.yaml' }));
    expect((parse(next) as { file: string }[]).map((r) => r.file)).toEqual([
      'content/red-flags.yaml',
      FILE,
      'content/tools.yaml',
    ]);
  });
});

describe('reviewListSchema with page records', () => {
  it('checks a page record by its own schema, in words a writer understands', () => {
    const result = reviewListSchema.safeParse([
      { file: 'content/nope.yaml', hash: 'xyz', recorded: '2026-02-30', kind: 'guess' },
      record({ kind: 'wording' }),
      record(),
      record(),
    ]);
    expect(result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      '0.file: must be an article (content/articles/...mdx), a prose page (content/pages/...mdx) or one of content/tools.yaml, content/self-care.yaml, content/glossary.yaml, content/es/tools.yaml, content/es/self-care.yaml, content/es/glossary.yaml, src/i18n/es.ts, src/domain/careCards.ts',
      '0.hash: must be the 16-character hash npm run review -- --mark records',
      '0.recorded: must be a real date written as YYYY-MM-DD',
      '0.kind: must be one of review, change, wording, first',
      '1.note: must say what was corrected: a wording-only record keeps its note',
      `3.file: repeats the record of ${FILE} (already at [2]): keep one record per page`,
    ]);
  });
});

describe('the fixture site', () => {
  it('is accepted after a dated change and its record (what --mark writes)', () => {
    const files = spanishSiteFiles();
    files[ARTICLE] = files[ARTICLE]!.replace(
      'published: 2026-01-10\n',
      'published: 2026-01-10\nchanges:\n  - date: 2026-12-07\n    note: Heat now said to be better.\n',
    ).concat('\nHeat is better.\n');
    expect(loadSite(files).problems.length).toBeGreaterThan(0);
    files[REVIEWS_FILE] = reviewsFor(files);
    const { problems, content } = loadSite(files);
    expect(problems.map(formatProblem)).toEqual([]);
    // The Spanish page shows the English note until it is translated, and says so.
    const es = content.translations.es!;
    expect(es.articles.find((a) => a.id === 'ice-or-heat')!.data.changes.map((c) => c.note)).toEqual([
      'Heat now said to be better.',
    ]);
    expect(es.notes.map(formatProblem)).toContainEqual(
      expect.stringMatching(
        /^content\/articles\/es\/ice-or-heat\.mdx:\d+: changes: has no es note for the English change of 2026-12-07/,
      ),
    );
  });
  it('shows a Spanish note instead of the English one once it is translated', () => {
    const files = spanishSiteFiles();
    files[ARTICLE] = files[ARTICLE]!.replace(
      'published: 2026-01-10\n',
      'published: 2026-01-10\nchanges:\n  - date: 2026-12-07\n    note: Heat now said to be better.\n',
    );
    files[ES_ARTICLE] = files[ES_ARTICLE]!.replace(
      'translation:\n',
      'changes:\n  - date: 2026-12-07\n    note: Ahora se dice que el calor es mejor.\ntranslation:\n',
    );
    const { problems, content } = loadSite(files);
    expect(problems.map(formatProblem)).toEqual([]);
    const es = content.translations.es!;
    expect(es.articles.find((a) => a.id === 'ice-or-heat')!.data.changes.map((c) => c.note)).toEqual([
      'Ahora se dice que el calor es mejor.',
    ]);
    expect(es.notes.filter((n) => n.field === 'changes')).toEqual([]);
  });
  it('records every article and recorded data file on REVIEWED_ON', () => {
    const records = parse(spanishSiteFiles()[REVIEWS_FILE]!) as { file: string; recorded?: string }[];
    expect(records.filter((r) => r.recorded === REVIEWED_ON).map((r) => r.file)).toEqual(
      expect.arrayContaining([ARTICLE, ES_ARTICLE, 'content/tools.yaml', 'content/es/tools.yaml']),
    );
  });
});
