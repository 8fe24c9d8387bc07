import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadCheckedSite } from '../../src/lib/readContent.ts';
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

  test('a good build publishes the warning signs', () => {
    expect(good.status, good.output).toBe(0);
    const sign = loadCheckedSite(site.dir).redFlags[0]!.text.slice(0, 20);
    expect(readFileSync(file('dist/articles/when-to-get-help/index.html'), 'utf8')).toContain(sign);
  });

  test('warm cache: a YAML error in red-flags.yaml fails the next build and empties dist/', () => {
    const original = readFileSync(file('content/red-flags.yaml'), 'utf8');
    writeFileSync(file('content/red-flags.yaml'), `${original}\n- id: broken\n  level: [emergency\n`);
    const run = site.build();
    writeFileSync(file('content/red-flags.yaml'), original);
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/content\/red-flags\.yaml:\d+: YAML: /);
    expect(run.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
    expect(existsSync(file('dist/articles/when-to-get-help/index.html'))).toBe(false);
  });
});
