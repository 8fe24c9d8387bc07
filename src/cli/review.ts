// Which reader-facing words changed since their review, and how to record a review, one entry at a time.
// Usage: npm run review                              list every entry whose words changed since their review
//                                                    (or that has none), with the words that changed
//        npm run review -- --mark <file> <id>        after the review: show what changed, and record the
//                                                    entry's words as reviewed today in content/reviews.yaml
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { parseYaml } from '../lib/yaml.ts';
import { formatPath, formatProblem } from '../schemas/problems.ts';
import { REVIEWED_FIELDS, REVIEWS_FILE, reviewListSchema, type Review, type ReviewedFile } from '../schemas/review.ts';
import { describeChange, markCommand, markReview, reviewProblems, reviewStatus } from '../utils/review.ts';

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

function readReviews(): Review[] {
  const result = reviewListSchema.safeParse(readData(REVIEWS_FILE));
  if (result.success) return result.data;
  for (const issue of result.error.issues)
    console.error(`${REVIEWS_FILE}: ${formatPath(issue.path)}: ${issue.message}`);
  console.error('Fix it first (npm run content:check).');
  process.exit(1);
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
  // Written as Prettier would, so `npm run lint` stays clean.
  const options = (await resolveConfig(REVIEWS_FILE)) ?? {};
  writeFileSync(REVIEWS_FILE, await format(next, { ...options, filepath: REVIEWS_FILE }));
  console.log(`Recorded in ${REVIEWS_FILE}: these words of "${id}" were reviewed on ${today}.`);
  process.exit(0);
}

if (args.length > 0) {
  console.error(`Unknown argument "${args[0]}". Usage: npm run review [-- --mark <file> <id>]`);
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
console.log(
  pending.length + stray.length === 0
    ? 'Every reviewed entry says what was reviewed.'
    : `${pending.length} entr${pending.length === 1 ? 'y needs' : 'ies need'} review.`,
);
