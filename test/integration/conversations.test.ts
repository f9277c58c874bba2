import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { attendanceSessions, jobs, members, requests } from '@/db/schema';
import { ids } from '@/slack/ids';
import { type Harness, startHarness } from '@/test/helpers/harness';
import { appMention, buttonClick, directMessage } from '@/test/helpers/slack-request';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  h.slack
    .addUser({ id: 'UEN', name: 'Ana', tz: 'America/New_York', locale: 'en-US' })
    .addUser({ id: 'UKO', name: '민지', tz: 'Asia/Seoul', locale: 'ko-KR' })
    .addUser({ id: 'UJA', name: '陽翔', tz: 'Asia/Tokyo', locale: 'ja-JP' });
});
afterAll(() => h.close());
beforeEach(async () => {
  h.slack.reset();
  await h.db.delete(jobs);
  await h.db.delete(requests);
  await h.db.delete(attendanceSessions);
});

type Posted = { channel: string; thread_ts?: string; text: string; blocks: Record<string, unknown>[] };

function posts(): Posted[] {
  return h.slack.callsTo('chat.postMessage').map((c) => c.args as unknown as Posted);
}

function onlyPost(): Posted {
  const all = posts();
  expect(all).toHaveLength(1);
  return all[0]!;
}

function actionIds(post: Posted): string[] {
  return post.blocks.flatMap((b) =>
    b.type === 'actions' ? (b.elements as { action_id: string }[]).map((e) => e.action_id) : [],
  );
}

async function openSessions(userId: string) {
  return h.db
    .select({ id: attendanceSessions.id, source: attendanceSessions.checkInSource })
    .from(attendanceSessions)
    .innerJoin(members, eq(members.id, attendanceSessions.memberId))
    .where(and(eq(members.userId, userId), isNull(attendanceSessions.checkOutAt)));
}

