// Prints the reading grade and over-long sentences of article bodies.
// Usage: node src/cli/readability.ts [content/articles/x.mdx ...]  (default: every article)
import { readdir, readFile } from 'node:fs/promises';
import { splitFrontmatter } from '../lib/readContent.ts';
import { MAX_GRADE, MAX_SENTENCE_WORDS, readability } from '../utils/readability.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  for (const name of (await readdir('content/articles')).sort()) {
    if (name.endsWith('.mdx') && !name.startsWith('_')) files.push(`content/articles/${name}`);
  }
}
let failed = false;
for (const file of files) {
  const { body } = splitFrontmatter(await readFile(file, 'utf8'));
  const report = readability(body);
  const ok = report.grade <= MAX_GRADE && report.longSentences.length === 0;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${file}: grade ${report.grade}, ${report.wordCount} words, ${report.sentenceCount} sentences`,
  );
  for (const long of report.longSentences)
    console.log(`     over ${MAX_SENTENCE_WORDS} words (${long.words}): ${long.text}`);
}
process.exit(failed ? 1 : 0);
