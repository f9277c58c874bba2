/** @jsxImportSource jsx-slack */
import { Actions, Button, Context, Fragment, Mrkdwn, Section } from 'jsx-slack';
import { requestText } from '@/slack/i18n/requests';
import { ids } from '@/slack/ids';
import {
  kindEmoji,
  kindLabel,
  mention,
  requestSummary,
  slackDate,
  type ViewRequest,
} from '@/slack/views/parts/request-format';

export interface PendingApprovalsProps {
  locale: string;
  /** The oldest pending requests the viewer may decide (two blocks each: keep it near 10). */
  pending: ViewRequest[];
  /** All pending requests the viewer may decide, for "and N more". */
  total: number;
}

/** Home, for approvers and admins: what waits for a decision, with Approve and Reject. */
export function PendingApprovals({ locale, pending, total }: PendingApprovalsProps) {
  const t = requestText.for(locale);
  return (
    <Fragment>
      <Section blockId={ids.requests.pendingBlock}>
        <b>{t('pending_title')}</b> · {total}
      </Section>
      {pending.length === 0 ? <Context>{t('pending_empty')}</Context> : null}
      {pending.map((r) => (
        <Fragment>
          <Section>
            <Mrkdwn raw verbatim>
              {`${kindEmoji[r.kind]} *${kindLabel(t, r.kind)}* ${t('from_user', { user: mention(r.requester.userId) })} · ${slackDate(r.createdAt)}\n${requestSummary(t, locale, r)}`}
            </Mrkdwn>
          </Section>
          <Actions>
            <Button actionId={ids.requests.approve} value={String(r.id)} style="primary">
              {t('approve_button')}
            </Button>
            <Button actionId={ids.requests.reject} value={String(r.id)} style="danger">
              {t('reject_button')}
            </Button>
          </Actions>
        </Fragment>
      ))}
      {total > pending.length ? (
        <Context>{t('pending_more', { count: total - pending.length })}</Context>
      ) : null}
    </Fragment>
  );
}
