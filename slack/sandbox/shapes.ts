import type { ThreadStats } from '@/db/queries/sandbox';
import type {
  SandboxChannel,
  SandboxFile,
  SandboxMessage,
  SandboxUser,
  SandboxView,
  SandboxWorkspace,
} from '@/db/schema';

/** Turns stored rows into the JSON shapes Slack's Web API returns. */

type Json = Record<string, unknown>;

function zoneParts(tz: string, at: Date): { label: string; offset: number } {
  try {
    const label =
      new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'long' })
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')?.value ?? tz;
    const local = new Date(at.toLocaleString('en-US', { timeZone: tz }));
    const utc = new Date(at.toLocaleString('en-US', { timeZone: 'UTC' }));
    return { label, offset: Math.round((local.getTime() - utc.getTime()) / 1000) };
  } catch {
    return { label: tz, offset: 0 };
  }
}

export function avatarUrl(origin: string, user: Pick<SandboxUser, 'id'>): string {
  return `${origin}/api/sandbox/avatar/${user.id}`;
}

export function userObject(
  user: SandboxUser,
  ws: SandboxWorkspace,
  origin: string,
  withLocale: boolean,
): Json {
  const { label, offset } = zoneParts(user.tz, new Date());
  const image = avatarUrl(origin, user);
  return {
    id: user.id,
    team_id: user.teamId,
    name: user.name,
    deleted: false,
    color: user.color.replace('#', ''),
    real_name: user.realName,
    tz: user.tz,
    tz_label: label,
    tz_offset: offset,
    profile: {
      title: user.title,
      real_name: user.realName,
      real_name_normalized: user.realName,
      display_name: user.displayName,
      display_name_normalized: user.displayName,
      status_text: '',
      status_emoji: '',
      image_24: image,
      image_48: image,
      image_72: image,
      image_192: image,
      team: ws.teamId,
      ...(user.isBot ? { bot_id: ws.botId, api_app_id: ws.appId, always_active: true } : {}),
    },
    is_admin: user.isAdmin,
    is_owner: user.isOwner,
    is_primary_owner: user.isOwner,
    is_restricted: false,
    is_ultra_restricted: false,
    is_bot: user.isBot,
    is_app_user: false,
    updated: Math.floor(Date.now() / 1000),
    ...(withLocale ? { locale: user.locale } : {}),
  };
}

export function channelObject(channel: SandboxChannel, viewer: string): Json {
  const created = Math.floor(channel.createdAt.getTime() / 1000);
  const base: Json = {
    id: channel.id,
    created,
    is_archived: false,
    is_org_shared: false,
    context_team_id: channel.teamId,
    updated: created * 1000,
  };
  if (channel.kind === 'im') {
    return { ...base, is_im: true, user: channel.userId, is_user_deleted: false, priority: 0, is_open: true };
  }
  return {
    ...base,
    name: channel.name,
    name_normalized: channel.name,
    is_channel: channel.kind === 'channel',
    is_group: channel.kind === 'private',
    is_im: false,
    is_mpim: channel.kind === 'mpim',
    is_private: channel.kind !== 'channel',
    is_general: channel.name === 'general',
    is_shared: false,
    is_ext_shared: false,
    is_member: channel.members.includes(viewer),
    creator: channel.members[0] ?? '',
    topic: { value: channel.topic, creator: '', last_set: 0 },
    purpose: { value: channel.topic, creator: '', last_set: 0 },
    num_members: channel.members.length,
  };
}

export function fileUrls(origin: string, file: Pick<SandboxFile, 'id' | 'name'>) {
  const base = `${origin}/api/sandbox/files/${file.id}/${encodeURIComponent(file.name)}`;
  return { url_private: base, url_private_download: `${base}?download=1` };
}

const prettyTypes: Record<string, string> = {
  png: 'PNG',
  jpg: 'JPEG',
  jpeg: 'JPEG',
  gif: 'GIF',
  webp: 'WebP',
  pdf: 'PDF',
  txt: 'Plain Text',
};

