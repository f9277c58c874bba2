import { describe, expect, it } from 'vitest';
import { detectIntent } from '@/slack/intents';

const cases: [string, string][] = [
  ['check in', 'check_in'],
  ['Checkin', 'check_in'],
  ['checking in now, clock-in please', 'check_in'],
  ["I'm in a meeting", 'unknown'],
  ['출근', 'check_in'],
  ['출근했어요', 'check_in'],
  ['出勤', 'check_in'],
  ['出社しました', 'check_in'],
  ['check out', 'check_out'],
  ['CHECKOUT', 'check_out'],
  ['done for the day!', 'check_out'],
  ['퇴근합니다', 'check_out'],
  ['退勤', 'check_out'],
  ['status', 'status'],
  ['am I checked in?', 'status'],
  ['내 상태', 'status'],
  ['状況', 'status'],
  ['vacation next friday', 'leave'],
  ['I need a day off', 'leave'],
  ['leave', 'leave'],
  ['휴가 신청', 'leave'],
  ['연차 쓰고 싶어요', 'leave'],
  ['休暇を取りたい', 'leave'],
  ['有給申請', 'leave'],
  ['help', 'help'],
  ['?', 'help'],
  ['도움말', 'help'],
  ['ヘルプ', 'help'],
  ['使い方を教えて', 'help'],
  ["who's in?", 'whos_in'],
  ['<@UBOT> who is in today', 'whos_in'],
  ['whos in', 'whos_in'],
  ['누가 출근했어?', 'whos_in'],
  ['誰が出勤してる？', 'whos_in'],
  ['the weather is nice', 'unknown'],
  ['맛집 추천해줘', 'unknown'],
  ['おはよう', 'unknown'],
  // A support question, not a check-in: logging in is about accounts.
  ["I can't login to the VPN", 'unknown'],
  ['how do I sign in?', 'unknown'],
];

describe('detectIntent', () => {
  it.each(cases)('understands %j as %s', (text, intent) => {
    expect(detectIntent(text).name).toBe(intent);
  });

  it('checks in remotely when the message says so, in any language', () => {
    expect(detectIntent('check in remote')).toEqual({ name: 'check_in', location: 'remote' });
    expect(detectIntent('재택 출근')).toEqual({ name: 'check_in', location: 'remote' });
    expect(detectIntent('在宅で出勤します')).toEqual({ name: 'check_in', location: 'remote' });
    expect(detectIntent('ｃｈｅｃｋ ｉｎ')).toEqual({ name: 'check_in', location: 'office' });
  });

  it('treats an empty mention as a request for help', () => {
    expect(detectIntent('<@UBOT>')).toEqual({ name: 'help' });
  });
});
