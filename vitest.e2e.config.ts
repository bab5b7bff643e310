import { defineConfig } from 'vitest/config';

// End-to-end tests: real headless Chromium with the built extension loaded.
// One browser at a time: the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
