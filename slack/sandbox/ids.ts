import crypto from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A Slack-looking id: prefix + 10 upper-case letters and digits (V…, F…, C…). */
export function slackId(prefix: string, length = 10): string {
  const bytes = crypto.randomBytes(length);
  let out = prefix;
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

interface TsGlobal {
  __homeroomSandboxLastTs?: number;
}
const store = globalThis as TsGlobal;

/** A message ts (`seconds.micros`), strictly increasing within the process so two never collide. */
export function messageTs(ms = Date.now()): string {
  let micros = ms * 1000;
  const last = store.__homeroomSandboxLastTs ?? 0;
  if (micros <= last) micros = last + 1;
  store.__homeroomSandboxLastTs = micros;
  const seconds = Math.floor(micros / 1_000_000);
  return `${seconds}.${String(micros % 1_000_000).padStart(6, '0')}`;
}

/** Shaped like Slack's trigger ids: `seconds.digits.hex`. */
export function triggerId(now = Date.now()): string {
  return `${Math.floor(now / 1000)}.${crypto.randomInt(1e9, 1e10)}.${crypto.randomBytes(16).toString('hex')}`;
}

/** A view hash like Slack's `seconds.random`. */
export function viewHash(now = Date.now()): string {
  return `${Math.floor(now / 1000)}.${crypto.randomBytes(4).toString('hex')}`;
}
