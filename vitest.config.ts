import { defineConfig } from 'vitest/config';

// Three projects: "unit" runs before the build (schemas, pure functions, the
// content files themselves); "render" renders .astro components with Astro's
// compiler (tests/render/vitest.config.ts), also before the build; "dist"
// checks the built site in dist/.
export default defineConfig({
  test: {
    projects: [
      'tests/render/vitest.config.ts',
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'dist',
          environment: 'node',
          include: ['tests/dist/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
