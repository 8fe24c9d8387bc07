// Lists pages whose review is overdue or due within 60 days.
// Usage: npm run content:report [-- --now=2026-11-22]
// The date defaults to today; pass --now to see the report for another day.
import { articleSchema } from '../schemas/index.ts';
import { readContent } from '../lib/readContent.ts';
import { REVIEW_WARNING_DAYS, reviewWarnings } from '../utils/reviewStatus.ts';

const nowArg = process.argv.find((arg) => arg.startsWith('--now='))?.slice(6);
const now = nowArg ? new Date(`${nowArg}T00:00:00Z`) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error(`--now must be a date written as YYYY-MM-DD, got "${nowArg}"`);
  process.exit(2);
}

const { raw } = await readContent(process.cwd());
const items = raw.articles.flatMap((article) => {
  const parsed = articleSchema.safeParse(article.data);
  return parsed.success ? [{ file: article.file, title: parsed.data.title, next: parsed.data.reviewed.next }] : [];
});
const lines = reviewWarnings(items, now);
console.log(`Reviews on ${now.toISOString().slice(0, 10)}: ${lines.length} of ${items.length} page(s) overdue or due within ${REVIEW_WARNING_DAYS} days.`);
for (const line of lines) console.log(`  ${line}`);
