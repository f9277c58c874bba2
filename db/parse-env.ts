import { z } from 'zod';

/** process.env or any plain map of variables (tests pass their own). */
export type EnvSource = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(
    readonly area: string,
    readonly problems: string[],
  ) {
    super(`Invalid ${area} configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Empty strings count as unset, so a `.env` line like `S3_BUCKET=` does not half-enable a feature. */
function withoutEmpty(env: EnvSource): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') out[key] = value;
  }
  return out;
}

/** Parses one area's variables and reports every missing or malformed one in a single error. */
export function parseEnv<T extends z.ZodType>(area: string, schema: T, env: EnvSource): z.output<T> {
  const result = schema.safeParse(withoutEmpty(env));
  if (result.success) return result.data;
  throw new ConfigError(
    area,
    result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  );
}

/** A yes/no variable: 1/0, true/false, on/off, yes/no. */
export const flag = z
  .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'])
  .transform((v) => ['1', 'true', 'on', 'yes'].includes(v));

/** Where people's browsers reach this app (HOMEROOM_PUBLIC_URL), without a trailing slash. */
export function appPublicUrl(configured: string | undefined, port: number): string {
  return (configured ?? `http://localhost:${port}`).replace(/\/+$/, '');
}
