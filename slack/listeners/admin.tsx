/** @jsxImportSource jsx-slack */
import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  UsersSelectAction,
  ViewSubmitAction,
} from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { getDb } from '@/db/client';
import { isValidTimeZone, localDate } from '@/db/local-time';
import { countOtherAdmins, updateMemberSettings } from '@/db/queries/admin';
import { effectiveRole, findMember, memberName, upsertMemberProfile } from '@/db/queries/members';
import type { Member } from '@/db/schema';
import { EXPORT_TTL_MS, signExportToken } from '@/slack/admin-export';
import { sendDirectMessage } from '@/slack/direct-message';
import type { SlackEnv } from '@/slack/env';
import { publishHome } from '@/slack/home';
import { adminText } from '@/slack/i18n/admin';
import { ids } from '@/slack/ids';
import { type MemberContext, memberContext } from '@/slack/middleware';
import {
  type AdminStateValues,
  parseExportSubmission,
  parseMemberSettingsSubmission,
} from '@/slack/submissions/admin';
import { ExportLinkMessage } from '@/slack/views/messages/admin-messages';
import { AdminDeniedModal } from '@/slack/views/modals/admin-denied-modal';
import { AdminExportModal } from '@/slack/views/modals/admin-export-modal';
import {
  type AdminMemberSubject,
  AdminMembersModal,
  subjectBlockId,
} from '@/slack/views/modals/admin-members-modal';
import { blocks, modalView } from '@/slack/views/render';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;
type PickArgs = SlackActionMiddlewareArgs<BlockAction<UsersSelectAction>> & AllMiddlewareArgs;
type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export type AdminConfig = Pick<SlackEnv, 'admins' | 'signingSecret' | 'publicUrl'>;

/** The acting admin, or undefined for anyone else (the check every admin listener repeats on the server). */
function adminOf(context: AllMiddlewareArgs['context']): MemberContext | undefined {
  const ctx = memberContext(context);
  return ctx?.role === 'admin' ? ctx : undefined;
}

/** True when the server configuration (not the stored role) makes this member an admin. */
function isConfiguredAdmin(member: Member, admins: readonly string[]): boolean {
  return effectiveRole({ ...member, role: 'member' }, admins) === 'admin';
}

/**
 * The member behind a Slack user id, created from users.info when they never used Homeroom, so an
 * admin can set someone's role before their first visit. Undefined for bots and unknown users.
 */
async function memberFor(client: WebClient, teamId: string, userId: string): Promise<Member | undefined> {
  const db = await getDb();
  const known = await findMember(db, teamId, userId);
  if (known) return known;
  const res = await client.users.info({ user: userId, include_locale: true }).catch(() => undefined);
  const u = res?.user;
  if (!u || u.is_bot || u.deleted || userId === 'USLACKBOT') return undefined;
  return upsertMemberProfile(db, {
    teamId,
    userId,
    displayName: u.profile?.display_name || '',
    realName: u.profile?.real_name || u.real_name || u.name || '',
    timeZone: u.tz && isValidTimeZone(u.tz) ? u.tz : 'UTC',
    locale: u.locale || 'en-US',
    isWorkspaceAdmin: Boolean(u.is_admin || u.is_owner || u.is_primary_owner),
  });
}

function subjectOf(member: Member, admins: readonly string[]): AdminMemberSubject {
  return {
    userId: member.userId,
    name: memberName(member),
    role: member.role,
    effectiveRole: effectiveRole(member, admins),
    configuredAdmin: isConfiguredAdmin(member, admins),
    allowanceDays: Number(member.leaveAllowanceDays),
  };
}

export async function openMembersModalCallback(args: ButtonArgs) {
  await args.ack();
  const ctx = memberContext(args.context);
  if (!ctx) return;
  const view =
    ctx.role === 'admin' ? (
      <AdminMembersModal locale={ctx.member.locale} subject={null} />
    ) : (
      <AdminDeniedModal locale={ctx.member.locale} />
    );
  await args.client.views.open({ trigger_id: args.body.trigger_id, view: modalView(view) });
}

/** Picking a member shows their current role and allowance (views.update). */
export function memberPickedCallback(config: AdminConfig) {
  return async (args: PickArgs) => {
    await args.ack();
    const ctx = memberContext(args.context);
    const view = args.body.view;
    if (!ctx || !view) return;
    if (ctx.role !== 'admin') {
      await args.client.views.update({
        view_id: view.id,
        view: modalView(<AdminDeniedModal locale={ctx.member.locale} />),
      });
      return;
    }
    const userId = args.action.selected_user;
    const subject = userId ? await memberFor(args.client, ctx.teamId, userId) : undefined;
    await args.client.views.update({
      view_id: view.id,
      hash: view.hash,
      view: modalView(
        <AdminMembersModal
          locale={ctx.member.locale}
          subject={subject ? subjectOf(subject, config.admins) : null}
        />,
      ),
    });
  };
}

