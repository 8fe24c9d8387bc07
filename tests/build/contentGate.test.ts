import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tempSite } from '../helpers/tempSite.ts';

// Real builds in a temporary copy of the project, none of them a full one:
// every run below fails before Astro renders a page. What the content check
// refuses is proved case by case through loadSite() (tests/unit/badContent.test.ts);
// here the build itself is proved to refuse it: it stops with the check's own
// messages (file and line, no stack trace) and removes dist/.

const site = tempSite();
const file = (path: string) => join(site.dir, path);
const read = (path: string) => readFileSync(file(path), 'utf8');
/** An old build in dist/, as a deploy step would find it. */
const plantOldBuild = () => {
  mkdirSync(file('dist'), { recursive: true });
  writeFileSync(file('dist/index.html'), '<!doctype html><title>An old build</title>');
};
afterAll(() => site.remove());

// Failures outside the content check: whatever step fails, nothing publishable is left.
describe('a build that fails outside the content check leaves no dist/', () => {
  test.each([
    ['loading the config (BASE_PATH is not a path)', { BASE_PATH: 'not a path' }, /BASE_PATH must be a folder path/],
    [
      'starting the build (FEEDBACK_EMAIL adds a bcc)',
      { FEEDBACK_EMAIL: 'a@b.example?bcc=evil.example' },
      /FEEDBACK_EMAIL must be a plain email address/,
    ],
  ])('%s', (_name, env, expected) => {
    plantOldBuild();
    const run = site.build(env);
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(expected);
    expect(run.output).toContain('dist/ was removed so that nothing half-built can be published');
    expect(existsSync(file('dist'))).toBe(false);
  });
});

/**
 * One fixture holding the worst cases, each in a file of its own (a file
 * that cannot be parsed is not checked further, so two cases never share
 * one), built once. A new case is one more entry.
 */
