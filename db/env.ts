import path from 'node:path';
import { z } from 'zod';
import { type EnvSource, parseEnv } from '@/db/parse-env';

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
});

export interface DbEnv {
  databaseUrl: string | undefined;
  /** Absolute folder for the embedded database and local file storage. */
  dataDir: string;
}

export function getDbEnv(env: EnvSource = process.env): DbEnv {
  const parsed = parseEnv('database', schema, env);
  return { databaseUrl: parsed.DATABASE_URL, dataDir: path.resolve(parsed.DATA_DIR) };
}
