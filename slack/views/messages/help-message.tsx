/** @jsxImportSource jsx-slack */
import { Blocks, Context, Section } from 'jsx-slack';
import { attendanceText } from '@/slack/i18n/attendance';
import { SLOT, slotted } from '@/slack/views/parts/format';

export interface HelpMessageProps {
  /** What the user typed that was not understood, if anything (≤ 200 chars shown). */
  unknown?: string | null;
  /** The member's Slack locale (BCP 47), for the message's language; English when absent. */
  locale?: string;
}

/** How to use Homeroom: the slash command's sub-commands and the Home tab. */
export function HelpMessage({ unknown, locale = 'en-US' }: HelpMessageProps) {
  const t = attendanceText.for(locale);
  const [before, after] = slotted(t('help_unknown', { text: SLOT }));
  return (
    <Blocks>
      {unknown ? (
        <Section>
          {before}
          <code>{unknown.slice(0, 200)}</code>
          {after}
        </Section>
      ) : null}
      <Section>
        {t('help_intro')}
        <br />
        {t('help_in')}
        <br />
        {t('help_out')}
        <br />
        {t('help_status')}
        <br />
        {t('help_request')}
        <br />
        {t('help_help')}
      </Section>
      <Context>{t('help_footer')}</Context>
    </Blocks>
  );
}