describe('a DM to the bot', () => {
  it('checks in on "check in", answers in that message thread with a Check out button, and refreshes Home', async () => {
    const req = directMessage('UEN', 'check in');
    const ts = JSON.parse(await req.clone().text()).event.ts as string;
    const res = await h.sendAndSettle(req);
    expect(res.status).toBe(200);
    expect(await openSessions('UEN')).toEqual([{ id: expect.any(Number), source: 'message' }]);
    const post = onlyPost();
    expect(post.channel).toBe('DUEN');
    expect(post.thread_ts).toBe(ts);
    expect(post.text).toMatch(/^:large_green_circle: Checked in at .+ · Office\. Have a good day!$/);
    expect(actionIds(post)).toEqual([ids.attendance.checkOut, ids.attendance.openCheckInModal]);
    expect(h.slack.callsTo('views.publish').map((c) => c.args.user_id)).toEqual(['UEN']);
  });

  it('replies to a thread reply in the same thread, under the parent', async () => {
    await h.sendAndSettle(directMessage('UEN', 'status', { thread_ts: '1699999999.000100' }));
    expect(onlyPost().thread_ts).toBe('1699999999.000100');
  });

  it('checks in remotely and then out, in Korean and Japanese', async () => {
    await h.sendAndSettle(directMessage('UKO', '재택 출근합니다'));
    expect(onlyPost().text).toMatch(/^:large_green_circle: \d{2}:\d{2} 출근 · 재택\. 좋은 하루 보내세요!$/);
    h.slack.reset();
    await h.sendAndSettle(directMessage('UKO', '퇴근'));
    expect(onlyPost().text).toMatch(/^:wave: \d{2}:\d{2} 퇴근\. 오늘도 수고하셨어요!$/);
    expect(await openSessions('UKO')).toEqual([]);

    h.slack.reset();
    await h.sendAndSettle(directMessage('UJA', '出勤'));
    expect(onlyPost().text).toMatch(/に出勤しました · オフィス。良い一日を！$/);
    h.slack.reset();
    await h.sendAndSettle(directMessage('UJA', '退勤します'));
    expect(onlyPost().text).toMatch(/に退勤しました。お疲れさまでした！$/);
  });

  const replies: [string, string, string, string | RegExp, string[]][] = [
    [
      'en',
      'UEN',
      'status',
      "You're not checked in.",
      [ids.attendance.checkIn, ids.attendance.checkInRemote, ids.attendance.openCheckInModal],
    ],
    [
      'ko',
      'UKO',
      '내 상태',
      '지금은 출근 상태가 아니에요.',
      [ids.attendance.checkIn, ids.attendance.checkInRemote, ids.attendance.openCheckInModal],
    ],
    [
      'ja',
      'UJA',
      '状況',
      '現在は出勤していません。',
      [ids.attendance.checkIn, ids.attendance.checkInRemote, ids.attendance.openCheckInModal],
    ],
    ['en', 'UEN', 'vacation next friday', 'Taking time off?', [ids.requests.newRequest]],
    ['ko', 'UKO', '연차 쓰고 싶어요', '휴가를 내시나요?', [ids.requests.newRequest]],
    ['ja', 'UJA', '有給を取りたい', 'お休みを取りますか？', [ids.requests.newRequest]],
    [
      'en',
      'UEN',
      'help',
      'What I can do',
      [ids.attendance.checkIn, ids.attendance.checkInRemote, ids.requests.newRequest],
    ],
    [
      'ko',
      'UKO',
      '도움말',
      '제가 할 수 있는 일',
      [ids.attendance.checkIn, ids.attendance.checkInRemote, ids.requests.newRequest],
    ],
    [
      'ja',
      'UJA',
      'ヘルプ',
      'できること',
      [ids.attendance.checkIn, ids.attendance.checkInRemote, ids.requests.newRequest],
    ],
  ];

  it.each(replies)(
    'answers in %s to %s → %j with buttons to act',
    async (_lang, user, text, expected, buttons) => {
      await h.sendAndSettle(directMessage(user, text));
      const post = onlyPost();
      expect(post.text).toEqual(expected);
      expect(actionIds(post)).toEqual(buttons);
    },
  );

  it.each([
    ['UEN', 'the weather is nice', "Sorry, I didn't get that. Here's what I understand:"],
    ['UKO', '맛집 추천해줘', '죄송해요, 잘 이해하지 못했어요. 이런 말을 알아들어요:'],
    ['UJA', 'おはよう', 'すみません、よくわかりませんでした。次のような言葉がわかります:'],
  ])("answers %s's %j with a short help and the same buttons", async (user, text, first) => {
    await h.sendAndSettle(directMessage(user, text));
    const post = onlyPost();
    expect((post.blocks[0] as { text: { text: string } }).text.text.split('\n')[0]).toBe(first);
    expect(actionIds(post)).toEqual([
      ids.attendance.checkIn,
      ids.attendance.checkInRemote,
      ids.requests.newRequest,
    ]);
  });

  it('offers Check out in the help of someone checked in', async () => {
    await h.sendAndSettle(directMessage('UEN', 'check in'));
    h.slack.reset();
    await h.sendAndSettle(directMessage('UEN', 'what?'));
    expect(actionIds(onlyPost())).toEqual([ids.attendance.checkOut, ids.requests.newRequest]);
  });

  it('checks out from the button in the thread reply and replaces that reply', async () => {
    await h.sendAndSettle(directMessage('UEN', 'check in'));
    h.slack.reset();
    await h.sendAndSettle(
      buttonClick('UEN', ids.attendance.checkOut, 'check_out', {
        container: { type: 'message', message_ts: '1700000000.000001', channel_id: 'DUEN' },
        responseUrl: h.slack.responseUrl('dm'),
      }),
    );
    expect(await openSessions('UEN')).toEqual([]);
    const [response] = h.slack.callsTo('response_url');
    expect(response?.args).toMatchObject({
      replace_original: true,
      text: expect.stringMatching(/^:wave: Checked out/),
    });
  });

  it('neither looks up nor enrols the author of an ordinary channel message', async () => {
    h.slack.addUser({ id: 'UPASSER', name: 'Passer', tz: 'UTC' });
    await h.sendAndSettle(
      directMessage('UPASSER', 'lunch anyone?', { channel_type: 'channel', channel: 'C1' }),
    );
    expect(h.slack.callsTo('users.info')).toEqual([]);
    expect(await h.db.select().from(members).where(eq(members.userId, 'UPASSER'))).toEqual([]);
  });

  it('ignores edits, file shares, bot messages and messages outside the DM', async () => {
    await h.sendAndSettle(directMessage('UEN', 'check in', { subtype: 'message_changed' }));
    await h.sendAndSettle(directMessage('UEN', 'check in', { subtype: 'file_share', files: [{ id: 'F1' }] }));
    await h.sendAndSettle(directMessage('UEN', 'check in', { bot_id: 'B2' }));
    await h.sendAndSettle(directMessage('UEN', 'check in', { channel_type: 'channel', channel: 'C1' }));
    // The file share is the uploads feature's to answer; the conversation itself says nothing.
    expect(posts().map((p) => p.text)).toEqual([':hourglass_flowing_sand: Uploading F1…']);
    expect(await openSessions('UEN')).toEqual([]);
  });

  it('logs and skips when the reply cannot be posted, without failing the request', async () => {
    h.slack.on('chat.postMessage', () => ({ ok: false, error: 'channel_not_found' }));
    const res = await h.sendAndSettle(directMessage('UEN', 'help'));
    expect(res.status).toBe(200);
    expect(posts()).toHaveLength(1);
  });
});