interface Case {
  name: string;
  /** The file changed (or made, when it does not exist). */
  path: string;
  change: (text: string) => string;
  /** What the build prints for it. */
  expected: RegExp;
}
const CASES: Case[] = [
  {
    name: 'a YAML syntax error',
    path: 'content/glossary.yaml',
    change: (t) => `${t}\n- term: broken\n  means: [never closed\n`,
    expected: /content\/glossary\.yaml:\d+: YAML: /,
  },
  {
    name: 'a Spanish warning sign at another level than the English',
    path: 'content/es/red-flags.yaml',
    change: (t) => t.replace(/^(- id: chest-pain\n(?: {2}.*\n)*? {2}level: )emergency$/m, '$1routine'),
    expected: /content\/es\/red-flags\.yaml:\d+: \[\d+\]\.level: is a fact shared with the English file/,
  },
  {
    name: 'an expression, which can never run',
    path: 'content/articles/what-is-a-back-spasm.mdx',
    change: (t) => `${t}\n{process.env.HOME}\n`,
    expected: /what-is-a-back-spasm\.mdx:\d+: \{…\}: articles cannot run code/,
  },
  {
    name: 'an import of node:fs',
    path: 'content/articles/causes-and-triggers.mdx',
    change: (t) => `${t}\nimport fs from 'node:fs'\n`,
    expected: /causes-and-triggers\.mdx:\d+: import\/export: /,
  },
  {
    name: 'an expression wrapped in comments',
    path: 'content/articles/how-long-to-rest.mdx',
    change: (t) =>
      `${t}\nHost: {/* a */ globalThis.process.getBuiltinModule("node:fs").readFileSync("/etc/hostname","utf8") /* b */}\n`,
    expected: /how-long-to-rest\.mdx:\d+: \{…\}: articles cannot run code/,
  },
  {
    name: '10,000 nested quotes',
    path: 'content/articles/sleeping-with-a-back-spasm.mdx',
    change: (t) => `${t}\n${'>'.repeat(10000)} deep\n`,
    expected: /sleeping-with-a-back-spasm\.mdx:\d+: MDX: quotes or lists are nested 10000 deep/,
  },
  {
    name: 'a YAML alias bomb',
    path: 'content/synonyms.yaml',
    change: (t) => `${t}\n- means: back pain\n  words: &a [lol, lol]\n- means: spasm\n  words: [*a, *a]\n`,
    expected: /synonyms\.yaml:\d+: YAML: uses a YAML anchor/,
  },
  {
    name: 'a javascript: link',
    path: 'content/articles/preventing-another-spasm.mdx',
    change: (t) => `${t}\n[x](javascript:alert(1))\n`,
    expected: /preventing-another-spasm\.mdx:\d+: link: javascript: addresses/,
  },
  {
    name: 'an impossible date',
    path: 'content/articles/back-to-work-and-exercise.mdx',
    change: (t) => t.replace(/^published: .*$/m, 'published: 2026-02-30'),
    expected: /back-to-work-and-exercise\.mdx:\d+: published: must be a real date/,
  },
  {
    name: 'a third callout',
    path: 'content/articles/supplements-and-gadgets.mdx',
    change: (t) =>
      `${t}\n${['One', 'Two', 'Three'].map((n) => `<Callout title="${n} more thing">Text.</Callout>`).join('\n\n')}\n`,
    expected: /supplements-and-gadgets\.mdx:\d+: <Callout>: \d+ callouts/,
  },
  {
    name: 'a file name that is not a slug',
    path: 'content/articles/Ice Or Heat Copy.mdx',
    change: () => read('content/articles/ice-or-heat.mdx'),
    expected: /Ice Or Heat Copy\.mdx(:1)?: file name: the file name is the URL slug/,
  },
  {
    name: 'a brand name in an article',
    path: 'content/articles/first-48-hours.mdx',
    change: (t) => t.replace(/^(## .+)$/m, '$1\n\nTry Nurofen for the pain.'),
    expected: /first-48-hours\.mdx:\d+:\d+: text: "Nurofen" names a brand/,
  },
  {
    name: 'a brand name in page prose',
    path: 'content/pages/about.mdx',
    change: (t) => `${t.trimEnd()}\n\nTry Nurofen for the pain.\n`,
    expected: /content\/pages\/about\.mdx:\d+:\d+: text: "Nurofen" names a brand/,
  },
  {
    name: 'a 55-word sentence in page prose',
    path: 'content/pages/accessibility.mdx',
    change: (t) => `${t.trimEnd()}\n\n${Array.from({ length: 55 }, (_, i) => (i % 2 ? 'back' : 'rest')).join(' ')}.\n`,
    expected: /content\/pages\/accessibility\.mdx:\d+: body: has a sentence of 55 words/,
  },
  {
    name: 'a 55-word sentence in an article',
    path: 'content/articles/pain-relief-medicines.mdx',
    change: (t) =>
      t.replace(/^(## .+)$/m, `$1\n\n${Array.from({ length: 55 }, (_, i) => (i % 2 ? 'back' : 'rest')).join(' ')}.`),
    expected: /pain-relief-medicines\.mdx:\d+: .*55 words/,
  },
  {
    // Not a problem: the page is built and says so (tests/render/translationNotice.test.ts); the build warns.
    name: 'an English article changed since its Spanish translation (a warning)',
    path: 'content/articles/ice-or-heat.mdx',
    change: (t) => t.replace(/^(## .+)$/m, '$1\n\nA new sentence in the English only.\n'),
    expected: /translation: content\/articles\/es\/ice-or-heat\.mdx:\d+: translation\.hash: is out of date/,
  },
];

describe('bad content fails the build with the check’s messages, and removes dist/', () => {
  let run: ReturnType<typeof site.build>;
  beforeAll(() => {
    // Made before any change: the file-name case copies a good article.
    const changed = CASES.map(({ path, change }) => {
      const text = change(existsSync(file(path)) ? read(path) : '');
      return [path, text] as const;
    });
    for (const [path, text] of changed) {
      expect(text, path).not.toBe(existsSync(file(path)) ? read(path) : '');
      mkdirSync(dirname(file(path)), { recursive: true });
      writeFileSync(file(path), text);
    }
    plantOldBuild();
    run = site.build();
  });

  test('the build fails, removes dist/, and prints no stack trace or home folder', () => {
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('The build stopped, and dist/ was emptied.');
    expect(run.output).toContain('dist/ was removed so that nothing half-built can be published');
    expect(existsSync(file('dist'))).toBe(false);
    expect(run.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(run.output).not.toContain(homedir());
  });

  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, { expected }) => {
    expect(run.output).toMatch(expected);
  });
});
