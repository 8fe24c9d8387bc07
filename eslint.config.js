// ESLint for the whole repo: JavaScript's recommended rules, typescript-eslint's
// recommended rules for .ts, and eslint-plugin-astro's for .astro files
// (including their <script> blocks). Formatting is Prettier's job, not ESLint's.
// `npm run lint` runs this with --max-warnings 0, then prettier --check.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
    // __SW_CONFIG__ is replaced with the build's settings by src/build/serviceWorker/integration.ts.
    files: ['src/browser/sw.js'],
    languageOptions: { globals: { ...globals.serviceworker, __SW_CONFIG__: 'readonly' } },
  },
);
