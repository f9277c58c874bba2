/** @jsxImportSource jsx-slack */
import { Modal, Section } from 'jsx-slack';
import { adminText } from '@/slack/i18n/admin';
import { ids } from '@/slack/ids';

/** Shown instead of an admin modal to someone who is not (or no longer) an admin. */
export function AdminDeniedModal({ locale }: { locale: string }) {
  const t = adminText.for(locale);
  return (
    <Modal title={t('denied_title')} close={t('close')} callbackId={ids.admin.deniedModal}>
      <Section>:no_entry: {t('denied_body')}</Section>
    </Modal>
  );
}
