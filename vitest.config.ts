import { defineConfig } from 'vitest/config';

// Three suites: pure unit tests beside the code, integration tests on a real database,
// browser tests driving Debian's Chromium. Everything runs in UTC; Asia/Shanghai cases are explicit.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // After the other suites, not beside them: a browser under CPU contention makes flaky waits.
          sequence: { groupOrder: 1 },
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
