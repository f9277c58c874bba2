import type { Json, RenderContext } from '../types';
import { str } from './json';

/** Server-side names for the ids an entity select starts with (the client has no resolver). */
export function entityNames(element: Json, ctx: RenderContext): Record<string, string> {
  const type = str(element.type) ?? '';
  const kind = type.includes('users') ? 'user' : 'channel';
  const ids = [
    element.initial_user,
    element.initial_conversation,
    element.initial_channel,
    ...(Array.isArray(element.initial_users) ? element.initial_users : []),
    ...(Array.isArray(element.initial_conversations) ? element.initial_conversations : []),
    ...(Array.isArray(element.initial_channels) ? element.initial_channels : []),
  ].filter((id): id is string => typeof id === 'string');
  const names: Record<string, string> = {};
  for (const id of ids) {
    const name = kind === 'user' ? ctx.resolver?.user?.(id) : ctx.resolver?.channel?.(id);
    names[id] = kind === 'user' ? `@${name ?? id}` : `#${name ?? id}`;
  }
  return names;
}
