import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { BASE, DIST, assertBuilt, htmlFiles } from '../helpers/dist.ts';

// The W3C Nu HTML Checker (vnu.jar from the vnu-jar package) on every built
// page, redirect pages included: zero errors. It needs a Java runtime; .ci/run
// installs Debian's when `java` is missing. It runs once over all the pages
// (starting Java takes seconds), then each page is its own test, so a failure
// names the page.

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/**
 * Warnings that are wrong for a site checked from disk, each with its reason.
 * Every other warning fails the page, as every error does.
 */
const IGNORED_WARNINGS: { reason: string; matches: (message: NuMessage) => boolean }[] = [
  {
    reason:
      "The checker reads the pages as file: addresses, so the policy's 'self' matches no http origin and every " +
      'file of the site looks blocked. tests/e2e/csp.spec.ts checks the real loads in Chromium.',
    matches: ({ message }) => {
      const url = /^Resource violates Content Security Policy \(meta tag\): (?:external \w+|image) “([^”]+)”/.exec(message)?.[1];
      return url !== undefined && url.startsWith(BASE) && !url.startsWith('//');
    },
  },
  {
    reason:
      'JSON-LD (<script type="application/ld+json">) is a data block: browsers never run it, so script-src does not apply.',
    matches: ({ message, extract }) =>
      message.startsWith('Inline script violates Content Security Policy') &&
      (extract ?? '').includes('<script type="application/ld+json">'),
  },
];

const isProblem = (message: NuMessage) =>
  message.type !== 'info' || (message.subType === 'warning' && !IGNORED_WARNINGS.some((w) => w.matches(message)));

const format = (m: NuMessage) =>
  `${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.subType ?? m.type}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\n/g, ' ')}` : ''}`;

/** The Java runtime: JAVA_HOME's, then the one on PATH. */
function findJava(): string | undefined {
  const home = process.env.JAVA_HOME && join(process.env.JAVA_HOME, 'bin', 'java');
  if (home && existsSync(home)) return home;
  return spawnSync('java', ['-version']).status === 0 ? 'java' : undefined;
}

const java = findJava();
const mustRun = process.env.CI === 'true' || process.env.REQUIRE_JAVA === '1';
const files = existsSync(join(DIST, 'index.html')) ? htmlFiles() : [];

describe('the W3C Nu HTML Checker', () => {
  if (!java) {
    if (mustRun) {
      test('a Java runtime is installed (CI must run the Nu checker)', () => {
        expect.fail('java is not installed: .ci/run installs default-jre-headless; install a Java runtime or set JAVA_HOME');
      });
    } else {
      console.warn('SKIPPED: the Nu HTML Checker, because java is not installed here (apt-get install default-jre-headless). CI runs it.');
      test.skip('java is not installed here', () => {});
    }
    return;
  }

  const byFile = new Map<string, NuMessage[]>();
  beforeAll(() => {
    assertBuilt();
    const jar = String(createRequire(import.meta.url)('vnu-jar'));
    const run = spawnSync(java, ['-jar', jar, '--format', 'json', ...files.map((f) => join(DIST, f))], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) throw run.error;
    let messages: NuMessage[];
    try {
      messages = (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages;
    } catch {
      throw new Error(`the Nu checker gave no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
    for (const message of messages) {
      const file = message.url ? relative(resolve(DIST), fileURLToPath(message.url)).split('\\').join('/') : '(no file)';
      if (message.url === undefined || !files.includes(file)) throw new Error(`the Nu checker could not check: ${format(message)}`);
      byFile.set(file, [...(byFile.get(file) ?? []), message]);
    }
  }, 120_000);

  test('checks the built pages', () => {
    expect(files.length, `no pages in ${DIST}/: run "npm run build" first`).toBeGreaterThan(10);
  });

  test.for(files)('%s has no errors and no warnings', (file) => {
    const problems = (byFile.get(file) ?? []).filter(isProblem);
    expect(problems.map(format), `${DIST}/${file}`).toEqual([]);
  });
});
