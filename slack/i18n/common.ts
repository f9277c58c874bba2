import { defineMessages } from '@/slack/i18n';

/** Words several features share: greetings, places, durations. */
export const commonText = defineMessages(
  {
    greeting_late: 'Working late',
    greeting_morning: 'Good morning',
    greeting_afternoon: 'Good afternoon',
    greeting_evening: 'Good evening',
    location_office: 'Office',
    location_remote: 'Remote',
    duration_minutes: '{minutes} m',
    duration_hours: '{hours} h {minutes} m',
    days: '{count, plural, one {# day} other {# days}}',
  },
  {
    ko: {
      greeting_late: '늦게까지 수고가 많아요',
      greeting_morning: '좋은 아침이에요',
      greeting_afternoon: '좋은 오후예요',
      greeting_evening: '좋은 저녁이에요',
      location_office: '사무실',
      location_remote: '재택',
      duration_minutes: '{minutes}분',
      duration_hours: '{hours}시간 {minutes}분',
      days: '{count}일',
    },
    ja: {
      greeting_late: '遅くまでお疲れさまです',
      greeting_morning: 'おはようございます',
      greeting_afternoon: 'こんにちは',
      greeting_evening: 'こんばんは',
      location_office: 'オフィス',
      location_remote: 'リモート',
      duration_minutes: '{minutes}分',
      duration_hours: '{hours}時間{minutes}分',
      days: '{count}日',
    },
  },
);
