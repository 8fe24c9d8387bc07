// Checks every file in content/ and prints every problem at once.
// Usage: npm run content:check
import { checkContent } from '../lib/checkContent.ts';
import { readContent } from '../lib/readContent.ts';
import { formatProblems } from '../utils/problems.ts';

const { raw, problems: readProblems } = await readContent(process.cwd());
const { problems, content } = checkContent(raw);
const all = [...readProblems, ...problems];
if (all.length > 0) {
  console.error(`Content check: ${all.length} problem(s)\n${formatProblems(all)}`);
  process.exit(1);
}
console.log(
  `Content check: ${content.articles.length} articles, ${content.topics.length} topics, ${content.sources.length} sources, ${content.redFlags.length} red flags: all valid.`,
);
