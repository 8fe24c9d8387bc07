// Which translations are up to date with their English, and the hash each one should record.
// Usage: npm run translations                       list every translation that is out of date or missing
//        npm run translations -- --mark <file>...   after updating a translation, record the English it now
//                                                  translates (content/articles/es/x.mdx, content/es/tools.yaml)
import { readFileSync, writeFileSync } from 'node:fs';
import { parseDocument, Scalar } from 'yaml';
import { format, resolveConfig } from 'prettier';
import { loadSiteFromDisk, readSiteFiles } from '../lib/readContent.ts';
import { formatProblem } from '../schemas/problems.ts';
import { articleHash, entryHash, hashOf } from '../utils/translation.ts';
import { parseYaml } from '../lib/yaml.ts';
import { defaultLocale, locales } from '../i18n/locales.ts';

const args = process.argv.slice(2);
/** A hash as quoted text, so one that looks like a number stays text. */
const quoted = (hash: string) => Object.assign(new Scalar(hash), { type: Scalar.QUOTE_SINGLE });
const root = process.cwd();

if (args[0] === '--mark') {
  const targets = args.slice(1);
  if (targets.length === 0) {
    console.error('Name the translation files to mark: npm run translations -- --mark content/articles/es/x.mdx');
    process.exit(2);
  }
  const { files } = readSiteFiles(root);
  const englishText = (file: string) => {
    const bytes = files[file];
    return bytes === undefined ? undefined : Buffer.from(bytes as Uint8Array).toString('utf8');
  };
  const { content } = loadSiteFromDisk(root);
  let failed = false;
  for (const target of targets.map((t) => t.replace(/^\.\//, ''))) {
    const article = /^content\/articles\/([a-z]+)\/([^/]+)\.mdx$/.exec(target);
    const data = /^content\/([a-z]+)\/([^/]+\.yaml)$/.exec(target);
    if (article) {
      const source = content.articles.find((a) => a.id === article[2]);
      if (!source) {
        console.error(`${target}: no English article content/articles/${article[2]}.mdx that passes the check`);
        failed = true;
        continue;
      }
      const text = readFileSync(target, 'utf8');
      const hash = articleHash(source);
      const next = text.replace(/^(\s+hash:).*$/m, `$1 '${hash}'`);
      if (next === text && !text.includes(hash)) {
        console.error(`${target}: has no "hash:" line under translation: to replace`);
        failed = true;
        continue;
      }
      writeFileSync(target, next);
      console.log(`${target}: translates ${source.file} as it is now (${hash})`);
    } else if (data && locales.includes(data[1] as never) && data[1] !== defaultLocale) {
      const englishFile = `content/${data[2]}`;
      const english = parseYaml(englishText(englishFile) ?? '', englishFile).data;
      const doc = parseDocument(readFileSync(target, 'utf8'));
      if (Array.isArray(english)) {
        for (const item of doc.contents && 'items' in doc.contents ? doc.contents.items : []) {
          const node = item as { get(key: string): unknown; set(key: string, value: unknown): void };
          const source = english.find((e: { id?: unknown }) => e?.id === node.get('id'));
          if (source) node.set('translates', quoted(entryHash(source)));
        }
      } else if (english && typeof english === 'object') {
        for (const [key, value] of Object.entries(english)) {
          if (doc.has(key)) doc.setIn(['translates', key], quoted(hashOf(value)));
        }
      }
      // Written as Prettier would, so `npm run lint` stays clean.
      const options = (await resolveConfig(target)) ?? {};
      writeFileSync(target, await format(doc.toString({ lineWidth: 0 }), { ...options, filepath: target }));
      console.log(`${target}: every entry translates ${englishFile} as it is now`);
    } else {
      console.error(
        `${target}: not a translation (content/articles/<locale>/<slug>.mdx or content/<locale>/<file>.yaml)`,
      );
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}

if (args.length > 0) {
  console.error(`Unknown argument "${args[0]}". Usage: npm run translations [-- --mark <file>...]`);
  process.exit(2);
}

const { content } = loadSiteFromDisk(root);
let count = 0;
for (const locale of locales.filter((l) => l !== defaultLocale)) {
  const translation = content.translations[locale];
  if (!translation) {
    console.log(`${locale}: no translation`);
    continue;
  }
  const current = translation.articles.filter((a) => !a.translation.stale).length;
  console.log(
    `${locale}: ${current} of ${content.articles.length} articles translated and up to date; ${translation.notes.length} note(s)`,
  );
  for (const note of translation.notes) console.log(`  ${formatProblem(note)}`);
  count += translation.notes.length;
}
console.log(
  count === 0 ? 'Every translation is up to date.' : 'Problems, if any, are listed by npm run content:check.',
);
