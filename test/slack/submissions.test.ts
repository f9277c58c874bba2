import { describe, expect, it } from 'vitest';
import { parseCheckInSubmission, type StateValues } from '@/slack/submissions/check-in';
import { parseHomeroomCommand } from '@/slack/submissions/homeroom-command';
import { normalizeAmount } from '@/slack/submissions/request';

/** `view.state.values` as Slack sends it for the check-in modal. */
function state(location: string | undefined, note: string | null | undefined): StateValues {
  return {
    attendance_location_block: {
      attendance_location_input: {
        type: 'radio_buttons',
        selected_option: location === undefined ? null : { value: location },
      },
    },
    attendance_note_block: {
      attendance_note_input: { type: 'plain_text_input', value: note },
    },
  };
}

describe('parseCheckInSubmission', () => {
  it('returns the place and the trimmed note', () => {
    expect(parseCheckInSubmission(state('remote', '  at the client  '))).toEqual({
      ok: true,
      value: { location: 'remote', note: 'at the client' },
    });
  });

  it('reports a missing place on the location block', () => {
    expect(parseCheckInSubmission(state(undefined, 'hello'))).toEqual({
      ok: false,
      errors: { attendance_location_block: 'Choose office or remote.' },
    });
  });

  it('reports a place other than office or remote on the location block', () => {
    expect(parseCheckInSubmission(state('moon', null))).toEqual({
      ok: false,
      errors: { attendance_location_block: 'Choose office or remote.' },
    });
  });

  it('reports a note over 500 characters on the note block', () => {
    expect(parseCheckInSubmission(state('office', 'x'.repeat(501)))).toEqual({
      ok: false,
      errors: { attendance_note_block: 'Keep the note under 500 characters.' },
    });
  });

  it('reports errors in the member language', () => {
    expect(parseCheckInSubmission(state(undefined, 'x'.repeat(501)), 'ko-KR')).toEqual({
      ok: false,
      errors: {
        attendance_location_block: '사무실 또는 재택을 선택하세요.',
        attendance_note_block: '메모는 500자 이내로 써 주세요.',
      },
    });
    expect(parseCheckInSubmission(state('moon', null), 'ja-JP')).toEqual({
      ok: false,
      errors: { attendance_location_block: 'オフィスかリモートを選んでください。' },
    });
  });

  it('accepts a note of exactly 500 characters, not counting surrounding spaces', () => {
    const note = 'x'.repeat(500);
    expect(parseCheckInSubmission(state('office', `  ${note}  `))).toEqual({
      ok: true,
      value: { location: 'office', note },
    });
  });

  it('reports both problems at once, one per block', () => {
    expect(parseCheckInSubmission(state(undefined, 'y'.repeat(600)))).toEqual({
      ok: false,
      errors: {
        attendance_location_block: 'Choose office or remote.',
        attendance_note_block: 'Keep the note under 500 characters.',
      },
    });
  });

  it('turns a blank, empty or missing note into null', () => {
    for (const note of ['   ', '', null, undefined]) {
      expect(parseCheckInSubmission(state('office', note))).toEqual({
        ok: true,
        value: { location: 'office', note: null },
      });
    }
    expect(
      parseCheckInSubmission({
        attendance_location_block: { attendance_location_input: { selected_option: { value: 'office' } } },
      }),
    ).toEqual({ ok: true, value: { location: 'office', note: null } });
  });

  it('reports the location block when there is no state at all', () => {
    expect(parseCheckInSubmission(undefined)).toEqual({
      ok: false,
      errors: { attendance_location_block: 'Choose office or remote.' },
    });
  });
});

describe('parseHomeroomCommand', () => {
  it('checks in at the office with no note for a bare `in`', () => {
    expect(parseHomeroomCommand('in')).toEqual({ name: 'in', location: 'office', note: null });
  });

  it('reads `in remote working from home` as remote with a note', () => {
    expect(parseHomeroomCommand('in remote working from home')).toEqual({
      name: 'in',
      location: 'remote',
      note: 'working from home',
    });
  });

  it('reads `in office` as the office with no note', () => {
    expect(parseHomeroomCommand('in office')).toEqual({ name: 'in', location: 'office', note: null });
  });

  it('keeps the words after `office` as the note and does not repeat the place in it', () => {
    expect(parseHomeroomCommand('in office until noon')).toEqual({
      name: 'in',
      location: 'office',
      note: 'until noon',
    });
  });

  it('treats words that are not a place as the note, at the office', () => {
    expect(parseHomeroomCommand('in at the client site')).toEqual({
      name: 'in',
      location: 'office',
      note: 'at the client site',
    });
  });

  it('accepts home and wfh for remote', () => {
    expect(parseHomeroomCommand('in home')).toEqual({ name: 'in', location: 'remote', note: null });
    expect(parseHomeroomCommand('in wfh sick kid')).toEqual({
      name: 'in',
      location: 'remote',
      note: 'sick kid',
    });
  });

  it('ignores case in the command and the place but keeps the note as typed', () => {
    expect(parseHomeroomCommand('IN Remote Sick Kid')).toEqual({
      name: 'in',
      location: 'remote',
      note: 'Sick Kid',
    });
    expect(parseHomeroomCommand('In OFFICE')).toEqual({ name: 'in', location: 'office', note: null });
    expect(parseHomeroomCommand('OUT')).toEqual({ name: 'out' });
    expect(parseHomeroomCommand('Status')).toEqual({ name: 'status' });
    expect(parseHomeroomCommand('HELP')).toEqual({ name: 'help' });
  });

  it('collapses runs of spaces in the note', () => {
    expect(parseHomeroomCommand('  in   remote   back   at 3 ')).toEqual({
      name: 'in',
      location: 'remote',
      note: 'back at 3',
    });
  });

  it('cuts the note at 500 characters', () => {
    const parsed = parseHomeroomCommand(`in remote ${'a'.repeat(600)}`);
    expect(parsed).toEqual({ name: 'in', location: 'remote', note: 'a'.repeat(500) });
  });

  it('accepts checkin and check-in for in', () => {
    expect(parseHomeroomCommand('checkin').name).toBe('in');
    expect(parseHomeroomCommand('check-in remote')).toEqual({ name: 'in', location: 'remote', note: null });
  });

  it('reads out, checkout and check-out as out', () => {
    for (const text of ['out', 'checkout', 'check-out'])
      expect(parseHomeroomCommand(text)).toEqual({ name: 'out' });
  });

  it('shows the status for `status` and for empty text', () => {
    for (const text of ['status', '', '   ', undefined]) {
      expect(parseHomeroomCommand(text)).toEqual({ name: 'status' });
    }
  });

  it('shows help for `help` and `?`', () => {
    expect(parseHomeroomCommand('help')).toEqual({ name: 'help' });
    expect(parseHomeroomCommand('?')).toEqual({ name: 'help' });
  });

  it('returns unknown words as typed, spaces collapsed', () => {
    expect(parseHomeroomCommand('  dance   Party ')).toEqual({ name: 'unknown', text: 'dance Party' });
  });
});

describe('normalizeAmount', () => {
  it.each([
    ['42.50', '42.50'],
    ['1,234.5', '1234.5'],
    ['12,50', '12.50'],
    ['1.234,50', '1234.50'],
    [' 7 ', '7'],
    ['1,23,4', '1,23,4'],
  ])('reads %j as %j', (typed, normalized) => {
    expect(normalizeAmount(typed)).toBe(normalized);
  });
});