describe('@Homeroom in a channel', () => {
  async function memberId(userId: string) {
    const [m] = await h.db.select().from(members).where(eq(members.userId, userId));
    return m!.id;
  }

  it("answers who's in with today's presence in a thread, without leave types or reasons", async () => {
    await h.sendAndSettle(directMessage('UKO', '출근'));
    await h.sendAndSettle(directMessage('UJA', 'ヘルプ'));
    await h.db.insert(requests).values({
      teamId: 'T1',
      memberId: await memberId('UJA'),
      kind: 'leave',
      status: 'approved',
      leaveType: 'sick',
      reason: 'dentist appointment',
      startDate: '2000-01-01',
      endDate: '2999-12-31',
      dayPart: 'full',
    });
    h.slack.reset();
    const req = appMention('UEN', "who's in?");
    const ts = JSON.parse(await req.clone().text()).event.ts as string;
    await h.sendAndSettle(req);
    const post = onlyPost();
    expect(post.channel).toBe('C0GENERAL');
    expect(post.thread_ts).toBe(ts);
    expect(post.text).toBe("Who's in today");
    const body = JSON.stringify(post.blocks);
    expect(body).toContain('<@UKO|>');
    expect(body).toContain('*In now* · 1');
    expect(body).toContain('*Out today* · 1');
    expect(body).toContain('<@UJA|>');
    expect(body).not.toMatch(/sick|dentist/i);
    expect(actionIds(post)).toEqual([]);
  });

  it('answers in the asker language, in the thread the mention was in', async () => {
    await h.sendAndSettle(appMention('UKO', '누가 출근했어?', { thread_ts: '1699999999.000200' }));
    const post = onlyPost();
    expect(post.thread_ts).toBe('1699999999.000200');
    expect(post.text).toBe('오늘 출근 현황');
  });

  it('shows help without buttons, since a button in a channel would act for whoever clicks', async () => {
    await h.sendAndSettle(appMention('UJA', 'ヘルプ'));
    const post = onlyPost();
    expect(post.text).toBe('できること');
    expect(actionIds(post)).toEqual([]);
    h.slack.reset();
    await h.sendAndSettle(appMention('UEN', 'sing a song'));
    expect((onlyPost().blocks[0] as { text: { text: string } }).text.text).toMatch(
      /^Sorry, I didn't get that/,
    );
  });
});