export function membersModalCallback(config: AdminConfig) {
  return async (args: SubmitArgs) => {
    const ctx = memberContext(args.context);
    const locale = ctx?.member.locale;
    const t = adminText.for(locale);
    const parsed = parseMemberSettingsSubmission(
      args.view.state.values as AdminStateValues,
      locale ?? 'en-US',
    );
    if (!parsed.ok) {
      await args.ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    const input = parsed.value;
    const fail = (message: string, block: string = ids.admin.memberBlock) =>
      args.ack({ response_action: 'errors', errors: { [block]: message } });
    const admin = adminOf(args.context);
    if (!ctx || !admin) {
      args.logger.warn(`refused a member change by non-admin ${ctx?.member.userId ?? 'unknown'}`);
      await fail(t('error_not_admin'));
      return;
    }
    const subject = await memberFor(args.client, admin.teamId, input.userId);
    if (!subject) {
      await fail(t('error_bot'));
      return;
    }
    const db = await getDb();
    const configured = isConfiguredAdmin(subject, config.admins);
    const roleBlock = subjectBlockId(ids.admin.roleBlock, subject.userId);
    if (configured && input.role !== 'admin') {
      await fail(t('error_configured_admin'), roleBlock);
      return;
    }
    const wasAdmin = effectiveRole(subject, config.admins) === 'admin';
    if (wasAdmin && input.role !== 'admin') {
      const others = await countOtherAdmins(db, admin.teamId, subject.id, config.admins);
      if (others === 0) {
        await fail(t('error_last_admin'), roleBlock);
        return;
      }
    }
    await args.ack();
    const result = await updateMemberSettings(db, {
      teamId: admin.teamId,
      memberId: subject.id,
      actorId: admin.member.id,
      // A configured admin's stored role would change nothing: leave it as it is.
      role: configured ? undefined : input.role,
      allowanceDays: input.allowanceDays,
      note: input.note,
    });
    if (result.status !== 'saved') return;
    const updated = result.member;
    const updatedRole = effectiveRole(updated, config.admins);
    const values = { name: memberName(updated), days: Number(updated.leaveAllowanceDays) };
    args.logger.info(
      `member ${updated.userId} changed by ${admin.member.userId}: ${result.changed.join(', ') || 'nothing'}`,
    );
    const notice =
      result.changed.length === 0
        ? t('unchanged', values)
        : t('saved', { ...values, role: t(`role_${updatedRole}`) });
    const now = new Date();
    if (updated.id === admin.member.id) {
      await publishHome(args.client, db, updated, updatedRole, { now, notice });
      return;
    }
    await publishHome(args.client, db, admin.member, admin.role, { now, notice });
    if (result.changed.length > 0) {
      const theirs = adminText.for(updated.locale);
      await publishHome(args.client, db, updated, updatedRole, {
        now,
        notice: theirs('changed_yours', { role: theirs(`role_${updatedRole}`), days: values.days }),
      });
    }
  };
}

/** The first and last day of the month containing today, in the admin's zone. */
function thisMonth(now: Date, timeZone: string): { from: string; to: string } {
  const today = localDate(now, timeZone);
  const [y, m] = today.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const month = String(m).padStart(2, '0');
  return { from: `${y}-${month}-01`, to: `${y}-${month}-${String(last).padStart(2, '0')}` };
}

export async function openExportModalCallback(args: ButtonArgs) {
  await args.ack();
  const ctx = memberContext(args.context);
  if (!ctx) return;
  const { locale, timeZone } = ctx.member;
  const view =
    ctx.role === 'admin' ? (
      <AdminExportModal locale={locale} timeZone={timeZone} {...thisMonth(new Date(), timeZone)} />
    ) : (
      <AdminDeniedModal locale={locale} />
    );
  await args.client.views.open({ trigger_id: args.body.trigger_id, view: modalView(view) });
}

/** Signs a link for the range and DMs it; the CSV itself is built when the link is opened. */
export function exportModalCallback(config: AdminConfig) {
  return async (args: SubmitArgs) => {
    const ctx = memberContext(args.context);
    const t = adminText.for(ctx?.member.locale);
    const parsed = parseExportSubmission(
      args.view.state.values as AdminStateValues,
      ctx?.member.locale ?? 'en-US',
    );
    if (!parsed.ok) {
      await args.ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    const admin = adminOf(args.context);
    if (!admin) {
      args.logger.warn(`refused an export by non-admin ${ctx?.member.userId ?? 'unknown'}`);
      await args.ack({
        response_action: 'errors',
        errors: { [ids.admin.exportFromBlock]: t('error_not_admin') },
      });
      return;
    }
    await args.ack();
    const { member } = admin;
    const expiresAt = Date.now() + EXPORT_TTL_MS;
    const token = signExportToken(
      { teamId: admin.teamId, userId: member.userId, ...parsed.value, zone: member.timeZone, expiresAt },
      config.signingSecret,
    );
    const url = `${config.publicUrl}/api/export/${token}`;
    await sendDirectMessage(
      args.client,
      member.userId,
      t('export_ready'),
      blocks(
        <ExportLinkMessage
          locale={member.locale}
          timeZone={member.timeZone}
          url={url}
          {...parsed.value}
          expiresAt={new Date(expiresAt).toISOString()}
        />,
      ),
    );
    args.logger.info(`export link for ${parsed.value.from}..${parsed.value.to} sent to ${member.userId}`);
  };
}

export function register(app: App, config: AdminConfig): void {
  app.action<BlockButtonAction>(ids.admin.openMembers, openMembersModalCallback);
  app.action<BlockAction<UsersSelectAction>>(ids.admin.memberSelect, memberPickedCallback(config));
  app.view<ViewSubmitAction>(ids.admin.membersModal, membersModalCallback(config));
  app.action<BlockButtonAction>(ids.admin.openExport, openExportModalCallback);
  app.view<ViewSubmitAction>(ids.admin.exportModal, exportModalCallback(config));
}
