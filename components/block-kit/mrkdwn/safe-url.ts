const allowed = /^(?:https?:\/\/|mailto:|slack:\/\/)/i;

/** Only http(s), mailto and slack links become anchors; anything else (javascript:, data:, …) stays text. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  return allowed.test(trimmed) ? trimmed : undefined;
}
