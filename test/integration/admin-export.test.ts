import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/export/[token]/route';
import { attendanceSessions, members, requests } from '@/db/schema';
import { CSV_COLUMNS } from '@/slack/admin-export';
import { ids } from '@/slack/ids';
import { type Harness, startHarness } from '@/test/helpers/harness';
import { appHomeOpened, buttonClick, viewSubmission } from '@/test/helpers/slack-request';

let h: Harness;
const a = ids.admin;

beforeAll(async () => {
  h = await startHarness({ HOMEROOM_PUBLIC_URL: 'https://homeroom.test/' });
  h.slack
    .addUser({ id: 'UADMIN', name: 'Hana', tz: 'Europe/Berlin', is_admin: true })
    .addUser({ id: 'UMEMBER', name: 'Minji', tz: 'Asia/Seoul', locale: 'ko-KR' });
  for (const user of ['UADMIN', 'UMEMBER']) await h.sendAndSettle(appHomeOpened(user));
});
afterAll(() => h.close());
beforeEach(async () => {
  h.slack.reset();
  await h.db.delete(requests);
  await h.db.delete(attendanceSessions);
});
afterEach(() => {
  vi.useRealTimers();
});

function at(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

async function idOf(userId: string) {
  const [row] = await h.db.select().from(members).where(eq(members.userId, userId));
  return row!.id;
}

function range(from: string, to: string) {
  return {
    [a.exportFromBlock]: { [a.exportFromInput]: { type: 'datepicker', selected_date: from } },
    [a.exportToBlock]: { [a.exportToInput]: { type: 'datepicker', selected_date: to } },
  };
}

function download(url: string) {
  const token = url.split('/api/export/')[1] ?? '';
  return GET(new Request(url), { params: Promise.resolve({ token }) });
}

/** Asks for a link as the admin and returns the URL from the DM. */
async function exportLink(from: string, to: string): Promise<string> {
  const res = await h.sendAndSettle(viewSubmission('UADMIN', a.exportModal, range(from, to)));
  expect(await res.text()).toBe('');
  const post = h.slack.callsTo('chat.postMessage').at(-1);
  const url = JSON.stringify(post?.args.blocks).match(
    /<(https:\/\/homeroom\.test\/api\/export\/[^|>]+)\|/,
  )?.[1];
  expect(url, 'a link in the DM').toBeDefined();
  return url!;
}

/** A CSV line in column order; values here need no quoting unless written quoted. */
function line(values: Partial<Record<(typeof CSV_COLUMNS)[number], string | number>>): string {
  return CSV_COLUMNS.map((c) => values[c] ?? '').join(',');
}

describe('the export modal', () => {
  it('opens with this month in the admin’s zone', async () => {
    at('2026-11-30T23:30:00Z'); // already December 1 in Berlin
    await h.sendAndSettle(buttonClick('UADMIN', a.openExport, 'export'));
    const view = h.slack.callsTo('views.open')[0]!.args.view as { callback_id: string; blocks: unknown[] };
    expect(view.callback_id).toBe(a.exportModal);
    expect(view.blocks.slice(1)).toEqual([
      expect.objectContaining({
        block_id: a.exportFromBlock,
        element: expect.objectContaining({ initial_date: '2026-12-01' }),
      }),
      expect.objectContaining({
        block_id: a.exportToBlock,
        element: expect.objectContaining({ initial_date: '2026-12-31' }),
      }),
    ]);
  });

  it('opens an "admins only" modal for a member', async () => {
    await h.sendAndSettle(buttonClick('UMEMBER', a.openExport, 'export'));
    expect((h.slack.callsTo('views.open')[0]!.args.view as { callback_id: string }).callback_id).toBe(
      a.deniedModal,
    );
  });

  it.each([
    ['2026-11-30', '2026-11-01', 'The end date must be on or after the start date.'],
    ['2025-01-01', '2026-01-02', 'Choose at most 366 days at a time.'],
  ])('refuses %s – %s with an error under the end date', async (from, to, message) => {
    const res = await h.sendAndSettle(viewSubmission('UADMIN', a.exportModal, range(from, to)));
    expect(await res.json()).toEqual({ response_action: 'errors', errors: { [a.exportToBlock]: message } });
    expect(h.slack.callsTo('chat.postMessage')).toEqual([]);
  });

  it('refuses a member who sends the submission', async () => {
    const res = await h.sendAndSettle(
      viewSubmission('UMEMBER', a.exportModal, range('2026-11-01', '2026-11-30')),
    );
    expect(await res.json()).toEqual({
      response_action: 'errors',
      errors: { [a.exportFromBlock]: '관리자만 할 수 있어요.' },
    });
    expect(h.slack.callsTo('chat.postMessage')).toEqual([]);
  });

  it('DMs the admin a link with its expiry in their zone', async () => {
    at('2026-11-24T12:00:00Z');
    await exportLink('2026-11-01', '2026-11-30');
    expect(h.slack.callsTo('conversations.open')[0]?.args.users).toBe('UADMIN');
    const post = h.slack.callsTo('chat.postMessage')[0]!;
    expect(post.args.channel).toBe('DUADMIN');
    expect(post.args.text).toBe('Your CSV export is ready');
    const text = JSON.stringify(post.args.blocks);
    expect(text).toContain('Requests and attendance, Sun, Nov 1 – Mon, Nov 30');
    expect(text).toContain('The link works until Nov 25, 2026, 1:00 PM (Europe/Berlin)');
  });
});

describe('downloading the CSV', () => {
  async function seed() {
    const admin = await idOf('UADMIN');
    const member = await idOf('UMEMBER');
    const [r1, r3, r5] = await h.db
      .insert(requests)
      .values([
        {
          teamId: 'T1',
          memberId: member,
          kind: 'leave',
          leaveType: 'vacation',
          status: 'approved',
          startDate: '2026-12-01',
          endDate: '2026-12-02',
          dayPart: 'full',
          days: '2',
          createdAt: new Date('2026-11-10T09:00:00Z'),
          decidedById: admin,
          decidedAt: new Date('2026-11-11T10:00:00Z'),
          decisionNote: 'Enjoy',
        },
        {
          teamId: 'T1',
          memberId: admin,
          kind: 'leave',
          leaveType: 'sick',
          startDate: '2026-11-03',
          endDate: '2026-11-03',
          dayPart: 'full',
          days: '1',
          reason: '=HYPERLINK("http://evil")',
          createdAt: new Date('2026-10-15T08:00:00Z'),
        },
        {
          teamId: 'T1',
          memberId: admin,
          kind: 'equipment',
          item: 'Laptop stand',
          quantity: 1,
          createdAt: new Date('2026-10-31T23:30:00Z'), // November 1, 00:30 in Berlin
        },
      ])
      .returning();
    await h.db.insert(requests).values([
      {
        teamId: 'T1',
        memberId: member,
        kind: 'expense',
        amount: '42.50',
        currency: 'EUR',
        createdAt: new Date('2026-10-20T08:00:00Z'),
      },
      {
        teamId: 'T1',
        memberId: member,
        kind: 'general',
        subject: 'Too late',
        createdAt: new Date('2026-11-30T23:30:00Z'),
      },
      {
        teamId: 'T2',
        memberId: member,
        kind: 'general',
        subject: 'Other team',
        createdAt: new Date('2026-11-10T09:00:00Z'),
      },
    ]);
    const [s1, s3] = await h.db
      .insert(attendanceSessions)
      .values([
        {
          teamId: 'T1',
          memberId: member,
          checkInAt: new Date('2026-11-02T23:30:00Z'), // November 3, 08:30 in Seoul
          checkOutAt: new Date('2026-11-03T08:00:00Z'),
          checkInSource: 'home',
          checkOutSource: 'command',
          note: '+1 coffee',
        },
        {
          teamId: 'T1',
          memberId: admin,
          checkInAt: new Date('2026-11-30T22:30:00Z'),
          checkInSource: 'home',
          location: 'remote',
        },
      ])
      .returning();
    await h.db.insert(attendanceSessions).values({
      teamId: 'T1',
      memberId: admin,
      checkInAt: new Date('2026-10-31T22:00:00Z'), // October 31, 23:00 in Berlin
      checkOutAt: new Date('2026-10-31T22:30:00Z'),
      checkInSource: 'home',
      checkOutSource: 'home',
    });
    return { r1: r1!, r3: r3!, r5: r5!, s1: s1!, s3: s3! };
  }

  it('serves requests and attendance of the range as a CSV attachment, formulas defused', async () => {
    const { r1, r3, r5, s1, s3 } = await seed();
    const res = await download(await exportLink('2026-11-01', '2026-11-30'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="homeroom-2026-11-01-to-2026-11-30.csv"',
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    // A byte-order mark first, so spreadsheet apps read the names as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = new TextDecoder().decode(bytes);
    expect(body.split('\r\n')).toEqual([
      CSV_COLUMNS.join(','),
      line({
        record: 'request',
        id: r1.id,
        user_id: 'UMEMBER',
        member: 'Minji',
        kind: 'leave:vacation',
        status: 'approved',
        start_date: '2026-12-01',
        end_date: '2026-12-02',
        day_part: 'full',
        days: '2.0',
        created_at: '2026-11-10T09:00:00.000Z',
        decided_by: 'UADMIN',
        decided_at: '2026-11-11T10:00:00.000Z',
        decision_note: 'Enjoy',
      }),
      line({
        record: 'request',
        id: r3.id,
        user_id: 'UADMIN',
        member: 'Hana',
        kind: 'leave:sick',
        status: 'pending',
        start_date: '2026-11-03',
        end_date: '2026-11-03',
        day_part: 'full',
        days: '1.0',
        details: `"'=HYPERLINK(""http://evil"")"`,
        created_at: '2026-10-15T08:00:00.000Z',
      }),
      line({
        record: 'request',
        id: r5.id,
        user_id: 'UADMIN',
        member: 'Hana',
        kind: 'equipment',
        status: 'pending',
        item: 'Laptop stand',
        quantity: 1,
        created_at: '2026-10-31T23:30:00.000Z',
      }),
      line({
        record: 'attendance',
        id: s1.id,
        user_id: 'UMEMBER',
        member: 'Minji',
        check_in_at: '2026-11-02T23:30:00.000Z',
        check_out_at: '2026-11-03T08:00:00.000Z',
        local_date: '2026-11-03',
        time_zone: 'Asia/Seoul',
        hours: '8.50',
        location: 'office',
        source: 'home/command',
        note: "'+1 coffee",
      }),
      line({
        record: 'attendance',
        id: s3.id,
        user_id: 'UADMIN',
        member: 'Hana',
        check_in_at: '2026-11-30T22:30:00.000Z',
        local_date: '2026-11-30',
        time_zone: 'Europe/Berlin',
        location: 'remote',
        source: 'home',
      }),
      '',
    ]);
  });

  it('streams page after page for a large range', async () => {
    const member = await idOf('UMEMBER');
    const start = new Date('2026-01-01T08:00:00Z').getTime();
    await h.db.insert(attendanceSessions).values(
      Array.from({ length: 2503 }, (_, i) => ({
        teamId: 'T1',
        memberId: member,
        // Three sessions a day; some share a check-in instant so the keyset needs the id too.
        checkInAt: new Date(start + Math.floor(i / 3) * 8 * 3_600_000),
        checkOutAt: new Date(start + Math.floor(i / 3) * 8 * 3_600_000 + 3_600_000),
        checkInSource: 'home' as const,
      })),
    );
    const body = await (await download(await exportLink('2026-01-01', '2026-12-31'))).text();
    const ids = body
      .split('\r\n')
      .slice(1, -1)
      .map((l) => Number(l.split(',')[1]));
    expect(ids).toHaveLength(2503);
    expect(new Set(ids).size).toBe(2503);
  });

  it('answers 410 once the link has expired', async () => {
    at('2026-11-24T12:00:00Z');
    const url = await exportLink('2026-11-01', '2026-11-30');
    vi.setSystemTime(new Date('2026-11-25T12:00:01Z'));
    const res = await download(url);
    expect(res.status).toBe(410);
    expect(await res.text()).toBe(
      'This export link has expired. Choose Export CSV on your Homeroom Home tab for a new one.\n',
    );
  });

  it('answers 404 to a link whose range was changed, or to anything else', async () => {
    const url = await exportLink('2026-11-01', '2026-11-30');
    const [payload, signature] = url.split('/api/export/')[1]!.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, from: '2020-01-01' })).toString('base64url');
    for (const token of [`${forged}.${signature}`, 'nonsense', `${payload}.`, `${payload}.${signature}.x`]) {
      const res = await download(`https://homeroom.test/api/export/${token}`);
      expect(res.status, token).toBe(404);
      expect(await res.text()).toBe('This export link is not valid. Check that you copied all of it.\n');
    }
  });

  it('answers 403 when the link’s owner is no longer an admin', async () => {
    const url = await exportLink('2026-11-01', '2026-11-30');
    await h.db.update(members).set({ isWorkspaceAdmin: false }).where(eq(members.userId, 'UADMIN'));
    try {
      const res = await download(url);
      expect(res.status).toBe(403);
    } finally {
      await h.db.update(members).set({ isWorkspaceAdmin: true }).where(eq(members.userId, 'UADMIN'));
    }
  });
});
