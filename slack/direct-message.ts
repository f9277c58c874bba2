import type { WebClient } from '@slack/web-api';

/**
 * A DM from the bot to one person, right away: conversations.open gives the channel, then
 * chat.postMessage. Errors are the caller's (fan-out that must skip dead ends uses SlackSender.dm).
 */
export async function sendDirectMessage(client: WebClient, userId: string, text: string, blocks: unknown[]) {
  const opened = await client.conversations.open({ users: userId });
  const channel = opened.channel?.id;
  if (!channel) throw new Error(`conversations.open gave no channel for ${userId}`);
  return client.chat.postMessage({ channel, text, blocks: blocks as never });
}
