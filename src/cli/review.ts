// Which reader-facing words changed since their review or record, and how to record them.
// Usage: npm run review                              list every warning sign whose words changed since their
//                                                    review, and every page whose words changed since recorded
//        npm run review -- --mark <file> <id>        after a warning sign's review: record its words as
//                                                    reviewed today in content/reviews.yaml
//        npm run review -- --mark <file>...          record the words of articles (after their change note or
//                                                    review date) and data files, as they are now; and the
//                                                    Spanish advice of src/i18n/es.ts and src/domain/careCards.ts
//                                                    with the English it translates
//          --note "<what changed>"                   a data file's change, said in its record
//          --wording-only "<what was corrected>"     spelling or layout only: recorded as such, no new date
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { parseYaml } from '../pipeline/yaml.ts';
import { formatPath, formatProblem } from '../schemas/problems.ts';
import {
  isPageRecord,
  isRecordedFile,
  isSignReview,
  RECORDED_DATA_FILES,
  REVIEWED_FIELDS,
  REVIEWS_FILE,
  reviewListSchema,
  type PageRecord,
  type Review,
  type ReviewedFile,
} from '../schemas/review.ts';
import { describeChange, markCommand, markReview, reviewProblems, reviewStatus } from '../pipeline/review.ts';
import {
  articleWordsHash,
  changedMessage,
  dataWordsHash,
  decideMark,
  FRONTMATTER,
  isoDay,
  markPage,
  markPageCommand,
  type PageDates,
} from '../pipeline/pageRecord.ts';
import { listFiles } from '../pipeline/listFiles.ts';
import { pageWordsHash } from '../pipeline/checkPages.ts';
import { PAGE_FILE, PAGES_DIR } from '../schemas/page.ts';
import { adviceNow, RECORDED_DICTIONARIES, staleAdviceMessage } from '../pipeline/adviceWords.ts';

const args = process.argv.slice(2);
const reviewedFiles = Object.keys(REVIEWED_FIELDS) as ReviewedFile[];

/** A YAML file's data, or the end of the run with its problem. */
function readData(file: string): unknown {
  const parsed = parseYaml(readFileSync(file, 'utf8'), file);
  if (parsed.problems.length > 0) {
    console.error(`${parsed.problems.map(formatProblem).join('\n')}\nFix it first (npm run content:check).`);
    process.exit(1);
  }
  return parsed.data;
}

function readRecords() {
  const result = reviewListSchema.safeParse(readData(REVIEWS_FILE));
  if (result.success) return result.data;
  for (const issue of result.error.issues)
    console.error(`${REVIEWS_FILE}: ${formatPath(issue.path)}: ${issue.message}`);
  console.error('Fix it first (npm run content:check).');
  process.exit(1);
}
const readReviews = (): Review[] => readRecords().filter(isSignReview);

/** An article's or data file's words (hashed) and, for an article, its dates: or why they cannot be read. */
function readPage(file: string): { hash: string; dates?: PageDates; translates?: string } | { error: string } {
  if (!existsSync(file)) return { error: `${file}: not there` };
  if ((RECORDED_DICTIONARIES as readonly string[]).includes(file)) {
    // A dictionary's Spanish advice, and the hash of the English advice it translates now.
    const advice = adviceNow((path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined)).find(
      (a) => a.file === file,
    );
    return advice
      ? { hash: advice.hash, translates: advice.english }
      : { error: `${file}: its English cannot be read` };
  }
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.mdx')) {
    const parsed = parseYaml(text, file);
    return parsed.problems.length
      ? { error: parsed.problems.map(formatProblem).join('\n') }
      : { hash: dataWordsHash(parsed.data) };
  }
  const frontmatter = (path: string, source: string) => {
    const match = FRONTMATTER.exec(source);
    const parsed = match ? parseYaml(match[1] ?? '', path, 2) : undefined;
    if (!match || !parsed || parsed.problems.length) return undefined;
    return { data: (parsed.data ?? {}) as Record<string, unknown>, body: source.slice(match[0].length) };
  };
  const own = frontmatter(file, text);
  if (!own) return { error: `${file}: its frontmatter cannot be read; fix it first (npm run content:check)` };
  // A prose page is recorded like a data file: its record carries the note.
  if (PAGE_FILE.test(file)) return { hash: pageWordsHash(own.data, own.body) };
  const days = (changes: unknown) =>
    (Array.isArray(changes) ? changes : []).flatMap((c: { date?: unknown }) => isoDay(c?.date) ?? []);
  const translated = /^content\/articles\/[a-z]{2}\/([^/]+)\.mdx$/.exec(file);
  let english = own.data;
  let changes = days(own.data.changes);
  if (translated) {
    const source = `content/articles/${translated[1]}.mdx`;
    const read = existsSync(source) ? frontmatter(source, readFileSync(source, 'utf8')) : undefined;
    if (!read) return { error: `${file}: its English article ${source} cannot be read` };
    english = read.data;
    // The page shows the English notes it has not translated yet, with their dates.
    changes = [...new Set([...changes, ...days(read.data.changes)])];
  }
  const reviewed = isoDay((english.reviewed as { last?: unknown } | undefined)?.last);
  return { hash: articleWordsHash(own.data, own.body), dates: { reviewed, changes } };
}

