import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const dbTests = ['test/db/**/*.test.ts', 'test/integration/**/*.test.ts'];

// Every test runs on embedded PGlite; the database tests run again on PostgreSQL when DATABASE_URL is set.
export default defineConfig({
  resolve: { alias: { '@': root } },
  test: {
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'pglite',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          env: { HOMEROOM_TEST_DB: 'pglite' },
        },
      },
      ...(process.env.DATABASE_URL
        ? [
            {
              extends: true as const,
              test: { name: 'postgres', include: dbTests, env: { HOMEROOM_TEST_DB: 'postgres' } },
            },
          ]
        : []),
    ],
  },
});
