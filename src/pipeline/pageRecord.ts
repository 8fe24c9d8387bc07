/**
 * Review dates that stay true. Every article (in each language) and every
 * recorded data file answers to a record in content/reviews.yaml: the hash of
 * its reader-facing words as they were last recorded, the day, and what
 * vouches for them (a review, a dated "What changed" note, a wording-only
 * fix). When the words change, the page is refused until the writer says so
 * with a date (a `changes:` note or a new `reviewed.last`) and records the new
 * words; a change of spelling or layout only is recorded as such, in the open.
 * Pure: the caller gives the files' data and today's date.
 */
import { parseDocument, isMap, isSeq, Scalar, type YAMLMap } from 'yaml';
import { REVIEWS_FILE, type PageRecord, type RecordKind } from '../schemas/review.ts';
import type { Problem } from '../schemas/problems.ts';
import { hashOf } from './translation.ts';

/** The length of a page record's hash. */
export const PAGE_HASH_LENGTH = 16;

/** An article's text split into its frontmatter and body, as loadSite reads it. */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The hash of an article's reader-facing words: its title, description,
 * summary (from the frontmatter as written) and body. Tags, sources, dates
 * and change notes are not words of the page's advice, and are left out.
 */
export function articleWordsHash(data: unknown, body: string): string {
  const fields = isObject(data) ? data : {};
  const { title, description, summary } = fields;
  return hashOf({ title, description, summary, body: body.trim() }, PAGE_HASH_LENGTH);
}

/** The hash of a data file's words: all of its content (ids and numbers included: the tools show them). */
export function dataWordsHash(data: unknown): string {
  return hashOf(data, PAGE_HASH_LENGTH);
}

/** The dates an article says its words were last vouched for: its review and its "What changed" notes. */
export interface PageDates {
  /** reviewed.last, YYYY-MM-DD (a Spanish article's is its English article's). */
  reviewed?: string | undefined;
  /** The dates of its change notes, YYYY-MM-DD. */
  changes: readonly string[];
}

