import path from 'node:path';
import { z } from 'zod';
import { appPublicUrl, ConfigError, type EnvSource, flag, parseEnv } from '@/db/parse-env';

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

const storageSchema = z.object({
  S3_BUCKET: z.string().min(3).optional(),
  S3_REGION: z.string().min(1).optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_PUBLIC_URL: z.url().optional(),
  S3_FORCE_PATH_STYLE: flag.optional(),
  HOMEROOM_MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(20),
  HOMEROOM_PUBLIC_URL: z.url().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  DATA_DIR: z.string().min(1).default('./.data'),
});

export interface S3Env {
  bucket: string;
  region: string;
  endpoint: string | undefined;
  forcePathStyle: boolean;
  /** Base URL objects are public under, without a trailing slash. */
  publicUrl: string;
}

export interface StorageEnv {
  /** Set when S3_BUCKET is: objects go to S3 (AWS, R2, MinIO…); otherwise to DATA_DIR/files. */
  s3: S3Env | undefined;
  maxUploadBytes: number;
  /** Where this app is reachable, for files it serves itself at /files/<key>. No trailing slash. */
  appPublicUrl: string;
  dataDir: string;
}

const noSlash = (url: string) => url.replace(/\/+$/, '');

/** Object storage for images; one error lists every problem (e.g. S3_BUCKET without S3_REGION). */
export function getStorageEnv(env: EnvSource = process.env): StorageEnv {
  const e = parseEnv('storage', storageSchema, env);
  const problems: string[] = [];
  let s3: S3Env | undefined;
  if (e.S3_BUCKET) {
    if (!e.S3_REGION) problems.push('S3_REGION: required with S3_BUCKET (use "auto" for Cloudflare R2)');
    if (e.S3_ENDPOINT && !e.S3_FORCE_PATH_STYLE && !e.S3_PUBLIC_URL) {
      problems.push('S3_PUBLIC_URL: required with S3_ENDPOINT unless S3_FORCE_PATH_STYLE=1');
    }
    const derived = e.S3_ENDPOINT
      ? `${noSlash(e.S3_ENDPOINT)}/${e.S3_BUCKET}`
      : `https://${e.S3_BUCKET}.s3.${e.S3_REGION}.amazonaws.com`;
    s3 = {
      bucket: e.S3_BUCKET,
      region: e.S3_REGION ?? '',
      endpoint: e.S3_ENDPOINT,
      forcePathStyle: e.S3_FORCE_PATH_STYLE ?? false,
      publicUrl: noSlash(e.S3_PUBLIC_URL ?? derived),
    };
  } else {
    const stray = (['S3_REGION', 'S3_ENDPOINT', 'S3_PUBLIC_URL', 'S3_FORCE_PATH_STYLE'] as const).filter(
      (k) => e[k] !== undefined,
    );
    if (stray.length > 0) problems.push(`S3_BUCKET: required when ${stray.join(', ')} is set`);
  }
  if (problems.length > 0) throw new ConfigError('storage', problems);
  return {
    s3,
    maxUploadBytes: Math.round(e.HOMEROOM_MAX_UPLOAD_MB * 1024 * 1024),
    appPublicUrl: appPublicUrl(e.HOMEROOM_PUBLIC_URL, e.PORT),
    dataDir: path.resolve(e.DATA_DIR),
  };
}
