import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members, requestEvents, requests } from '@/db/schema';
import { ids } from '@/slack/ids';
import { type Harness, startHarness } from '@/test/helpers/harness';
import { appHomeOpened, buttonClick, viewSubmission } from '@/test/helpers/slack-request';

const r = ids.requests;
let h: Harness;

/** No HOMEROOM_APPROVERS_CHANNEL: approval requests go by DM to the admins. */
beforeAll(async () => {
  h = await startHarness({ HOMEROOM_ADMINS: 'UBOSS,UNEVERSEEN' });
  h.slack
    .addUser({ id: 'UANA', name: 'Ana', tz: 'UTC' })
    .addUser({ id: 'UBOSS', name: 'Bo', tz: 'Asia/Tokyo', locale: 'ja-JP' })
    .addUser({ id: 'UOWNER', name: 'Olu', tz: 'UTC', is_admin: true })
    .addUser({ id: 'ULEAD', name: 'Lee', tz: 'UTC' });
  for (const user of ['UANA', 'UBOSS', 'UOWNER', 'ULEAD']) await h.sendAndSettle(appHomeOpened(user));
  await h.db.update(members).set({ role: 'admin' }).where(eq(members.userId, 'ULEAD'));
});
afterAll(() => h.close());

describe('without an approvers channel', () => {
  it('DMs each admin in their language and updates every copy after the decision', async () => {
    h.slack.reset();
    const future = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await h.sendAndSettle(
      viewSubmission('UANA', r.modal, {
        [r.kindBlock]: { [r.kindInput]: { type: 'static_select', selected_option: { value: 'general' } } },
        [r.subjectBlock]: { [r.subjectInput]: { type: 'plain_text_input', value: 'Desk by the window' } },
        [r.textBlock]: {
          [r.textInput]: { type: 'plain_text_input', value: `From ${future}, if one is free.` },
        },
      }),
    );
    // HOMEROOM_ADMINS names the admins (the Slack owner is not one then), plus members given the admin role;
    // a named admin Homeroom has never seen is DMed too.
    const dms = h.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel !== 'DUANA')
      .map((c) => [c.args.channel, c.args.text]);
    expect(dms.sort()).toEqual([
      ['DUBOSS', 'Anaさんから新しいその他申請'],
      ['DULEAD', 'New general request from Ana'],
      ['DUNEVERSEEN', 'New general request from Ana'],
    ]);
    const [request] = await h.db.select().from(requests);
    const posted = await h.db.select().from(requestEvents).where(eq(requestEvents.action, 'approval_posted'));
    expect(posted).toHaveLength(3);

    h.slack.reset();
    await h.sendAndSettle(
      buttonClick('UBOSS', r.approve, String(request!.id), {
        container: { type: 'message', message_ts: '1.1', channel_id: 'DUBOSS', is_ephemeral: false },
      }),
    );
    const updates = h.slack.callsTo('chat.update').map((c) => c.args.channel);
    expect(updates.sort()).toEqual(['DUBOSS', 'DULEAD', 'DUNEVERSEEN']);
    const boss = h.slack.callsTo('chat.update').find((c) => c.args.channel === 'DUBOSS')!;
    expect(JSON.stringify(boss.args.blocks)).toContain('<@UBOSS>さんが');
  });
});
