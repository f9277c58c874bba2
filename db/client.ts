import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { getDbEnv } from '@/db/env';
import * as schema from '@/db/schema';

export type Schema = typeof schema;
/** Either driver: queries are written once against the Postgres dialect. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A query function accepts the database or an open transaction. */
export type Conn = Db | Tx;

export interface OpenDb {
  db: Db;
  driver: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export const migrationsFolder = path.resolve(process.cwd(), 'db/migrations');

export class DatabaseLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database in ${dir} is in use by another process (pid ${pid}). ` +
        'Stop it, or point DATA_DIR at another folder, or set DATABASE_URL to use PostgreSQL.',
    );
    this.name = 'DatabaseLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** PGlite does not lock its folder and two processes on one folder silently lose writes: guard it. */
function takeLock(dir: string): () => void {
  const lockFile = path.join(dir, 'homeroom.lock');
  try {
    fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const pid = Number.parseInt(fs.readFileSync(lockFile, 'utf8'), 10);
    if (pid !== process.pid && Number.isFinite(pid) && isAlive(pid)) throw new DatabaseLockedError(dir, pid);
    fs.writeFileSync(lockFile, String(process.pid));
  }
  const release = () => {
    try {
      if (fs.readFileSync(lockFile, 'utf8') === String(process.pid)) fs.unlinkSync(lockFile);
    } catch {
      // already gone
    }
  };
  process.once('exit', release);
  return release;
}

/**
 * PGlite's default shared_buffers (128 MB) lives in its WebAssembly heap, which never shrinks: 32 MB
 * cuts the server's resident memory by about 120 MB and is plenty for a team's data (the files
 * themselves stay in the OS page cache). Measured in README "Benchmarks".
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

const INITDB_SCRIPT = `
import { PGlite } from '@electric-sql/pglite';
const db = new PGlite(process.argv[1]);
await db.waitReady;
await db.close();
`;

/**
 * Creating a PGlite cluster (initdb) grows the WebAssembly heap to ~700 MB, and that memory stays
 * with the process for good. Do it once in a short-lived child so the server never carries it; fall
 * back to doing it here if the child cannot run (the database still works, it just costs memory).
 */
async function initPgliteFolder(dataPath: string): Promise<void> {
  if (fs.existsSync(path.join(dataPath, 'PG_VERSION'))) return;
  try {
    await promisify(execFile)(process.execPath, ['--input-type=module', '-e', INITDB_SCRIPT, dataPath], {
      cwd: process.cwd(),
      timeout: 120_000,
    });
  } catch (error) {
    console.warn(
      `Creating the embedded database in a child process failed; creating it in-process. ${error}`,
    );
  }
}

/** Opens embedded PGlite in a folder (or in memory when `dir` is undefined) and applies migrations. */
export async function openPglite(dir?: string): Promise<OpenDb> {
  let release = () => {};
  let dataPath: string | undefined;
  if (dir) {
    fs.mkdirSync(dir, { recursive: true });
    release = takeLock(dir);
    dataPath = path.join(dir, 'pglite');
    await initPgliteFolder(dataPath);
  }
  const client = new PGlite(dataPath, { startParams: PGLITE_START_PARAMS });
  const db = drizzlePglite({ client, schema, casing: 'snake_case' }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder });
  return {
    db,
    driver: 'pglite',
    close: async () => {
      await client.close();
      release();
    },
  };
}

/** Connects to PostgreSQL through node-postgres and applies migrations. */
export async function openPostgres(url: string, poolSize = 10): Promise<OpenDb> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const db = drizzlePg({ client: pool, schema, casing: 'snake_case' }) as unknown as Db;
  await migratePg(db as never, { migrationsFolder });
  return { db, driver: 'postgres', close: () => pool.end() };
}

interface DbGlobal {
  __homeroomDb?: Promise<OpenDb>;
}
// next dev re-evaluates modules on every reload: keep one instance per process on globalThis.
const store = globalThis as DbGlobal;

/** The process-wide database, opened once (PGlite in DATA_DIR unless DATABASE_URL is set). */
export function getOpenDb(): Promise<OpenDb> {
  if (!store.__homeroomDb) {
    const env = getDbEnv();
    store.__homeroomDb = env.databaseUrl
      ? openPostgres(env.databaseUrl)
      : openPglite(path.join(env.dataDir, 'db'));
    store.__homeroomDb.catch(() => {
      store.__homeroomDb = undefined;
    });
  }
  return store.__homeroomDb;
}

export async function getDb(): Promise<Db> {
  return (await getOpenDb()).db;
}

/** Replaces the process-wide database (tests open a fresh one per file). */
export function setDb(open: OpenDb | undefined): void {
  store.__homeroomDb = open ? Promise.resolve(open) : undefined;
}
