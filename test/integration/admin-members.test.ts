import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memberAudit } from '@/db/queries/admin';
import { members, requestEvents } from '@/db/schema';
import { ids } from '@/slack/ids';
import { type Harness, startHarness } from '@/test/helpers/harness';
import {
  appHomeOpened,
  buttonClick,
  interactionRequest,
  TEAM,
  viewSubmission,
} from '@/test/helpers/slack-request';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  h.slack
    .addUser({ id: 'UADMIN', name: 'Hana', tz: 'Europe/Berlin', is_admin: true })
    .addUser({ id: 'UMEMBER', name: 'Minji', tz: 'Asia/Seoul', locale: 'ko-KR' })
    .addUser({ id: 'UOTHER', name: 'Sam', tz: 'America/Los_Angeles' })
    .addUser({ id: 'UNEW', name: 'Newcomer' });
  // Everyone has opened Homeroom once, except UNEW.
  for (const user of ['UADMIN', 'UMEMBER', 'UOTHER']) await h.sendAndSettle(appHomeOpened(user));
});
afterAll(() => h.close());
beforeEach(async () => {
  h.slack.reset();
  await h.db.delete(requestEvents);
  await h.db.update(members).set({ role: 'member', leaveAllowanceDays: '25' });
});

const a = ids.admin;

async function memberRow(userId: string) {
  const [row] = await h.db.select().from(members).where(eq(members.userId, userId));
  return row!;
}

/** The members modal's state as Slack sends it after the member was picked and their values loaded. */
function settings(userId: string, role: string, allowance: string, note = '') {
  return {
    [a.memberBlock]: { [a.memberSelect]: { type: 'users_select', selected_user: userId } },
    [`${a.roleBlock}_${userId}`]: {
      [a.roleSelect]: { type: 'static_select', selected_option: { value: role } },
    },
    [`${a.allowanceBlock}_${userId}`]: { [a.allowanceInput]: { type: 'number_input', value: allowance } },
    [a.noteBlock]: { [a.noteInput]: { type: 'plain_text_input', value: note } },
  };
}

function pick(user: string, selected: string) {
  return interactionRequest({
    type: 'block_actions',
    team: { id: TEAM, domain: 'acme' },
    user: { id: user, username: user.toLowerCase(), team_id: TEAM },
    api_app_id: 'A1',
    trigger_id: 'trig.pick',
    container: { type: 'view', view_id: 'VMODAL' },
    view: { id: 'VMODAL', hash: 'h1', type: 'modal', callback_id: a.membersModal, state: { values: {} } },
    actions: [
      { type: 'users_select', action_id: a.memberSelect, block_id: a.memberBlock, selected_user: selected },
    ],
  });
}

type ViewArgs = { view: { callback_id: string; blocks: Record<string, unknown>[] } };

describe('opening the members modal', () => {
  it('opens the members modal for an admin, with nobody picked yet', async () => {
    await h.sendAndSettle(buttonClick('UADMIN', a.openMembers, 'members'));
    const [open] = h.slack.callsTo('views.open');
    const view = (open!.args as ViewArgs).view;
    expect(view.callback_id).toBe(a.membersModal);
    expect(view.blocks.map((b) => b.block_id ?? b.type)).toEqual([a.memberBlock, 'section']);
    expect(view.blocks[0]).toMatchObject({ dispatch_action: true, element: { type: 'users_select' } });
  });

  it('opens an "admins only" modal for a member, in their language', async () => {
    await h.sendAndSettle(buttonClick('UMEMBER', a.openMembers, 'members'));
    const view = (h.slack.callsTo('views.open')[0]!.args as ViewArgs).view;
    expect(view.callback_id).toBe(a.deniedModal);
    expect(JSON.stringify(view)).toContain('관리자만');
  });

  it('shows the picked member’s current role and allowance with views.update', async () => {
    await h.db
      .update(members)
      .set({ role: 'approver', leaveAllowanceDays: '15.5' })
      .where(eq(members.userId, 'UMEMBER'));
    await h.sendAndSettle(pick('UADMIN', 'UMEMBER'));
    const [update] = h.slack.callsTo('views.update');
    expect(update!.args.view_id).toBe('VMODAL');
    expect(update!.args.hash).toBe('h1');
    const blocks = (update!.args as ViewArgs).view.blocks;
    const role = blocks.find((b) => b.block_id === `${a.roleBlock}_UMEMBER`);
    expect(role).toMatchObject({ element: { initial_option: { value: 'approver' } } });
    const allowance = blocks.find((b) => b.block_id === `${a.allowanceBlock}_UMEMBER`);
    expect(allowance).toMatchObject({
      element: {
        type: 'number_input',
        is_decimal_allowed: true,
        initial_value: '15.5',
        min_value: '0',
        max_value: '365',
      },
    });
    expect(JSON.stringify(blocks)).toContain('Now: *Approver* · 15.5 days a year');
  });

  it('creates the member from users.info when they never used Homeroom', async () => {
    await h.sendAndSettle(pick('UADMIN', 'UNEW'));
    const row = await memberRow('UNEW');
    expect(row).toMatchObject({ role: 'member', leaveAllowanceDays: '25.0' });
    const blocks = (h.slack.callsTo('views.update')[0]!.args as ViewArgs).view.blocks;
    expect(blocks.some((b) => b.block_id === `${a.roleBlock}_UNEW`)).toBe(true);
  });
});