/** Every file whose words are recorded: each article (in each language) and each recorded data file. */
function recordedFiles(): string[] {
  const articles = listFiles('content/articles')
    .map((f) => `content/articles/${f}`)
    .filter((f) => isRecordedFile(f) && !/\/_[^/]*$/.test(f));
  const pages = listFiles(PAGES_DIR)
    .map((f) => `${PAGES_DIR}/${f}`)
    .filter((f) => PAGE_FILE.test(f));
  return [
    ...articles.sort(),
    ...pages.sort(),
    ...[...RECORDED_DATA_FILES, ...RECORDED_DICTIONARIES].filter((f) => existsSync(f)),
  ];
}

/** Writes content/reviews.yaml as Prettier would, so `npm run lint` stays clean. */
async function writeReviews(text: string) {
  const options = (await resolveConfig(REVIEWS_FILE)) ?? {};
  writeFileSync(REVIEWS_FILE, await format(text, { ...options, filepath: REVIEWS_FILE }));
}

/** The value after a flag (--note "..."), taken out of the list. */
function takeFlag(list: string[], flag: string): { given: boolean; value?: string | undefined } {
  const at = list.indexOf(flag);
  if (at < 0) return { given: false };
  const value = list[at + 1]?.startsWith('--') ? undefined : list[at + 1];
  list.splice(at, value === undefined ? 1 : 2);
  return { given: true, value };
}

