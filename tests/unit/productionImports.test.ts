import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The lint rule of eslint.config.js that keeps devDependencies out of what the
// build runs: each case lints a small file as if it were at that path.
const eslint = new ESLint({ cwd: process.cwd() });

async function errorsOf(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

// The first lint loads the parsers (TypeScript, Astro): seconds on a busy machine.
describe('what the build runs imports dependencies only', { timeout: 60_000 }, () => {
  test('a src/ file that imports a devDependency is refused', async () => {
    expect(
      await errorsOf("import { expect } from 'vitest';\nexport const x = expect;\n", 'src/domain/fixture.ts'),
    ).toEqual([
      expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: 'vitest' import is restricted.*devDependency/),
    ]);
  });

  test('a subpath of a devDependency is refused', async () => {
    expect(
      await errorsOf(
        "import { defineConfig } from 'vitest/config';\nexport const x = defineConfig;\n",
        'src/fixture.ts',
      ),
    ).toEqual([expect.stringMatching(/'vitest\/config' import is restricted.*devDependency/)]);
  });

  test('a dynamic import of a devDependency is refused', async () => {
    expect(await errorsOf("export const x = () => import('@playwright/test');\n", 'src/build/fixture.ts')).toEqual([
      expect.stringMatching(/^no-restricted-syntax: .*devDependency/),
    ]);
  });

  test('a component that imports a devDependency is refused', async () => {
    const component = "---\nimport { expect } from 'vitest';\nconst x = expect;\n---\n<p>{String(x)}</p>\n";
    expect(await errorsOf(component, 'src/components/Fixture.astro')).toEqual([
      expect.stringMatching(/'vitest' import is restricted/),
    ]);
  });

  test('astro.config.mjs may not import a devDependency', async () => {
    expect(await errorsOf("import { format } from 'prettier';\nexport default format;\n", 'astro.config.mjs')).toEqual([
      expect.stringMatching(/'prettier' import is restricted/),
    ]);
  });

  test('a src/ file may import a dependency, and a devDependency for its types only', async () => {
    const code =
      "import { z } from 'zod';\nimport type { Page } from '@playwright/test';\nexport const schema: z.ZodType<Page> = z.any();\n";
    expect(await errorsOf(code, 'src/domain/fixture.ts')).toEqual([]);
  });

  test('tests may import devDependencies', async () => {
    expect(
      await errorsOf("import { expect } from 'vitest';\nexport const x = expect;\n", 'tests/unit/fixture.ts'),
    ).toEqual([]);
  });
});
