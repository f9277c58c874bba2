import pg from 'pg';
import { inject } from 'vitest';
import { type OpenDb, openPglite, openPostgres } from '@/db/client';

let counter = 0;

/** Which database this test project runs on: embedded PGlite, or the PostgreSQL at DATABASE_URL. */
export const testDriver = process.env.HOMEROOM_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

/**
 * A fresh, migrated database: in-memory PGlite, or a new PostgreSQL database named after this run
 * (dropped by the global teardown), so parallel files and parallel runs never share rows.
 */
export async function createTestDb(): Promise<OpenDb> {
  if (testDriver === 'pglite') return openPglite();
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('HOMEROOM_TEST_DB=postgres needs DATABASE_URL');
  const name = `${inject('pgRunPrefix')}_${process.pid}_${++counter}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return openPostgres(target.toString(), 5);
}
