// Prints the reading score and over-long sentences of article bodies, and of
// what the tools say (content/tools.yaml), in every language: Flesch-Kincaid
// grade in English, Fernández-Huerta reading ease in Spanish
// (content/articles/es/, content/es/tools.yaml): READING_MEASURES.
// Usage: node src/cli/readability.ts [content/articles/x.mdx | content/tools.yaml ...]  (default: all of them)
import { loadSiteFromDisk } from '../pipeline/readContent.ts';
import { MAX_SENTENCE_WORDS, READING_MEASURES, readability } from '../pipeline/readability.ts';
import { toolTexts } from '../domain/toolWords.ts';
import { defaultLocale, locales, type Locale } from '../i18n/locales.ts';
import type { SiteContent } from '../pipeline/loadSite.ts';

const { content } = loadSiteFromDisk(process.cwd());

/** Each language's texts to read: its articles and its tools file. */
interface Edition {
  locale: Locale;
  articles: readonly { file: string; body: string }[];
  toolsFile: string;
  tools: SiteContent['tools'];
}
const editions: Edition[] = locales.flatMap((locale): Edition[] => {
  if (locale === defaultLocale)
    return [{ locale, articles: content.articles, toolsFile: 'content/tools.yaml', tools: content.tools }];
  const translation = content.translations[locale];
  return translation
    ? [{ locale, articles: translation.articles, toolsFile: `content/${locale}/tools.yaml`, tools: translation.tools }]
    : [];
});

const asked = process.argv.slice(2).map((file) => file.replace(/^\.\//, ''));
const files =
  asked.length > 0 ? asked : editions.flatMap((edition) => [...edition.articles.map((a) => a.file), edition.toolsFile]);
let failed = false;
for (const file of files) {
  const edition =
    editions.find((e) => e.toolsFile === file || e.articles.some((a) => a.file === file)) ??
    editions.find((e) => e.locale === defaultLocale)!;
  const body =
    file === edition.toolsFile && edition.tools
      ? toolTexts(edition.tools)
          .map((t) => t.text)
          .join('\n\n')
      : edition.articles.find((a) => a.file === file)?.body;
  if (body === undefined) {
    console.log(`FAIL ${file}: not an article (or content/tools.yaml) that passes npm run content:check`);
    failed = true;
    continue;
  }
  const measure = READING_MEASURES[edition.locale];
  const report = readability(body, edition.locale);
  const ok = measure.easy(report.grade) && report.longSentences.length === 0;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${file}: ${measure.name} ${report.grade}, ${report.wordCount} words, ${report.sentenceCount} sentences`,
  );
  for (const long of report.longSentences)
    console.log(`     over ${MAX_SENTENCE_WORDS} words (${long.words}): ${long.text}`);
}
process.exit(failed ? 1 : 0);
