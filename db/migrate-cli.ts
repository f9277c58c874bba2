import { getOpenDb } from '@/db/client';
import { getDbEnv } from '@/db/env';

/** `npm run db:migrate`: creates or upgrades the database (PostgreSQL at DATABASE_URL, or PGlite in DATA_DIR). */
async function main() {
  const env = getDbEnv();
  const open = await getOpenDb();
  await open.close();
  console.log(`Migrations applied (${open.driver}${open.driver === 'pglite' ? ` in ${env.dataDir}` : ''}).`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
