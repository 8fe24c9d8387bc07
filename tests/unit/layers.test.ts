import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { expect, test } from 'vitest';

// Every import points down the layers (CONTRIBUTING.md): schemas at the
// bottom, then utils and search, then data (src/data, src/lib), then pages,
// components and build steps. An import of a higher layer fails here.
const LAYERS: [RegExp, number][] = [
  [/^src\/schemas\//, 0],
  // The list of languages imports nothing; the dictionaries use utils' wording helpers.
  [/^src\/i18n\/locales\.ts$/, 0],
  [/^src\/i18n\//, 2],
  [/^src\/(utils|search)\//, 1],
  // The site's name and address: settings the pure code may read.
  [/^src\/site\.ts$/, 1],
  [/^src\/(data|lib)\//, 2],
];
const layerOf = (path: string) => LAYERS.find(([pattern]) => pattern.test(path))?.[1] ?? 3;

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