describe('saving a member’s role and allowance', () => {
  it('sets role and allowance, writes an audit row for each with the note, and refreshes both Home tabs', async () => {
    const res = await h.sendAndSettle(
      viewSubmission(
        'UADMIN',
        a.membersModal,
        settings('UMEMBER', 'approver', '20.5', 'Leads the support rota'),
      ),
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const subject = await memberRow('UMEMBER');
    const admin = await memberRow('UADMIN');
    expect(subject).toMatchObject({ role: 'approver', leaveAllowanceDays: '20.5' });
    const audit = await memberAudit(h.db, subject.id);
    expect(
      audit.map((e) => ({
        action: e.action,
        actor: e.actorId,
        data: e.data,
        note: e.note,
        request: e.requestId,
      })),
    ).toEqual(
      expect.arrayContaining([
        {
          action: 'role_changed',
          actor: admin.id,
          data: { from: 'member', to: 'approver' },
          note: 'Leads the support rota',
          request: null,
        },
        {
          action: 'allowance_changed',
          actor: admin.id,
          data: { from: 25, to: 20.5 },
          note: 'Leads the support rota',
          request: null,
        },
      ]),
    );
    expect(audit).toHaveLength(2);
    const published = h.slack.callsTo('views.publish');
    expect(published.map((c) => c.args.user_id).sort()).toEqual(['UADMIN', 'UMEMBER']);
    const adminHome = JSON.stringify(published.find((c) => c.args.user_id === 'UADMIN')!.args.view);
    expect(adminHome).toContain('Saved: Minji is Approver with 20.5 days of leave a year.');
    const memberHome = JSON.stringify(published.find((c) => c.args.user_id === 'UMEMBER')!.args.view);
    expect(memberHome).toContain('관리자가 설정을 바꿨어요: 역할은 승인자, 휴가는 연 20.5일이에요.');
  });

  it('writes only the field that changed', async () => {
    await h.sendAndSettle(viewSubmission('UADMIN', a.membersModal, settings('UOTHER', 'member', '30')));
    const audit = await memberAudit(h.db, (await memberRow('UOTHER')).id);
    expect(audit.map((e) => [e.action, e.data, e.note])).toEqual([
      ['allowance_changed', { from: 25, to: 30 }, null],
    ]);
  });

  it('changes nothing and says so when the values are the same', async () => {
    await h.sendAndSettle(viewSubmission('UADMIN', a.membersModal, settings('UOTHER', 'member', '25')));
    expect(await h.db.select().from(requestEvents)).toEqual([]);
    const home = JSON.stringify(h.slack.callsTo('views.publish')[0]!.args.view);
    expect(home).toContain('Nothing changed for Sam.');
    expect(h.slack.callsTo('views.publish').map((c) => c.args.user_id)).toEqual(['UADMIN']);
  });

  it.each([
    ['400', 'Enter a number of days from 0 to 365, in steps of 0.5.'],
    ['2.3', 'Enter a number of days from 0 to 365, in steps of 0.5.'],
    ['-1', 'Enter a number of days from 0 to 365, in steps of 0.5.'],
    ['ten', 'Enter a number of days from 0 to 365, in steps of 0.5.'],
  ])('refuses an allowance of %s with an error under the field', async (value, message) => {
    const res = await h.sendAndSettle(
      viewSubmission('UADMIN', a.membersModal, settings('UOTHER', 'member', value)),
    );
    expect(await res.json()).toEqual({
      response_action: 'errors',
      errors: { [`${a.allowanceBlock}_UOTHER`]: message },
    });
    expect((await memberRow('UOTHER')).leaveAllowanceDays).toBe('25.0');
  });

  it('asks to wait when the picked member’s values have not loaded yet', async () => {
    const values = {
      [a.memberBlock]: { [a.memberSelect]: { type: 'users_select', selected_user: 'UOTHER' } },
    };
    const res = await h.sendAndSettle(viewSubmission('UADMIN', a.membersModal, values));
    expect(await res.json()).toEqual({
      response_action: 'errors',
      errors: { [a.memberBlock]: 'Wait a moment for their current values to load, then save again.' },
    });
  });

  it('refuses a member who sends the submission, and changes nothing', async () => {
    const res = await h.sendAndSettle(
      viewSubmission('UMEMBER', a.membersModal, settings('UMEMBER', 'admin', '365')),
    );
    expect(await res.json()).toEqual({
      response_action: 'errors',
      errors: { [a.memberBlock]: '관리자만 할 수 있어요.' },
    });
    expect(await memberRow('UMEMBER')).toMatchObject({ role: 'member', leaveAllowanceDays: '25.0' });
    expect(await h.db.select().from(requestEvents)).toEqual([]);
    expect(h.slack.callsTo('views.publish')).toEqual([]);
  });

  it('refuses an approver too: only admins manage members', async () => {
    await h.db.update(members).set({ role: 'approver' }).where(eq(members.userId, 'UOTHER'));
    const res = await h.sendAndSettle(
      viewSubmission('UOTHER', a.membersModal, settings('UOTHER', 'admin', '25')),
    );
    expect((await res.json()).errors).toEqual({ [a.memberBlock]: 'Only admins can do this.' });
    expect((await memberRow('UOTHER')).role).toBe('approver');
  });

  it('keeps a Slack workspace admin an admin whatever role is chosen', async () => {
    const res = await h.sendAndSettle(
      viewSubmission('UADMIN', a.membersModal, settings('UADMIN', 'member', '25')),
    );
    expect((await res.json()).errors).toEqual({
      [`${a.roleBlock}_UADMIN`]: 'This person is always an admin through the server configuration.',
    });
  });

  it('lets an admin step down when another admin remains, and refuses the last one', async () => {
    await h.sendAndSettle(viewSubmission('UADMIN', a.membersModal, settings('UOTHER', 'admin', '25')));
    expect((await memberRow('UOTHER')).role).toBe('admin');
    // Sam, an admin by role, steps down while Hana (a Slack admin) remains.
    let res = await h.sendAndSettle(
      viewSubmission('UOTHER', a.membersModal, settings('UOTHER', 'approver', '25')),
    );
    expect(await res.text()).toBe('');
    expect((await memberRow('UOTHER')).role).toBe('approver');
    // With Hana no longer a Slack admin, Sam (admin again) is the last one and cannot step down.
    await h.db.update(members).set({ role: 'admin' }).where(eq(members.userId, 'UOTHER'));
    await h.db.update(members).set({ isWorkspaceAdmin: false }).where(eq(members.userId, 'UADMIN'));
    try {
      res = await h.sendAndSettle(
        viewSubmission('UOTHER', a.membersModal, settings('UOTHER', 'member', '25')),
      );
      expect((await res.json()).errors).toEqual({
        [`${a.roleBlock}_UOTHER`]:
          'This would leave the team without an admin. Make someone else an admin first.',
      });
      expect((await memberRow('UOTHER')).role).toBe('admin');
    } finally {
      await h.db.update(members).set({ isWorkspaceAdmin: true }).where(eq(members.userId, 'UADMIN'));
    }
  });
});
