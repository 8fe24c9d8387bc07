// Lists pages whose review is overdue or due within 60 days, and translations
// that are out of date with their English (or not made yet).
// Usage: npm run content:report [-- --now 2026-11-22]
// The date defaults to today; pass --now to see the report for another day.
import { loadSiteFromDisk } from '../pipeline/readContent.ts';
import { REVIEW_WARNING_DAYS, reviewWarnings } from '../domain/reviewStatus.ts';
import { formatProblem } from '../schemas/problems.ts';

const args = process.argv.slice(2);
let nowArg: string | undefined;
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i] ?? '';
  if (arg.startsWith('--now=')) nowArg = arg.slice(6);
  else if (arg === '--now') nowArg = args[(i += 1)] ?? '';
  else {
    console.error(`Unknown argument "${arg}". Usage: npm run content:report [-- --now YYYY-MM-DD]`);
    process.exit(2);
  }
}
const now = nowArg === undefined ? new Date() : new Date(`${nowArg}T00:00:00Z`);
if (nowArg !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(nowArg) || Number.isNaN(now.getTime()))) {
  console.error(`--now must be a date written as YYYY-MM-DD, got "${nowArg}"`);
  process.exit(2);
}

// Articles with a problem are left out here; npm run content:check lists them.
const { content } = loadSiteFromDisk(process.cwd());
const items = content.articles.map((a) => ({ file: a.file, title: a.data.title, next: a.data.reviewed.next }));
const lines = reviewWarnings(items, now);
console.log(
  `Reviews on ${now.toISOString().slice(0, 10)}: ${lines.length} of ${items.length} page(s) overdue or due within ${REVIEW_WARNING_DAYS} days.`,
);
for (const line of lines) console.log(`  ${line}`);

for (const [locale, translation] of Object.entries(content.translations)) {
  const stale = translation.articles.filter((a) => a.translation.stale);
  console.log(
    `Translations (${locale}): ${stale.length} of ${translation.articles.length} page(s) out of date; ${translation.notes.length} note(s).`,
  );
  for (const article of stale) console.log(`  out of date: /${locale}/articles/${article.id}/ (${article.file})`);
  for (const note of translation.notes) console.log(`  ${formatProblem(note)}`);
}
