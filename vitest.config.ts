import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/bench/.work/**'],
    testTimeout: 20_000,
    globalSetup: ['test/support/global-setup.ts'],
  },
});
