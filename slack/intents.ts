/**
 * What a person asks Homeroom in a DM or an @mention, in English, Korean or Japanese. Pure and
 * keyword-based on purpose: a handful of phrases people actually type ("check in", "출근", "退勤",
 * "who's in?") is predictable, testable and needs no model.
 */

export type Intent =
  | { name: 'check_in'; location: 'office' | 'remote' }
  | { name: 'check_out' }
  | { name: 'status' }
  | { name: 'leave' }
  | { name: 'whos_in' }
  | { name: 'help' }
  | { name: 'unknown' };

/** Lower case, full-width folded (NFKC), curly apostrophes straightened, Slack mentions removed. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/<[@#!][^>]*>/g, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// Order matters: "who's in" before "check in" (누가 출근했어? contains 출근), "check out" before "check in".
const rules: { name: Intent['name']; patterns: RegExp[] }[] = [
  {
    name: 'whos_in',
    patterns: [
      /\bwho'?s? (is )?(in|here|around|out|working|off)\b/,
      /\bwho is (in|here|around|out|working|off)\b/,
      /\bwho('s| is)? in (the )?office\b/,
      /\bpresence\b/,
      /누가|누구|출근한 사람|출근 현황/,
      /誰|だれ|出勤者|出勤状況/,
    ],
  },
  {
    name: 'check_out',
    patterns: [
      /\b(check|clock)[ -]?(out|off)\b/,
      /\bdone for (the )?day\b/,
      /\bheading home\b/,
      /퇴근/,
      /退勤|退社|上がります/,
    ],
  },
  {
    name: 'check_in',
    patterns: [/\b(check|clock)[ -]?in\b/, /\bstart(ing)? work\b/, /출근/, /出勤|出社/],
  },
  {
    name: 'leave',
    patterns: [
      /\b(vacation|leave|holidays?|pto|day off|days off|time off|sick day)\b/,
      /휴가|연차|반차|월차|병가/,
      /休暇|有給|有休|休み|半休/,
    ],
  },
  {
    name: 'status',
    patterns: [/\b(status|my hours|am i (checked )?in)\b/, /상태|현황|근무 시간/, /状況|ステータス|勤務時間/],
  },
  {
    name: 'help',
    patterns: [
      /\b(help|what can you do|how does this work)\b/,
      /^\?+$/,
      /도움|도와|사용법/,
      /ヘルプ|使い方|助けて/,
    ],
  },
];

const remote = /\b(remote|remotely|wfh|from home|home)\b|재택|집에서|リモート|在宅|自宅/;

export function detectIntent(text: string | undefined): Intent {
  const t = normalize(text ?? '');
  if (t === '') return { name: 'help' };
  const rule = rules.find((r) => r.patterns.some((p) => p.test(t)));
  if (!rule) return { name: 'unknown' };
  if (rule.name === 'check_in') return { name: 'check_in', location: remote.test(t) ? 'remote' : 'office' };
  return { name: rule.name } as Intent;
}
