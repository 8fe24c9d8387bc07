import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadCheckedSite } from '../../src/pipeline/readContent.ts';
import { tempSite } from '../helpers/tempSite.ts';

// Real builds: `astro build` refuses what `npm run content:check` refuses,
// whatever the state of the build cache, and never leaves an old dist/ behind.
describe('the build refuses bad content', () => {
  const site = tempSite();
  const file = (path: string) => join(site.dir, path);
  let good: ReturnType<typeof site.build>;
  beforeAll(() => {
    good = site.build();
  });
  afterAll(() => site.remove());

  test('a good build publishes the warning signs, and reads and checks the site once', () => {
    expect(good.status, good.output).toBe(0);
    expect(good.output).toContain('content: read and checked once in this build');
    const sign = loadCheckedSite(site.dir).redFlags[0]!.text.slice(0, 20);
    expect(readFileSync(file('dist/articles/when-to-get-help/index.html'), 'utf8')).toContain(sign);
  });

  test('warm cache: a YAML error in red-flags.yaml and a brand name in an article fail the next build and empty dist/', () => {
    const original = readFileSync(file('content/red-flags.yaml'), 'utf8');
    const article = readFileSync(file('content/articles/ice-or-heat.mdx'), 'utf8');
    writeFileSync(file('content/red-flags.yaml'), `${original}\n- id: broken\n  level: [emergency\n`);
    writeFileSync(
      file('content/articles/ice-or-heat.mdx'),
      article.replace(/^(## .+)$/m, '$1\n\nTry Nurofen for the pain.'),
    );
    const run = site.build();
    writeFileSync(file('content/red-flags.yaml'), original);
    writeFileSync(file('content/articles/ice-or-heat.mdx'), article);
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/content\/red-flags\.yaml:\d+: YAML: /);
    expect(run.output).toMatch(/content\/articles\/ice-or-heat\.mdx:\d+:\d+: text: "Nurofen" names a brand/);
    expect(run.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
    expect(existsSync(file('dist/articles/when-to-get-help/index.html'))).toBe(false);
  });

  // Code fences in languages the highlighter does not know, one with a quote in its name.
  const FENCES = [
    '```foo\n<meta http-equiv="refresh" content="0; url=https://evil.example/">\n```',
    '```HTML\n<script>alert(1)</script>\n```',
    '```mdx\n<img src=x onerror=alert(1)>\n```',
    '```console\n<b>bold</b>\n```',
  ].join('\n\n');

  test('a changed English article: the build warns, and its Spanish page tells readers it is out of date', () => {
    const english = file('content/articles/ice-or-heat.mdx');
    const original = readFileSync(english, 'utf8');
    const reviews = readFileSync(file('content/reviews.yaml'), 'utf8');
    // A change of words: a dated note, and the new words recorded, as `npm run review` asks.
    writeFileSync(
      english,
      original
        .replace(
          /^changes:\n/m,
          `changes:\n  - date: ${new Date().toISOString().slice(0, 10)}\n    note: A new sentence.\n`,
        )
        .replace(/^(## .+)$/m, `$1\n\nA new sentence in the English only.\n\n${FENCES}\n`),
    );
    const mark = spawnSync(process.execPath, ['src/cli/review.ts', '--mark', 'content/articles/ice-or-heat.mdx'], {
      cwd: site.dir,
      encoding: 'utf8',
    });
    expect(mark.status, `${mark.stdout}${mark.stderr}`).toBe(0);
    const run = site.build();
    const page = existsSync(file('dist/articles/ice-or-heat/index.html'))
      ? readFileSync(file('dist/articles/ice-or-heat/index.html'), 'utf8')
      : '';
    const spanish = existsSync(file('dist/es/articles/ice-or-heat/index.html'))
      ? readFileSync(file('dist/es/articles/ice-or-heat/index.html'), 'utf8')
      : '';
    const other = existsSync(file('dist/es/articles/first-48-hours/index.html'))
      ? readFileSync(file('dist/es/articles/first-48-hours/index.html'), 'utf8')
      : '';
    writeFileSync(english, original);
    writeFileSync(file('content/reviews.yaml'), reviews);
    expect(run.status, run.output).toBe(0);
    // Nothing is highlighted: every fence is escaped text, and its language name adds no markup.
    expect(page).toContain('&lt;meta http-equiv=');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toMatch(/<meta http-equiv="refresh"|<script>alert|<img src=x|<b>bold/);
    expect(run.output).toMatch(
      /translation: content\/articles\/es\/ice-or-heat\.mdx:\d+: translation\.hash: is out of date/,
    );
    expect(spanish).toContain('data-translation="stale"');
    expect(spanish).toContain('Estamos actualizando esta página');
    expect(spanish).toContain('pregunte a un médico o a un farmacéutico');
    expect(spanish).not.toContain('fíese');
    expect(other).toContain('data-translation="current"');
  });

  test('a Spanish warning sign at another level than the English fails the build', () => {
    const spanish = file('content/es/red-flags.yaml');
    const original = readFileSync(spanish, 'utf8');
    const changed = original.replace(/^(- id: chest-pain\n(?: {2}.*\n)*? {2}level: )emergency$/m, '$1routine');
    expect(changed).not.toBe(original);
    writeFileSync(spanish, changed);
    const run = site.build();
    writeFileSync(spanish, original);
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(
      /content\/es\/red-flags\.yaml:\d+: \[\d+\]\.level: is a fact shared with the English file/,
    );
    expect(existsSync(file('dist'))).toBe(false);
  });

  // Failures outside the content check: whatever step fails, nothing publishable is left.
  test.each([
    ['loading the config (BASE_PATH is not a path)', { BASE_PATH: 'not a path' }, /BASE_PATH must be a folder path/],
    [
      'starting the build (FEEDBACK_EMAIL adds a bcc)',
      { FEEDBACK_EMAIL: 'a@b.example?bcc=evil.example' },
      /FEEDBACK_EMAIL must be a plain email address/,
    ],
  ])('a build that fails %s leaves no dist/index.html', (_name, env, expected) => {
    if (!existsSync(file('dist/index.html'))) expect(site.build().status).toBe(0);
    expect(existsSync(file('dist/index.html'))).toBe(true);
    const run = site.build(env);
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(expected);
    expect(run.output).toContain('dist/ was removed so that nothing half-built can be published');
    expect(existsSync(file('dist/index.html'))).toBe(false);
  });

  // A handful of the bad-content cases (tests/helpers/badContentCases.ts), through real builds.
  const article = 'content/articles/ice-or-heat.mdx';
  const cases: [string, string, (text: string) => string, RegExp][] = [
    [
      'an expression can never run',
      article,
      (t) => `${t}\n{process.env.HOME}\n`,
      /ice-or-heat\.mdx:\d+: \{…\}: articles cannot run code/,
    ],
    [
      'an import of node:fs',
      article,
      (t) => `${t}\nimport fs from 'node:fs'\n`,
      /ice-or-heat\.mdx:\d+: import\/export: /,
    ],
    [
      'an expression wrapped in comments',
      article,
      (t) =>
        `${t}\nHost: {/* a */ globalThis.process.getBuiltinModule("node:fs").readFileSync("/etc/hostname","utf8") /* b */}\n`,
      /ice-or-heat\.mdx:\d+: \{…\}: articles cannot run code/,
    ],
    [
      '10,000 nested quotes',
      article,
      (t) => `${t}\n${'>'.repeat(10000)} deep\n`,
      /ice-or-heat\.mdx:\d+: MDX: quotes or lists are nested 10000 deep/,
    ],
    [
      'a YAML alias bomb in synonyms.yaml',
      'content/synonyms.yaml',
      (t) => `${t}\n- means: back pain\n  words: &a [lol, lol]\n- means: spasm\n  words: [*a, *a]\n`,
      /synonyms\.yaml:\d+: YAML: uses a YAML anchor/,
    ],
    [
      'a javascript: link',
      article,
      (t) => `${t}\n[x](javascript:alert(1))\n`,
      /ice-or-heat\.mdx:\d+: link: javascript: addresses/,
    ],
    [
      'an impossible date',
      article,
      (t) => t.replace(/^published: .*$/m, 'published: 2026-02-30'),
      /ice-or-heat\.mdx:\d+: published: must be a real date/,
    ],
    [
      'a third callout',
      article,
      (t) =>
        `${t}\n${['One', 'Two', 'Three'].map((n) => `<Callout title="${n} more thing">Text.</Callout>`).join('\n\n')}\n`,
      /ice-or-heat\.mdx:\d+: <Callout>: \d+ callouts/,
    ],
    [
      'a file name that is not a slug',
      'content/articles/Ice Or Heat Copy.mdx',
      () => readFileSync(file(article), 'utf8'),
      /Ice Or Heat Copy\.mdx(:1)?: file name: the file name is the URL slug/,
    ],
  ];
  test.each(cases)("%s fails the build with the check's message", (_name, path, change, expected) => {
    const existed = existsSync(file(path));
    const original = existed ? readFileSync(file(path), 'utf8') : '';
    writeFileSync(file(path), change(original));
    const run = site.build();
    if (existed) writeFileSync(file(path), original);
    else rmSync(file(path));
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(expected);
    expect(run.output).not.toContain(homedir());
    expect(existsSync(file('dist'))).toBe(false);
  });
});
