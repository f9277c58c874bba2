/** @jsxImportSource jsx-slack */
import { Actions, Button, Divider, Fragment, Section } from 'jsx-slack';
import { adminText } from '@/slack/i18n/admin';
import { ids } from '@/slack/ids';
import type { ViewMember } from '@/slack/views/parts/types';

/** The admin's part of Home: buttons that open the members and export modals. */
export function AdminTools({ member }: { member: ViewMember }) {
  const t = adminText.for(member.locale);
  return (
    <Fragment>
      <Divider />
      <Section>
        <b>{t('tools_title')}</b>
        <br />
        {t('tools_hint')}
      </Section>
      <Actions blockId={ids.admin.toolsBlock}>
        <Button actionId={ids.admin.openMembers} value="members">
          {t('open_members')}
        </Button>
        <Button actionId={ids.admin.openExport} value="export">
          {t('open_export')}
        </Button>
      </Actions>
    </Fragment>
  );
}
