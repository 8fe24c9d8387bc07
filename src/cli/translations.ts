// Which translations are up to date with their English, and the hash each one should record.
// Usage: npm run translations                            list every translation that is out of date or missing
//        npm run translations -- --mark <article>...      after updating a translated article, record the English
//                                                       it now translates (content/articles/es/x.mdx): one mark a file
//        npm run translations -- --mark <file> <id>       after updating one entry of a translated data file, record
//                                                       the English it now translates (content/es/red-flags.yaml
//                                                       chest-pain; content/es/tools.yaml timer): shows what changed
//                                                       in that English entry first, and marks that entry only
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';
import { loadSiteFromDisk, readSiteFiles } from '../pipeline/readContent.ts';
import { formatProblem } from '../schemas/problems.ts';
import { articleHash, entryHash } from '../pipeline/translation.ts';
import {
  englishEntry,
  entryChanges,
  entryIds,
  markEntry,
  recordedHashOf,
  recordedVersion,
  sideBySide,
} from '../pipeline/translationMark.ts';
import { parseYaml } from '../pipeline/yaml.ts';
import { pageWordsHash } from '../pipeline/checkPages.ts';
import { FRONTMATTER } from '../pipeline/pageRecord.ts';
import { defaultLocale, locales } from '../i18n/locales.ts';

const args = process.argv.slice(2);
const root = process.cwd();
const ARTICLE = /^content\/articles\/([a-z]+)\/([^/]+)\.mdx$/;
const PAGE = /^content\/pages\/([a-z]+)\/([^/]+)\.mdx$/;
const DATA = /^content\/([a-z]+)\/([^/]+\.yaml)$/;

/** Older versions of a file from git, newest first, as parsed data (those that parse). */
function gitVersions(file: string, limit = 200): unknown[] {
  try {
    const commits = execFileSync('git', ['log', `-n${limit}`, '--format=%H', '--', file], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    return commits.flatMap((commit) => {
      try {
        return [parse(execFileSync('git', ['show', `${commit}:${file}`], { encoding: 'utf8' }))];
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

if (args[0] === '--mark') {
  const rest = args.slice(1).map((t) => t.replace(/^\.\//, ''));
  if (rest.length === 0) {
    console.error(
      'Name what to mark: npm run translations -- --mark content/articles/es/x.mdx, or --mark content/es/red-flags.yaml <id>',
    );
    process.exit(2);
  }
  const { files } = readSiteFiles(root);
  const englishText = (file: string) => {
    const bytes = files[file];
    return bytes === undefined ? undefined : Buffer.from(bytes as Uint8Array).toString('utf8');
  };
  const { content } = loadSiteFromDisk(root);
  let failed = false;
  for (let at = 0; at < rest.length; at++) {
    const target = rest[at]!;
    const article = ARTICLE.exec(target);
    const data = DATA.exec(target);
    const page = PAGE.exec(target);
    if (page) {
      // A prose page: the hash of its English page's words as they are now.
      const source = `content/pages/${page[2]}.mdx`;
      const english = englishText(source);
      const match = english === undefined ? null : FRONTMATTER.exec(english);
      if (!english || !match) {
        console.error(`${target}: no English page ${source} with frontmatter to translate`);
        failed = true;
        continue;
      }
      const hash = pageWordsHash(parse(match[1] ?? ''), english.slice(match[0].length));
      const text = readFileSync(target, 'utf8');
      writeFileSync(target, text.replace(/^(\s+hash:).*$/m, `$1 '${hash}'`));
      console.log(`${target}: translates ${source} as it is now (${hash})`);
    } else if (article) {
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
      const id = rest[at + 1] !== undefined && !rest[at + 1]!.includes('/') ? rest[++at]! : undefined;
      const text = readFileSync(target, 'utf8');
      const translated = parse(text) as unknown;
      const stale = entryIds(english).filter((entry) => {
        const recorded = recordedHashOf(translated, entry);
        return recorded !== undefined && recorded !== entryHash(englishEntry(english, entry));
      });
      if (id === undefined) {
        console.error(
          `${target}: name the entry you updated: npm run translations -- --mark ${target} <id>. ` +
            `One entry at a time, so no stale entry is marked unread. ` +
            (stale.length ? `Out of date now: ${stale.join(', ')}` : 'Every entry is up to date.'),
        );
        failed = true;
        continue;
      }
      const entry = englishEntry(english, id);
      const recorded = recordedHashOf(translated, id);
      if (entry !== undefined && recorded !== undefined && recorded === entryHash(entry)) {
        console.log(`${target} ${id}: already translates ${englishFile} as it is now (${recorded}); nothing to mark`);
        continue;
      }
      const result = markEntry(text, english, id);
      if ('refused' in result) {
        console.error(`${target}: ${result.refused}`);
        failed = true;
        continue;
      }
      // What changed in the English since the version the translation records.
      const old = recorded === undefined ? undefined : recordedVersion(gitVersions(englishFile), id, recorded);
      if (old !== undefined) {
        const changes = entryChanges(old, entry);
        console.log(`${englishFile} ${id}: what changed in the English since ${recorded} (from git history):`);
        for (const line of changes.length ? changes : ['(no change in the words: only facts or order)'])
          console.log(`  ${line}`);
      } else {
        const own = Array.isArray(translated)
          ? translated.find((item: { id?: unknown }) => item?.id === id)
          : (translated as Record<string, unknown> | null)?.[id];
        console.log(
          `${englishFile} ${id}: the English it translated (${recorded ?? 'no hash recorded'}) is not in git history, ` +
            'so here is the current English beside the translation; check every line:',
        );
        for (const line of sideBySide(entry, own)) console.log(`  ${line}`);
      }
      // Written as Prettier would, so `npm run lint` stays clean.
      const options = (await resolveConfig(target)) ?? {};
      writeFileSync(target, await format(result.text, { ...options, filepath: target }));
      console.log(
        `${target} ${id}: translates ${englishFile} "${id}" as it is now (${entryHash(entry)}); no other entry changed`,
      );
    } else {
      console.error(
        `${target}: not a translation (content/articles/<locale>/<slug>.mdx, or content/<locale>/<file>.yaml <id>)`,
      );
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}

if (args.length > 0) {
  console.error(
    `Unknown argument "${args[0]}". Usage: npm run translations [-- --mark <article>... | --mark <file.yaml> <id>]`,
  );
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