export function fileObject(
  file: SandboxFile,
  ws: SandboxWorkspace,
  origin: string,
  dims?: { w: number; h: number },
): Json {
  const created = Math.floor(file.createdAt.getTime() / 1000);
  const ext = (file.name.split('.').pop() ?? '').toLowerCase();
  const urls = fileUrls(origin, file);
  const isImage = file.mimetype.startsWith('image/');
  return {
    id: file.id,
    created,
    timestamp: created,
    name: file.name,
    title: file.title || file.name,
    mimetype: file.mimetype,
    filetype: ext || 'binary',
    pretty_type: prettyTypes[ext] ?? ext.toUpperCase(),
    user: file.userId,
    user_team: ws.teamId,
    editable: false,
    size: file.size,
    mode: 'hosted',
    is_external: false,
    external_type: '',
    is_public: file.channels.length > 0,
    public_url_shared: false,
    display_as_bot: false,
    username: '',
    ...urls,
    ...(isImage ? { thumb_360: urls.url_private, thumb_480: urls.url_private } : {}),
    ...(dims ? { original_w: dims.w, original_h: dims.h } : {}),
    permalink: `https://${ws.domain}.slack.com/files/${file.userId}/${file.id}/${encodeURIComponent(file.name)}`,
    channels: file.channels,
    groups: [],
    ims: [],
    has_rich_preview: false,
    file_access: 'visible',
  };
}

export function messageObject(
  m: SandboxMessage,
  ws: SandboxWorkspace,
  extras: { thread?: ThreadStats; files?: Json[] } = {},
): Json {
  const fromBot = m.botId !== null;
  const out: Json = {
    type: 'message',
    ...(m.subtype ? { subtype: m.subtype } : {}),
    user: m.userId,
    text: m.text,
    ts: m.ts,
    team: ws.teamId,
  };
  if (fromBot) {
    out.bot_id = m.botId;
    out.app_id = ws.appId;
    out.bot_profile = {
      id: ws.botId,
      app_id: ws.appId,
      name: 'Homeroom',
      team_id: ws.teamId,
      deleted: false,
    };
  }
  if (m.blocks) out.blocks = m.blocks;
  if (extras.files) {
    out.files = extras.files;
    out.upload = m.subtype === 'file_share';
  }
  if (m.threadTs) out.thread_ts = m.threadTs;
  if (extras.thread) {
    out.thread_ts = m.ts;
    out.reply_count = extras.thread.replyCount;
    out.reply_users_count = extras.thread.replyUsers.length;
    out.reply_users = extras.thread.replyUsers;
    out.latest_reply = extras.thread.latestReply;
  }
  if (m.editedTs) out.edited = { user: m.userId, ts: m.editedTs };
  if (m.reactions.length > 0) {
    out.reactions = m.reactions.map((r) => ({ name: r.name, users: r.users, count: r.users.length }));
  }
  return JSON.parse(JSON.stringify(out)) as Json;
}

/** A view as the Web API returns it and payloads echo it (state is added by the payload builder). */
export function viewObject(v: SandboxView, ws: SandboxWorkspace): Json {
  const src = v.view;
  const out: Json = {
    id: v.id,
    team_id: ws.teamId,
    type: v.type,
    blocks: Array.isArray(src.blocks) ? src.blocks : [],
    private_metadata: typeof src.private_metadata === 'string' ? src.private_metadata : '',
    callback_id: typeof src.callback_id === 'string' ? src.callback_id : '',
    state: { values: {} },
    hash: v.hash,
    clear_on_close: src.clear_on_close === true,
    notify_on_close: src.notify_on_close === true,
    root_view_id: v.type === 'modal' ? (v.rootViewId ?? v.id) : v.id,
    previous_view_id: v.previousViewId,
    app_id: ws.appId,
    external_id: typeof src.external_id === 'string' ? src.external_id : '',
    app_installed_team_id: ws.teamId,
    bot_id: ws.botId,
  };
  if (v.type === 'modal') {
    out.title = src.title ?? null;
    out.close = src.close ?? null;
    out.submit = src.submit ?? null;
  } else {
    out.title = src.title ?? { type: 'plain_text', text: 'View Title' };
    out.close = null;
    out.submit = null;
  }
  return out;
}
