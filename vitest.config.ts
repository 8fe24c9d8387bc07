import { defineConfig } from 'vitest/config';

// Four projects: "unit" runs before the build (schemas, pure functions, the
// content files themselves); "render" renders .astro components with Astro's
// compiler (tests/render/vitest.config.ts), also before the build; "build"
// runs real builds of bad content in a temporary copy; "dist" checks the
// built site in dist/.
//
// Coverage (V8, `npm run test:unit` turns it on) is measured over the pure
// logic: src/domain, src/search and the content pipeline (src/pipeline). A run below the
// thresholds fails.
export default defineConfig({
  test: {
    coverage: {
      provider: 'v8',
      include: ['src/domain/**/*.ts', 'src/search/**/*.ts', 'src/pipeline/**/*.ts'],
      reporter: ['text-summary', 'text'],
      skipFull: true,
      thresholds: { lines: 90 },
    },
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
        // Real builds of changed content in a temporary copy of the project.
        test: {
          name: 'build',
          environment: 'node',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
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
