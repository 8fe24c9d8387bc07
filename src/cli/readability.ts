// Prints the reading grade and over-long sentences of article bodies, and of
// what the tools say (content/tools.yaml).
// Usage: node src/cli/readability.ts [content/articles/x.mdx | content/tools.yaml ...]  (default: all of them)
import { loadSiteFromDisk } from '../lib/readContent.ts';
import { MAX_GRADE, MAX_SENTENCE_WORDS, readability } from '../utils/readability.ts';
import { toolTexts } from '../utils/toolWords.ts';

const TOOLS = 'content/tools.yaml';

const { content } = loadSiteFromDisk(process.cwd());
const asked = process.argv.slice(2).map((file) => file.replace(/^\.\//, ''));
const files = asked.length > 0 ? asked : [...content.articles.map((a) => a.file), TOOLS];
let failed = false;
for (const file of files) {
  const body =
    file === TOOLS && content.tools
      ? toolTexts(content.tools)
          .map((t) => t.text)
          .join('\n\n')
      : content.articles.find((a) => a.file === file)?.body;
  if (body === undefined) {
    console.log(`FAIL ${file}: not an article (or content/tools.yaml) that passes npm run content:check`);
    failed = true;
    continue;
  }
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
