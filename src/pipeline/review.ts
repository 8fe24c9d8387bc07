/**
 * Reviewed words: every entry of a reviewed file (each warning sign, in
 * English and in Spanish) answers to the version of its words that was last
 * reviewed, kept word for word in content/reviews.yaml. A sign whose words
 * differ, a sign with no review and a review of no sign are problems, so no
 * change to what a sign tells the reader gets published unseen. Pure: the
 * caller gives the parsed files and today's date.
 */
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import {
  REVIEWED_FIELDS,
  REVIEWS_FILE,
  type Review,
  type ReviewedFile,
  type ReviewedWords,
} from '../schemas/review.ts';
import { formatPath, type Problem } from '../schemas/problems.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** An entry's reader-facing words, by field, in the order of `fields`; fields it does not have are left out. */
export function wordsOf(entry: unknown, fields: readonly string[]): ReviewedWords {
  if (!isObject(entry)) return {};
  return Object.fromEntries(
    fields.flatMap((field) => (typeof entry[field] === 'string' ? [[field, entry[field].trim()]] : [])),
  );
}

/** The fields whose words differ between the review and now (added, changed or removed). */
export function changedFields(reviewed: ReviewedWords, now: ReviewedWords): string[] {
  const fields = [...new Set([...Object.keys(now), ...Object.keys(reviewed)])];
  return fields.filter((field) => reviewed[field] !== now[field]);
}

/** One entry of a reviewed file, its review and what changed since. */
export interface EntryReview {
  file: ReviewedFile;
  id: string;
  /** The entry's place in its file. */
  index: number;
  words: ReviewedWords;
  review: Review | undefined;
  changed: string[];
}

/** A reviewed file as read: its data, or undefined when it is there but could not be read. */
export interface ReviewedFileData {
  file: ReviewedFile;
  data: unknown;
}

/** Every entry (with an id) of the files given, with its review. */
export function reviewStatus(reviews: readonly Review[], targets: readonly ReviewedFileData[]): EntryReview[] {
  return targets.flatMap(({ file, data }) =>
    (Array.isArray(data) ? data : []).flatMap((entry: unknown, index) => {
      if (!isObject(entry) || typeof entry.id !== 'string') return [];
      const id = entry.id;
      const words = wordsOf(entry, REVIEWED_FIELDS[file]);
      const review = reviews.find((r) => r.file === file && r.id === id);
      return [{ file, id, index, words, review, changed: review ? changedFields(review.words, words) : [] }];
    }),
  );
}

/** The command that records a review of one entry. */
export const markCommand = (file: string, id: string) => `npm run review -- --mark ${file} ${id}`;

/**
 * The problems: each changed field of an entry, each entry with no review, and
 * each review of an entry (or a file) that is not there. `present` lists the
 * reviewed files that exist; one that could not be read (data undefined) is
 * not judged, and neither are the reviews of it.
 */
export function reviewProblems(reviews: readonly Review[], present: readonly ReviewedFileData[]): Problem[] {
  const readable = present.filter((target) => target.data !== undefined);
  const status = reviewStatus(reviews, readable);
  const problems: Problem[] = [];
  for (const entry of status) {
    const mark = markCommand(entry.file, entry.id);
    if (!entry.review) {
      problems.push({
        file: entry.file,
        field: formatPath([entry.index, 'id']),
        message: `"${entry.id}" has no review on record in ${REVIEWS_FILE}: have its words reviewed, then record them with \`${mark}\``,
      });
      continue;
    }
    for (const field of entry.changed) {
      problems.push({
        file: entry.file,
        field: formatPath([entry.index, field]),
        message:
          `changed since its clinical review on ${entry.review.reviewed}: have the change reviewed, ` +
          `then record it with \`${mark}\``,
      });
    }
  }
  reviews.forEach((review, index) => {
    const target = present.find((t) => t.file === review.file);
    if (!target) {
      problems.push({
        file: REVIEWS_FILE,
        field: formatPath([index, 'file']),
        message: `names ${review.file}, which is not there: remove this review`,
      });
    } else if (target.data !== undefined && !status.some((e) => e.file === review.file && e.id === review.id)) {
      problems.push({
        file: REVIEWS_FILE,
        field: formatPath([index, 'id']),
        message: `names "${review.id}", but ${review.file} has no entry with this id: remove this review, or correct the id`,
      });
    }
  });
  return problems;
}

/**
 * The words that changed, word by word: removed words in [-...-], added ones
 * in {+...+}, the rest as it was (a longest-common-subsequence diff).
 */
export function wordDiff(before: string, after: string): string {
  const a = before.split(/\s+/).filter(Boolean);
  const b = after.split(/\s+/).filter(Boolean);
  // common[i][j]: the length of the longest common run of words of a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const out: string[] = [];
  const removed: string[] = [];
  const added: string[] = [];
  const flush = () => {
    if (removed.length) out.push(`[-${removed.splice(0).join(' ')}-]`);
    if (added.length) out.push(`{+${added.splice(0).join(' ')}+}`);
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      out.push(a[i]!);
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && common[i + 1]![j]! >= common[i]![j + 1]!)) {
      removed.push(a[i++]!);
    } else {
      added.push(b[j++]!);
    }
  }
  flush();
  return out.join(' ');
}

/** What changed in an entry's words since its review, one line per field: "text: a [-b-] {+c+}". */
export function describeChange(reviewed: ReviewedWords | undefined, now: ReviewedWords): string[] {
  return changedFields(reviewed ?? {}, now).map((field) => {
    const before = reviewed?.[field];
    const after = now[field];
    if (before === undefined) return `${field}: (new) ${after}`;
    if (after === undefined) return `${field}: (removed) ${before}`;
    return `${field}: ${wordDiff(before, after)}`;
  });
}

/**
 * The text of content/reviews.yaml with one entry's review recorded: its
 * words as they are now and the day. Its old record is replaced in place;
 * a new one goes after the last review of the same file. Comments and every
 * other record are left as they are.
 */
export function markReview(text: string, review: Review): string {
  const doc = parseDocument(text);
  const list = doc.contents;
  if (!isSeq(list)) throw new Error(`${REVIEWS_FILE} must be a YAML list of reviews`);
  const items = list.items as unknown[];
  const node = doc.createNode(review);
  const field = (item: unknown, key: string) => (isMap(item) ? (item as YAMLMap).get(key) : undefined);
  const at = items.findIndex((item) => field(item, 'file') === review.file && field(item, 'id') === review.id);
  if (at >= 0) {
    // Keep a comment written above the old record.
    const comment = (items[at] as YAMLMap).commentBefore;
    if (comment) node.commentBefore = comment;
    items[at] = node;
  } else {
    const last = items.findLastIndex((item) => field(item, 'file') === review.file);
    items.splice(last >= 0 ? last + 1 : items.length, 0, node);
  }
  return doc.toString({ lineWidth: 0 });
}
