// Checks every file in content/ and prints every problem at once, with the
// same pipeline and the same messages as the build's pre-build check.
// Usage: npm run content:check
import { loadSiteFromDisk } from '../pipeline/readContent.ts';
import { formatProblems } from '../schemas/problems.ts';

const { problems, content } = loadSiteFromDisk(process.cwd());
// Notes do not fail the check: things an editor should check, such as unverified emergency numbers.
if (content.notes.length > 0) {
  console.warn(`Content check: ${content.notes.length} note(s), to check\n${formatProblems(content.notes)}`);
}
if (problems.length > 0) {
  console.error(`Content check: ${problems.length} problem(s)\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log(
  `Content check: ${content.articles.length} articles, ${content.topics.length} topics, ${content.sources.length} sources, ${content.redFlags.length} red flags: all valid.`,
);
