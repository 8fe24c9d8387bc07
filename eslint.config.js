// ESLint for the whole repo: JavaScript's recommended rules, typescript-eslint's
// recommended rules for .ts, and eslint-plugin-astro's for .astro files
// (including their <script> blocks). Formatting is Prettier's job, not ESLint's.
// `npm run lint` runs this with --max-warnings 0, then prettier --check.
import { readFileSync } from 'node:fs';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * What the build runs may import production dependencies only: `npm ci --omit=dev`
 * must be enough to build the site. Every devDependency of package.json (and its
 * subpaths, such as vitest/config) is refused in the files below; a type-only
 * import is allowed, as it is gone once TypeScript runs.
 */
const { devDependencies } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const devOnly = Object.keys(devDependencies).filter((name) => !name.startsWith('@types/'));
const message = 'is a devDependency: what the build runs (src/, astro.config.mjs) may import dependencies only';
// For a selector: esquery's /regex/ may not hold a "/", so it is written \x2F.
const devOnlyRegex =
  `^(?:${devOnly.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:/|$)`.replaceAll(
    '/',
    '\\x2F',
  );
const productionFiles = ['src/**', 'astro.config.mjs'];
/** Writers' tools, never run by the build: they format what they write with Prettier. */
const devToolFiles = ['src/cli/review.ts', 'src/cli/translations.ts'];

export default defineConfig(
  globalIgnores(['dist/', 'dist-*/', '.astro/', 'coverage/', 'test-results/', 'playwright-report/', '.lighthouseci/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Build steps, CLIs and tests run in Node.
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A leading underscore marks an argument that must be there but is not used.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `import type` keeps type-only imports out of the browser bundles.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // What runs in the reader's browser: components' <script> blocks, client modules, the service worker.
    files: ['src/**/*.astro', 'src/**/*.astro/*.ts', 'src/browser/**', 'src/search/client.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: productionFiles,
    ignores: devToolFiles,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: devOnly.map((name) => ({ name, message: `${name} ${message}`, allowTypeImports: true })),
          patterns: devOnly.map((name) => ({
            group: [`${name}/*`],
            message: `${name} ${message}`,
            allowTypeImports: true,
          })),
        },
      ],
      // The same for import('...') of a devDependency.
      'no-restricted-syntax': [
        'error',
        { selector: `ImportExpression[source.value=/${devOnlyRegex}/]`, message: `This import ${message}` },
      ],
    },
  },
  {
    // __SW_CONFIG__ is replaced with the build's settings by src/build/serviceWorker/integration.ts.
    files: ['src/browser/sw.js'],
    languageOptions: { globals: { ...globals.serviceworker, __SW_CONFIG__: 'readonly' } },
  },
);
