import crypto from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgRunPrefix: string;
  }
}

/** PostgreSQL runs share one server: every database this run creates starts with its own prefix. */
export default function setup(project: TestProject) {
  const prefix = `homeroom_t_${crypto.randomBytes(4).toString('hex')}`;
  project.provide('pgRunPrefix', prefix);
  return async () => {
    const url = process.env.DATABASE_URL;
    if (!url) return;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(
        'select datname from pg_database where datname like $1',
        [`${prefix}_%`],
      );
      for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
    } finally {
      await client.end();
    }
  };
}
