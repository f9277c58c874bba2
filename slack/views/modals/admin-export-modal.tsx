/** @jsxImportSource jsx-slack */
import { DatePicker, Modal, Section } from 'jsx-slack';
import { adminText } from '@/slack/i18n/admin';
import { ids } from '@/slack/ids';

/** Longest range one export covers. */
export const EXPORT_MAX_DAYS = 366;

export interface AdminExportModalProps {
  locale: string;
  /** The admin's zone; the dates are local calendar days in it. */
  timeZone: string;
  /** Initial range, `YYYY-MM-DD`, inclusive. */
  from: string;
  to: string;
}

/** Pick a date range for the CSV export; the link comes by DM. Title ≤ 24 chars. */
export function AdminExportModal({ locale, timeZone, from, to }: AdminExportModalProps) {
  const t = adminText.for(locale);
  return (
    <Modal
      title={t('export_title')}
      submit={t('export_submit')}
      close={t('cancel')}
      callbackId={ids.admin.exportModal}
      privateMetadata={timeZone}
    >
      <Section>{t('export_intro', { zone: timeZone })}</Section>
      <DatePicker
        label={t('export_from')}
        blockId={ids.admin.exportFromBlock}
        actionId={ids.admin.exportFromInput}
        initialDate={from}
        required
      />
      <DatePicker
        label={t('export_to')}
        blockId={ids.admin.exportToBlock}
        actionId={ids.admin.exportToInput}
        initialDate={to}
        required
      />
    </Modal>
  );
}
