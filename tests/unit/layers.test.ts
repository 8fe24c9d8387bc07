import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { expect, test } from 'vitest';

// Every import points down the layers (docs/architecture.md): schemas at the
// bottom, then the pure domain rules, then the content pipeline and search,
// then the checked content pages read (src/data), then pages, components,
// browser code, build steps and CLIs. An import of a higher layer fails here.
const LAYERS: [RegExp, number][] = [
  [/^src\/schemas\//, 0],
  // The list of languages imports nothing; the dictionaries use the domain's wording helpers.
  [/^src\/i18n\/locales\.ts$/, 0],
  [/^src\/domain\//, 1],
  // The site's name and address: settings the pure code may read.
  [/^src\/site\.ts$/, 1],
  [/^src\/(pipeline|search|i18n)\//, 2],
  [/^src\/data\//, 3],
];
const layerOf = (path: string) => LAYERS.find(([pattern]) => pattern.test(path))?.[1] ?? 4;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name))
      : /\.(ts|astro)$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

test('every import in src/ points down the layers', () => {
  const upward: string[] = [];
  for (const file of files('src')) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = normalize(join(dirname(file), match[1]!));
      if (layerOf(target) > layerOf(file)) upward.push(`${file} imports ${target}`);
    }
  }
  expect(upward).toEqual([]);
});

test('code that runs in the browser imports nothing from Node', () => {
  const nodeImports: string[] = [];
  for (const file of [...files('src/browser'), ...files('src/domain'), 'src/search/client.ts']) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(
      /(?:^|\n)\s*(?:import|export)\b[^'";]*?['"]((?:node:)?(?:fs|path|url|os|child_process|crypto)(?:\/[^'"]*)?)['"]/g,
    )) {
      nodeImports.push(`${file} imports ${match[1]}`);
    }
  }
  expect(nodeImports).toEqual([]);
});