/** YYYY-MM-DD of a date given as text or as a Date. */
export function isoDay(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** The newest of an article's review and change-note dates. */
export function newestDate(dates: PageDates): string | undefined {
  return [dates.reviewed, ...dates.changes]
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
}

/** One recorded page as it is now. */
export interface RecordedPage {
  file: string;
  hash: string;
  /** An article's dates; undefined for a data file (its record carries the note). */
  dates?: PageDates | undefined;
  /** Where a problem is reported: the field whose line the writer should look at. */
  field: string;
}

/** The command that records a page's words. */
export const markPageCommand = (file: string, extra = '') => `npm run review -- --mark ${file}${extra}`;

const WORDING = (file: string) => `\`${markPageCommand(file, ' --wording-only "<what was corrected>"')}\``;

/** The message for a page whose words differ from their record. */
export function changedMessage(page: RecordedPage, record: PageRecord): string {
  const since = `its words changed since they were recorded on ${record.recorded}`;
  if (!page.dates) {
    return (
      `${since}: say what changed and record the new words with ` +
      `\`${markPageCommand(page.file, ' --note "<what changed>"')}\` ` +
      `(spelling or layout only: ${WORDING(page.file)})`
    );
  }
  const newest = newestDate(page.dates);
  if (newest !== undefined && newest >= record.recorded) {
    return `${since}; the change note or review dated ${newest} covers it: now record the new words with \`${markPageCommand(page.file)}\``;
  }
  return (
    `${since}, and no change note or review is dated on or after that day. ` +
    `Two steps: (1) add a \`changes:\` entry at the top of the list, dated today, saying in plain words what changed ` +
    `(or, after a full review, a new reviewed.last); (2) record the new words with \`${markPageCommand(page.file)}\`. ` +
    `Spelling or layout only: ${WORDING(page.file)}`
  );
}

/**
 * The problems: each page with no record, each page whose words differ from
 * its record, and each record of a page that is not there. `present` lists
 * every recorded file that exists, read or not (an unreadable one is reported
 * elsewhere, and not judged here: it is in `present` with no page).
 */
export function pageRecordProblems(
  records: readonly PageRecord[],
  pages: readonly RecordedPage[],
  present: ReadonlySet<string>,
): { problems: Problem[]; recordProblems: { index: number; field: string; message: string }[] } {
  const problems: Problem[] = [];
  for (const page of pages) {
    const record = records.find((r) => r.file === page.file);
    if (!record) {
      problems.push({
        file: page.file,
        field: page.field,
        message: `has no record of its words in ${REVIEWS_FILE}: record them with \`${markPageCommand(page.file)}\``,
      });
    } else if (record.hash !== page.hash) {
      problems.push({ file: page.file, field: page.field, message: changedMessage(page, record) });
    }
  }
  const recordProblems = records.flatMap((record, index) =>
    present.has(record.file)
      ? []
      : [{ index, field: 'file', message: `names ${record.file}, which is not there: remove this record` }],
  );
  return { problems, recordProblems };
}

/** What `--mark` asks for. */
export interface MarkRequest {
  file: string;
  hash: string;
  /** An article's dates; undefined for a data file. */
  dates?: PageDates | undefined;
  record: PageRecord | undefined;
  today: string;
  /** A note: required for a wording-only mark and for a change to a data file. */
  note?: string | undefined;
  wordingOnly: boolean;
  /** A dictionary's advice: the hash of the English it translates now (recorded with the words). */
  translates?: string | undefined;
}

/**
 * The record `--mark` writes, or why it will not: words unchanged, a change
 * with no dated note, a wording-only mark with no note or no earlier record.
 */
export function decideMark(request: MarkRequest): { record: PageRecord } | { refused: string; unchanged?: boolean } {
  const { file, hash, dates, record, today, note, wordingOnly, translates } = request;
  if (record && record.hash === hash && record.translates === translates) {
    return {
      refused: `${file}: unchanged since its words were recorded on ${record.recorded}; nothing to record.`,
      unchanged: true,
    };
  }
  const make = (kind: RecordKind, withNote?: string): { record: PageRecord } => ({
    record: {
      file,
      hash,
      recorded: today,
      kind,
      ...(withNote ? { note: withNote } : {}),
      ...(translates ? { translates } : {}),
    },
  });
  if (wordingOnly) {
    if (!record)
      return { refused: `${file}: no words on record yet, so nothing to compare: record them without --wording-only` };
    if (!note || note.trim().length < 5) {
      return {
        refused: `${file}: say what was corrected: --wording-only "<what was corrected>" (at least 5 characters)`,
      };
    }
    return make('wording', note.trim());
  }
  if (!dates) {
    // A data file: its record carries the note.
    if (!record) return make('first', note?.trim() || undefined);
    if (!note || note.trim().length < 5) {
      return {
        refused: `${file}: say what changed: ${markPageCommand(file, ' --note "<what changed>"')} (spelling or layout only: --wording-only "<what was corrected>")`,
      };
    }
    return make('change', note.trim());
  }
  if (note)
    return { refused: `${file}: an article's note goes in its \`changes:\` list, not here (--note is for data files)` };
  const newest = newestDate(dates);
  const kind: RecordKind = newest !== undefined && newest === dates.reviewed ? 'review' : 'change';
  if (!record) return make(kind);
  if (newest === undefined || newest < record.recorded) {
    return {
      refused:
        `${file}: its words changed since they were recorded on ${record.recorded}, and no change note or review is dated on or after that day. ` +
        `First add a \`changes:\` entry at the top of its list, dated today, saying what changed (or a new reviewed.last after a full review); then run this again. ` +
        `Spelling or layout only: ${markPageCommand(file, ' --wording-only "<what was corrected>"')}`,
    };
  }
  return make(kind);
}

/**
 * The text of content/reviews.yaml with one page's record written: its old
 * record replaced in place, or a new one after the last page record (or at
 * the end). Comments and every other record are left as they are.
 */
export function markPage(text: string, record: PageRecord): string {
  const doc = parseDocument(text);
  const list = doc.contents;
  if (!isSeq(list)) throw new Error(`${REVIEWS_FILE} must be a YAML list of reviews`);
  const items = list.items as unknown[];
  const node = doc.createNode(record) as YAMLMap;
  // The hash in quotes, so one that looks like a number stays text.
  node.set('hash', Object.assign(new Scalar(record.hash), { type: Scalar.QUOTE_SINGLE }));
  if (record.translates)
    node.set('translates', Object.assign(new Scalar(record.translates), { type: Scalar.QUOTE_SINGLE }));
  const field = (item: unknown, key: string) => (isMap(item) ? (item as YAMLMap).get(key) : undefined);
  const isPage = (item: unknown) => field(item, 'hash') !== undefined;
  const at = items.findIndex((item) => isPage(item) && field(item, 'file') === record.file);
  if (at >= 0) {
    const comment = (items[at] as YAMLMap).commentBefore;
    if (comment) node.commentBefore = comment;
    items[at] = node;
  } else {
    const last = items.findLastIndex(isPage);
    items.splice(last >= 0 ? last + 1 : items.length, 0, node);
  }
  return doc.toString({ lineWidth: 0 });
}
