import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { png } from '@/test/helpers/images';

/** The production server's data folder (playwright.config.ts gives each port its own). */
const dataDir = path.join(os.tmpdir(), `homeroom-e2e-data-${Number(process.env.E2E_PORT ?? 3100)}`);

test('serves a hosted image from the disk store with its type, nosniff and a long cache', async ({
  request,
}) => {
  const key = `${crypto.randomUUID()}.png`;
  const body = png(12, 8);
  fs.mkdirSync(path.join(dataDir, 'files'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'files', key), body);
  try {
    const res = await request.get(`/files/${key}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
    expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await res.body()).equals(body)).toBe(true);
  } finally {
    fs.rmSync(path.join(dataDir, 'files', key), { force: true });
  }
});

test('answers 404 for anything that is not a stored key', async ({ request }) => {
  for (const key of [
    '..%2F..%2Fetc%2Fpasswd',
    '..%2Fdb%2Fhomeroom.lock',
    'index.html',
    `${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}.png`,
  ]) {
    const res = await request.get(`/files/${key}`);
    expect(res.status(), key).toBe(404);
    expect(await res.text(), key).not.toContain('at ');
  }
});