if (args[0] === '--mark' && args[1] !== undefined && isRecordedFile(args[1].replace(/^\.\//, ''))) {
  const rest = args.slice(1);
  const note = takeFlag(rest, '--note');
  const wording = takeFlag(rest, '--wording-only');
  const targets = rest.map((a) => a.replace(/^\.\//, ''));
  const unknown = targets.find((t) => !isRecordedFile(t));
  if (unknown !== undefined || targets.length === 0) {
    console.error(
      `${unknown ?? '(none)'}: name articles (content/articles/...mdx), prose pages (content/pages/...mdx) or recorded data files (${[...RECORDED_DATA_FILES, ...RECORDED_DICTIONARIES].join(', ')})`,
    );
    process.exit(2);
  }
  if (note.given && wording.given) {
    console.error('Give --note (a change) or --wording-only (spelling or layout only), not both.');
    process.exit(2);
  }
  const today = new Date().toLocaleDateString('en-CA'); // YYYY-MM-DD, the local day
  const records = readRecords().filter(isPageRecord);
  let text = readFileSync(REVIEWS_FILE, 'utf8');
  let failed = false;
  for (const file of targets) {
    const page = readPage(file);
    if ('error' in page) {
      console.error(page.error);
      failed = true;
      continue;
    }
    const decision = decideMark({
      file,
      hash: page.hash,
      dates: page.dates,
      record: records.find((r: PageRecord) => r.file === file),
      today,
      note: wording.given ? wording.value : note.value,
      wordingOnly: wording.given,
      translates: page.translates,
    });
    if ('refused' in decision) {
      (decision.unchanged ? console.log : console.error)(decision.refused);
      if (!decision.unchanged) failed = true;
      continue;
    }
    text = markPage(text, decision.record);
    console.log(
      `${file}: words recorded on ${today} (${decision.record.kind}${decision.record.note ? `: ${decision.record.note}` : ''})`,
    );
  }
  await writeReviews(text);
  process.exit(failed ? 1 : 0);
}

if (args[0] === '--mark') {
  const [file, id, ...extra] = args.slice(1).map((a) => a.replace(/^\.\//, ''));
  if (!file || !id || extra.length > 0) {
    console.error('Name one file and one entry: npm run review -- --mark content/es/red-flags.yaml chest-pain');
    process.exit(2);
  }
  if (!reviewedFiles.includes(file as ReviewedFile)) {
    console.error(`${file}: not a reviewed file (${reviewedFiles.join(', ')})`);
    process.exit(2);
  }
  const reviews = readReviews();
  const found = reviewStatus(reviews, [{ file: file as ReviewedFile, data: readData(file) }]).filter(
    (e) => e.id === id,
  );
  if (found.length !== 1) {
    console.error(
      found.length === 0 ? `${file}: no entry with the id "${id}"` : `${file}: "${id}" is there twice; fix that first`,
    );
    process.exit(1);
  }
  const entry = found[0]!;
  if (entry.review && entry.changed.length === 0) {
    console.log(`${file} ${id}: unchanged since its review on ${entry.review.reviewed}; nothing to record.`);
    process.exit(0);
  }
  console.log(
    entry.review
      ? `${file} ${id}: changed since its review on ${entry.review.reviewed}:`
      : `${file} ${id}: no review on record yet; its words:`,
  );
  for (const line of describeChange(entry.review?.words, entry.words)) console.log(`  ${line}`);
  const today = new Date().toLocaleDateString('en-CA'); // YYYY-MM-DD, the local day
  const next = markReview(readFileSync(REVIEWS_FILE, 'utf8'), {
    file: entry.file,
    id,
    reviewed: today,
    words: entry.words,
  });
  await writeReviews(next);
  console.log(`Recorded in ${REVIEWS_FILE}: these words of "${id}" were reviewed on ${today}.`);
  process.exit(0);
}

if (args.length > 0) {
  console.error(
    `Unknown argument "${args[0]}". Usage: npm run review [-- --mark <file> <id> | --mark <file>... [--note "..." | --wording-only "..."]]`,
  );
  process.exit(2);
}

const reviews = readReviews();
const targets = reviewedFiles.map((file) => ({ file, data: readData(file) }));
const pending = reviewStatus(reviews, targets).filter((e) => !e.review || e.changed.length > 0);
for (const entry of pending) {
  console.log(
    entry.review
      ? `${entry.file} ${entry.id}: changed since its review on ${entry.review.reviewed}`
      : `${entry.file} ${entry.id}: no review on record`,
  );
  for (const line of describeChange(entry.review?.words, entry.words)) console.log(`  ${line}`);
  console.log(`  after the review: ${markCommand(entry.file, entry.id)}`);
}
// Reviews of entries that are not there: to remove by hand.
const stray = reviewProblems(reviews, targets).filter((p) => p.file === REVIEWS_FILE);
for (const problem of stray) console.log(formatProblem(problem));
// Pages whose words changed since their record, or that have none.
const records = readRecords().filter(isPageRecord);
let pages = 0;
for (const file of recordedFiles()) {
  const page = readPage(file);
  if ('error' in page) {
    console.log(page.error);
    pages++;
    continue;
  }
  const record = records.find((r) => r.file === file);
  if (
    record &&
    page.translates !== undefined &&
    record.translates !== undefined &&
    record.translates !== page.translates
  ) {
    const advice = adviceNow((path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined)).find(
      (a) => a.file === file,
    );
    if (advice) {
      pages++;
      console.log(`${file}: ${staleAdviceMessage(advice, record.translates)}`);
      continue;
    }
  }
  if (record?.hash === page.hash) continue;
  pages++;
  console.log(
    record
      ? `${file}: ${changedMessage({ file, hash: page.hash, dates: page.dates, field: 'file' }, record)}`
      : `${file}: no record of its words: record them with \`${markPageCommand(file)}\``,
  );
}
const files = new Set(recordedFiles());
for (const record of records.filter((r) => !files.has(r.file)))
  console.log(`${REVIEWS_FILE}: the record of ${record.file} names no file: remove it`);
const total = pending.length + stray.length + pages;
console.log(
  total === 0
    ? 'Every warning sign says what was reviewed, and every page’s words are recorded.'
    : `${pending.length} warning sign(s) need review; ${pages} page(s) need their words recorded.`,
);
