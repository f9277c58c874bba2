import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/health/route';

describe('GET /api/health', () => {
  it('answers 200 with the mode and no caching, without touching Slack or the database', async () => {
    const res = GET();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as {
      ok: boolean;
      mode: string;
      memory: { rss: number; heapUsed: number };
    };
    expect(body.ok).toBe(true);
    expect(body.memory.rss).toBeGreaterThan(body.memory.heapUsed);
    expect(['sandbox', 'slack', 'misconfigured']).toContain(body.mode);
  });
});
