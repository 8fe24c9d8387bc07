// Prints the reading grade and over-long sentences of article bodies, and of
// what the tools say (content/tools.yaml); for Spanish (content/articles/es/,
// content/es/tools.yaml), the Fernández-Huerta reading ease.
// Usage: node src/cli/readability.ts [content/articles/x.mdx | content/tools.yaml ...]  (default: all of them)
import { loadSiteFromDisk } from '../pipeline/readContent.ts';
import { MAX_GRADE, MAX_SENTENCE_WORDS, MIN_FERNANDEZ_HUERTA, readability } from '../pipeline/readability.ts';
import { toolTexts } from '../domain/toolWords.ts';

const TOOLS = 'content/tools.yaml';
const ES_TOOLS = 'content/es/tools.yaml';

const { content } = loadSiteFromDisk(process.cwd());
const asked = process.argv.slice(2).map((file) => file.replace(/^\.\//, ''));
const es = content.translations.es;
const files =
  asked.length > 0
    ? asked
    : [...content.articles.map((a) => a.file), TOOLS, ...(es ? [...es.articles.map((a) => a.file), ES_TOOLS] : [])];
let failed = false;
for (const file of files) {
  const spanish = file === ES_TOOLS || file.startsWith('content/articles/es/');
  const tools = file === TOOLS ? content.tools : file === ES_TOOLS ? es?.tools : undefined;
  const body = tools
    ? toolTexts(tools)
        .map((t) => t.text)
        .join('\n\n')
    : [...content.articles, ...(es?.articles ?? [])].find((a) => a.file === file)?.body;
  if (body === undefined) {
    console.log(`FAIL ${file}: not an article (or content/tools.yaml) that passes npm run content:check`);
    failed = true;
    continue;
  }
  const report = readability(body, spanish ? 'es' : 'en');
  const easy = spanish ? report.grade >= MIN_FERNANDEZ_HUERTA : report.grade <= MAX_GRADE;
  const ok = easy && report.longSentences.length === 0;
  failed ||= !ok;
  const score = spanish ? `Fernández-Huerta ${report.grade}` : `grade ${report.grade}`;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${file}: ${score}, ${report.wordCount} words, ${report.sentenceCount} sentences`,
  );
  for (const long of report.longSentences)
    console.log(`     over ${MAX_SENTENCE_WORDS} words (${long.words}): ${long.text}`);
}
process.exit(failed ? 1 : 0);
