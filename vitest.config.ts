import { defineConfig } from 'vitest/config';

/** Unit and API tests (browser tests run under Playwright in e2e/). */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          include: ['shared/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'db',
          include: ['db/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'server',
          include: ['server/src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        test: {
          // Pure client modules only: no DOM here (browser behaviour is covered by e2e/).
          name: 'client',
          include: ['client/src/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
