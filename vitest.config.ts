import { defineConfig } from 'vitest/config';

// Two projects: "unit" runs before the build (schemas, pure functions, the
// content files themselves); "dist" checks the built site in dist/.
export default defineConfig({
  test: {
    projects: [
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
