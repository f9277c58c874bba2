import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm run socket', () => {
  it('refuses to start without SLACK_APP_TOKEN and says how to get one', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeroom-socket-'));
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'slack/socket.ts'], {
      env: {
        NODE_ENV: 'test',
        PATH: process.env.PATH,
        SLACK_SIGNING_SECRET: 'socket-test-secret',
        SLACK_BOT_TOKEN: 'xoxb-socket-test',
        DATA_DIR: dataDir,
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('SLACK_APP_TOKEN: required for Socket Mode');
    expect(result.stderr).toContain('connections:write');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
