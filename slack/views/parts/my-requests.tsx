/** @jsxImportSource jsx-slack */
import { Button, Confirm, Context, Fragment, Mrkdwn, Section } from 'jsx-slack';
import { requestText } from '@/slack/i18n/requests';
import { ids } from '@/slack/ids';
import {
  clip,
  decisionLine,
  esc,
  kindLabel,
  requestSummary,
  statusEmoji,
  statusLabel,
  type ViewRequest,
} from '@/slack/views/parts/request-format';

export interface MyRequestsProps {
  locale: string;
  /** The member's newest requests, newest first (about 10: one block each). */
  requests: ViewRequest[];
}

/** Home: the member's recent requests with their status, Cancel where allowed, and New request. */
export function MyRequests({ locale, requests }: MyRequestsProps) {
  const t = requestText.for(locale);
  return (
    <Fragment>
      <Section blockId={ids.requests.myRequestsBlock}>
        <b>{t('my_requests_title')}</b>
        <Button actionId={ids.requests.newRequest} value="leave" style="primary">
          {t('new_request_button')}
        </Button>
      </Section>
      {requests.length === 0 ? <Context>{t('my_requests_empty')}</Context> : null}
      {requests.map((r) => {
        const decided = decisionLine(t, r);
        const lines = [
          `${statusEmoji[r.status]} *${kindLabel(t, r.kind)}* · ${requestSummary(t, locale, r)}`,
          // Who decided, when, and why; a pending request just says so.
          [decided ?? statusLabel(t, r.status), r.decisionNote ? `“${esc(clip(r.decisionNote, 300))}”` : null]
            .filter(Boolean)
            .join(' · '),
        ];
        return (
          <Section>
            <Mrkdwn raw verbatim>
              {lines.join('\n')}
            </Mrkdwn>
            {r.cancellable ? (
              <Button
                actionId={ids.requests.cancel}
                value={String(r.id)}
                confirm={
                  <Confirm
                    title={t('cancel_confirm_title')}
                    confirm={t('cancel_confirm_yes')}
                    deny={t('cancel_confirm_no')}
                    style="danger"
                  >
                    {r.kind === 'leave' ? t('cancel_confirm_leave_text') : t('cancel_confirm_text')}
                  </Confirm>
                }
              >
                {t('cancel_button')}
              </Button>
            ) : null}
          </Section>
        );
      })}
    </Fragment>
  );
}
