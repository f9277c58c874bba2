import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseLockedError, openPglite } from '@/db/client';
import { slackEvents } from '@/db/schema';
import { testDriver } from '@/test/helpers/db';

const folders: string[] = [];
function tempFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeroom-client-'));
  folders.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(testDriver !== 'pglite')('embedded PGlite in a folder', () => {
  it('creates the cluster in a fresh folder, keeps rows across a reopen, and runs with 32 MB of shared buffers', async () => {
    const dir = tempFolder();
    const first = await openPglite(dir);
    expect(fs.existsSync(path.join(dir, 'pglite', 'PG_VERSION'))).toBe(true);
    await first.db.execute(sql`insert into slack_events (event_id) values ('Ev1')`);
    await first.close();

    const again = await openPglite(dir);
    const rows = await again.db.select({ eventId: slackEvents.eventId }).from(slackEvents);
    const shared = (await again.db.execute(sql`show shared_buffers`)) as unknown as {
      rows: { shared_buffers: string }[];
    };
    await again.close();
    expect(rows).toEqual([{ eventId: 'Ev1' }]);
    expect(shared.rows[0]?.shared_buffers).toBe('32MB');
  }, 60_000);

  it('refuses a folder another live process holds, and takes over a lock left by a dead one', async () => {
    const dir = tempFolder();
    fs.writeFileSync(path.join(dir, 'homeroom.lock'), String(process.ppid));
    await expect(openPglite(dir)).rejects.toBeInstanceOf(DatabaseLockedError);

    fs.writeFileSync(path.join(dir, 'homeroom.lock'), '999999999');
    const open = await openPglite(dir);
    expect(fs.readFileSync(path.join(dir, 'homeroom.lock'), 'utf8')).toBe(String(process.pid));
    await open.close();
    expect(fs.existsSync(path.join(dir, 'homeroom.lock'))).toBe(false);
  }, 60_000);
});
