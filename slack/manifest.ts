const EVENTS_PATH = '/api/slack/events';

interface Manifest {
  features: { slash_commands?: { url?: string }[] };
  settings: {
    event_subscriptions?: { request_url?: string };
    interactivity?: { request_url?: string };
    socket_mode_enabled?: boolean;
  };
}

/**
 * Points every request URL of a manifest at one public base URL, or (no URL) switches it to
 * Socket Mode, where Slack needs no URL at all.
 */
export function withRequestUrl<T extends Manifest>(manifest: T, baseUrl: string | undefined): T {
  const copy = structuredClone(manifest);
  if (baseUrl === undefined) {
    copy.settings.socket_mode_enabled = true;
    delete copy.settings.event_subscriptions?.request_url;
    delete copy.settings.interactivity?.request_url;
    for (const c of copy.features.slash_commands ?? []) delete c.url;
    return copy;
  }
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`"${baseUrl}" is not a URL; give the public https:// address of your deployment.`);
  }
  if (url.protocol !== 'https:') throw new Error('Slack only calls https:// request URLs.');
  const requestUrl = `${url.origin}${EVENTS_PATH}`;
  copy.settings.socket_mode_enabled = false;
  if (copy.settings.event_subscriptions) copy.settings.event_subscriptions.request_url = requestUrl;
  if (copy.settings.interactivity) copy.settings.interactivity.request_url = requestUrl;
  for (const c of copy.features.slash_commands ?? []) c.url = requestUrl;
  return copy;
}
