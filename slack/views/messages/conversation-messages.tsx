/** @jsxImportSource jsx-slack */
import { Actions, Blocks, Button, Context, Divider, Fragment, Header, Section } from 'jsx-slack';
import { attendanceText } from '@/slack/i18n/attendance';
import { conversationText } from '@/slack/i18n/conversations';
import { ids } from '@/slack/ids';
import { CheckInButtons } from '@/slack/views/parts/check-in-buttons';
import { formatLongDate, formatTime, locationName } from '@/slack/views/parts/format';
import type { ViewPresence } from '@/slack/views/parts/types';

/** Someone away today on approved leave. Never the leave type or reason: channels can read this. */
export interface ViewAway {
  userId: string;
  dayPart: 'full' | 'morning' | 'afternoon';
}

/** People listed per group; the rest are counted ("and 12 more") to stay under Slack's 3,000 chars. */
const LISTED = 40;

function AttendanceButtons({ locale, checkedIn }: { locale: string; checkedIn: boolean }) {
  const t = attendanceText.for(locale);
  return checkedIn ? (
    <Button actionId={ids.attendance.checkOut} value="check_out">
      {t('button_check_out')}
    </Button>
  ) : (
    <CheckInButtons locale={locale} />
  );
}

export interface ConversationHelpMessageProps {
  /** The reader's Slack locale (BCP 47). */
  locale: string;
  /** True when the words were not understood: says so before the list. */
  unknown?: boolean;
  /**
   * Buttons act for whoever clicks and replace the message, so they are offered in a DM only:
   * `null` in a channel, otherwise whether the reader is checked in (Check out vs. Check in).
   */
  checkedIn: boolean | null;
}

/** What to say to Homeroom, with buttons to act at once (DM) or without (channel thread). */
export function ConversationHelpMessage({ locale, unknown, checkedIn }: ConversationHelpMessageProps) {
  const t = conversationText.for(locale);
  return (
    <Blocks>
      <Section>
        {unknown ? t('help_unknown') : t('help_intro')}
        <br />
        {t('help_check_in')}
        <br />
        {t('help_check_out')}
        <br />
        {t('help_status')}
        <br />
        {t('help_leave')}
        <br />
        {t('help_whos_in')}
      </Section>
      {checkedIn === null ? null : (
        <Actions blockId={ids.conversations.replyActions}>
          <AttendanceButtons locale={locale} checkedIn={checkedIn} />
          <Button actionId={ids.requests.newRequest} value="leave">
            {t('button_new_request')}
          </Button>
        </Actions>
      )}
      <Context>{t('help_home')}</Context>
    </Blocks>
  );
}

export interface LeaveReplyMessageProps {
  locale: string;
}

/** The answer to "vacation" / "휴가" / "休暇": a button that opens the request form. */
export function LeaveReplyMessage({ locale }: LeaveReplyMessageProps) {
  const t = conversationText.for(locale);
  return (
    <Blocks>
      <Section>{t('leave_body')}</Section>
      <Actions blockId={ids.conversations.replyActions}>
        <Button actionId={ids.requests.newRequest} style="primary" value="leave">
          {t('button_new_request')}
        </Button>
      </Actions>
    </Blocks>
  );
}

export interface PresenceMessageProps {
  /** Language of the reader (the asker; for the digest, the configured default). */
  locale: string;
  /** Zone the times are shown in: the asker's, or the digest's. */
  timeZone: string;
  /** The moment the list was taken, ISO 8601. */
  now: string;
  /** Checked in now, earliest first. */
  present: ViewPresence[];
  /** Away today on approved leave. */
  away: ViewAway[];
  /** `reply`: a thread answer to "who's in?"; `digest`: the morning channel post. */
  kind: 'reply' | 'digest';
}

function More({ count, locale }: { count: number; locale: string }) {
  return count > 0 ? (
    <Fragment>
      <br />
      {conversationText.for(locale)('presence_more', { count })}
    </Fragment>
  ) : null;
}

/** Who is in now and who is out today, without leave types or reasons (the channel can read it). */
export function PresenceMessage({ locale, timeZone, now, present, away, kind }: PresenceMessageProps) {
  const t = conversationText.for(locale);
  const date = formatLongDate(now, locale, timeZone);
  return (
    <Blocks>
      {kind === 'digest' ? <Header>{t('digest_title', { date })}</Header> : null}
      {kind === 'reply' ? <Section>{t('presence_title', { date })}</Section> : null}
      <Section>
        {t('presence_in', { count: present.length })}
        {present.length === 0 ? (
          <Fragment>
            <br />
            {t('presence_nobody_in')}
          </Fragment>
        ) : (
          present.slice(0, LISTED).map((p) => (
            <Fragment>
              <br />
              {/* jsx-slack drops a plain space before a mention; a no-break space survives. */}•{'\u00a0'}
              <a href={`@${p.userId}`} />
              {'\u00a0'}·{' '}
              {t('presence_line', {
                place: locationName(p.location, locale),
                time: formatTime(p.since, locale, timeZone),
              })}
            </Fragment>
          ))
        )}
        <More count={present.length - LISTED} locale={locale} />
      </Section>
      <Divider />
      <Section>
        {t('presence_out', { count: away.length })}
        {away.length === 0 ? (
          <Fragment>
            <br />
            {t('presence_nobody_out')}
          </Fragment>
        ) : (
          away.slice(0, LISTED).map((a) => (
            <Fragment>
              <br />•{'\u00a0'}
              <a href={`@${a.userId}`} />
              {a.dayPart === 'full'
                ? null
                : `\u00a0(${t(a.dayPart === 'morning' ? 'presence_morning' : 'presence_afternoon')})`}
            </Fragment>
          ))
        )}
        <More count={away.length - LISTED} locale={locale} />
      </Section>
      <Context>{t('presence_times', { timeZone })}</Context>
    </Blocks>
  );
}

export interface MorningReminderMessageProps {
  locale: string;
}

/** The weekday DM to someone who has not checked in by the morning hour. */
export function MorningReminderMessage({ locale }: MorningReminderMessageProps) {
  const t = conversationText.for(locale);
  const a = attendanceText.for(locale);
  return (
    <Blocks>
      <Section>{t('morning_body')}</Section>
      <Actions blockId={ids.conversations.morningActions}>
        <AttendanceButtons locale={locale} checkedIn={false} />
        <Button actionId={ids.attendance.openCheckInModal} value="new">
          {a('button_with_note')}
        </Button>
      </Actions>
      <Context>{t('morning_footer')}</Context>
    </Blocks>
  );
}
