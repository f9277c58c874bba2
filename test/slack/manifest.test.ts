import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { registerListeners } from '@/slack/listeners';
import { withRequestUrl } from '@/slack/manifest';
import manifest from '@/slack/manifest.json';

/** What the listeners register, recorded by a stand-in for Bolt's App. */
function registrations() {
  const seen = { events: new Set<string>(), shortcuts: new Set<string>(), commands: new Set<string>() };
  const record = (into: Set<string>) => (id: unknown) => {
    if (typeof id === 'string') into.add(id);
    else if (id && typeof id === 'object' && 'callback_id' in id) into.add(String(id.callback_id));
  };
  const app = {
    event: record(seen.events),
    message: () => seen.events.add('message'),
    shortcut: record(seen.shortcuts),
    command: record(seen.commands),
    action: () => {},
    view: () => {},
    options: () => {},
    use: () => {},
  } as unknown as App;
  registerListeners(app, { checkoutReminderHour: 18, autoCloseHour: 23 } as never);
  return seen;
}

/** Bot scopes each event needs (https://docs.slack.dev/reference/events). */
const scopeOf: Record<string, string> = {
  app_mention: 'app_mentions:read',
  'message.im': 'im:history',
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
  file_shared: 'files:read',
};

describe('slack/manifest.json', () => {
  const events = manifest.settings.event_subscriptions.bot_events;
  const scopes = manifest.oauth_config.scopes.bot;

  it('subscribes to every event a listener handles, with the scope each needs', () => {
    const { events: registered } = registrations();
    expect(registered.size).toBeGreaterThan(0);
    for (const name of registered) {
      const subscribed =
        name === 'message'
          ? events.filter((e) => e.startsWith('message.'))
          : events.filter((e) => e === name);
      expect(subscribed, `manifest bot_events for "${name}"`).not.toEqual([]);
    }
    for (const event of events) {
      if (scopeOf[event]) expect(scopes, `scope for ${event}`).toContain(scopeOf[event]);
    }
  });

  it('declares every shortcut and slash command the listeners register', () => {
    const { shortcuts, commands } = registrations();
    const declaredShortcuts = manifest.features.shortcuts.map((s) => s.callback_id);
    for (const id of shortcuts) expect(declaredShortcuts).toContain(id);
    const declaredCommands = manifest.features.slash_commands.map((c) => c.command);
    for (const c of commands) expect(declaredCommands).toContain(c);
  });

  it('has the Home tab and a writable Messages tab, and the scopes for DMs and the profile sync', () => {
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
    for (const s of ['chat:write', 'commands', 'im:write', 'im:read', 'users:read'])
      expect(scopes).toContain(s);
  });

  it('is pointed at a public URL by npm run manifest -- --url', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeroom-manifest-'));
    const out = path.join(dir, 'manifest.json');
    execFileSync(process.execPath, [
      '--import',
      'tsx',
      'slack/manifest-cli.ts',
      '--url',
      'https://hr.example.org/x',
      '--out',
      out,
    ]);
    const written = JSON.parse(fs.readFileSync(out, 'utf8'));
    fs.rmSync(dir, { recursive: true, force: true });
    expect(written).toEqual(withRequestUrl(manifest, 'https://hr.example.org'));
    expect(written.settings.event_subscriptions.request_url).toBe('https://hr.example.org/api/slack/events');
    expect(written.features.slash_commands[0].url).toBe('https://hr.example.org/api/slack/events');
    expect(written.settings.interactivity.request_url).toBe('https://hr.example.org/api/slack/events');
  });
});
