/** @jsxImportSource jsx-slack */
import { Modal, Mrkdwn, Section, Textarea } from 'jsx-slack';
import { requestText } from '@/slack/i18n/requests';
import { ids } from '@/slack/ids';
import { REJECT_REASON_MAX } from '@/slack/submissions/request';
import { mention, requestSummary, type ViewRequest } from '@/slack/views/parts/request-format';

export interface RejectModalProps {
  /** The approver's locale. */
  locale: string;
  /** The request being rejected; null while it is being looked up. */
  request: ViewRequest | null;
  /** The request id, so the submission knows what to reject (private_metadata). */
  requestId: number;
}

/** Asks the approver why, before rejecting. Title, submit and close ≤ 24 chars. */
export function RejectModal({ locale, request, requestId }: RejectModalProps) {
  const t = requestText.for(locale);
  return (
    <Modal
      title={t('reject_title')}
      submit={t('reject_submit')}
      close={t('modal_close')}
      callbackId={ids.requests.rejectModal}
      privateMetadata={String(requestId)}
    >
      {request ? (
        <Section>
          <Mrkdwn raw verbatim>
            {t('reject_intro', {
              kind: t('kind_noun', { kind: request.kind }),
              user: mention(request.requester.userId),
              summary: requestSummary(t, locale, request),
            })}
          </Mrkdwn>
        </Section>
      ) : null}
      <Textarea
        label={t('reject_reason_label')}
        blockId={ids.requests.rejectReasonBlock}
        actionId={ids.requests.rejectReasonInput}
        hint={t('reject_reason_hint')}
        maxLength={REJECT_REASON_MAX}
        required
      />
    </Modal>
  );
}
