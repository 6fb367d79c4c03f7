import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // Integration tests start real ESLint and dependency-cruiser processes.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
