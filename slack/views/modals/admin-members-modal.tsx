/** @jsxImportSource jsx-slack */
import { Context, Escape, Input, Modal, Option, Section, Select, Textarea, UsersSelect } from 'jsx-slack';
import { adminText } from '@/slack/i18n/admin';
import { ids } from '@/slack/ids';
import type { Role } from '@/slack/views/parts/types';

export const ADMIN_NOTE_MAX_LENGTH = 500;
export const ALLOWANCE_MAX_DAYS = 365;

/**
 * Slack keeps what was typed into an input whose block_id and action_id stay the same across
 * views.update. The role and allowance blocks carry the picked member's id, so picking another
 * member shows that member's values instead of the previous member's.
 */
export function subjectBlockId(base: string, userId: string): string {
  return `${base}_${userId}`;
}

export interface AdminMemberSubject {
  userId: string;
  name: string;
  /** The role stored in Homeroom. */
  role: Role;
  /** What counts, HOMEROOM_ADMINS and Slack's admins included. */
  effectiveRole: Role;
  /** True when the server configuration makes them an admin whatever the stored role. */
  configuredAdmin: boolean;
  allowanceDays: number;
}

export interface AdminMembersModalProps {
  /** The admin's Slack locale. */
  locale: string;
  /** The picked member with their current values; null until someone is picked. */
  subject: AdminMemberSubject | null;
}

/** Set a member's role and yearly allowance. Title ≤ 24 chars; the picker dispatches block_actions. */
export function AdminMembersModal({ locale, subject }: AdminMembersModalProps) {
  const t = adminText.for(locale);
  const roleLabel = (r: Role) => t(`role_${r}`);
  return (
    <Modal
      title={t('members_title')}
      submit={t('members_submit')}
      close={t('cancel')}
      callbackId={ids.admin.membersModal}
    >
      <UsersSelect
        label={t('member_label')}
        blockId={ids.admin.memberBlock}
        actionId={ids.admin.memberSelect}
        placeholder={t('member_placeholder')}
        hint={t('member_hint')}
        initialUser={subject?.userId}
        dispatchAction
        required
      />
      {subject ? (
        <Context>
          {t('current', { role: roleLabel(subject.effectiveRole), days: subject.allowanceDays })}
        </Context>
      ) : (
        <Section>{t('pick_first')}</Section>
      )}
      {subject?.configuredAdmin ? (
        <Section>
          <Escape>{t('configured_admin', { name: subject.name })}</Escape>
        </Section>
      ) : null}
      {subject ? (
        <Select
          label={t('role_label')}
          blockId={subjectBlockId(ids.admin.roleBlock, subject.userId)}
          actionId={ids.admin.roleSelect}
          hint={t('role_hint')}
          value={subject.configuredAdmin ? 'admin' : subject.role}
          required
        >
          <Option value="member">{roleLabel('member')}</Option>
          <Option value="approver">{roleLabel('approver')}</Option>
          <Option value="admin">{roleLabel('admin')}</Option>
        </Select>
      ) : null}
      {subject ? (
        <Input
          type="number"
          decimal
          min={0}
          max={ALLOWANCE_MAX_DAYS}
          label={t('allowance_label')}
          blockId={subjectBlockId(ids.admin.allowanceBlock, subject.userId)}
          actionId={ids.admin.allowanceInput}
          hint={t('allowance_hint')}
          value={String(subject.allowanceDays)}
          required
        />
      ) : null}
      {subject ? (
        <Textarea
          label={t('note_label')}
          blockId={ids.admin.noteBlock}
          actionId={ids.admin.noteInput}
          placeholder={t('note_placeholder')}
          maxLength={ADMIN_NOTE_MAX_LENGTH}
          required={false}
        />
      ) : null}
    </Modal>
  );
}
