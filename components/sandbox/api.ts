import type { SandboxAction, SandboxActionResult, SandboxLogJson, SandboxSnapshot } from './types';

/** The client's only way to the server: plain JSON over the sandbox API routes. */

export async function fetchSnapshot(query: {
  user: string;
  channel?: string;
  thread?: string;
}): Promise<SandboxSnapshot> {
  const params = new URLSearchParams({ user: query.user });
  if (query.channel) params.set('channel', query.channel);
  if (query.thread) params.set('thread', query.thread);
  const res = await fetch(`/api/sandbox/state?${params}`, { cache: 'no-store' });
  if (!res.ok) throw new Error(`The sandbox answered ${res.status}.`);
  return (await res.json()) as SandboxSnapshot;
}

export async function fetchLog(): Promise<SandboxLogJson[]> {
  const res = await fetch('/api/sandbox/log', { cache: 'no-store' });
  if (!res.ok) throw new Error(`The sandbox answered ${res.status}.`);
  return (await res.json()) as SandboxLogJson[];
}

export async function postAction(action: SandboxAction): Promise<SandboxActionResult> {
  try {
    const res = await fetch('/api/sandbox/action', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(action),
    });
    return (await res.json()) as SandboxActionResult;
  } catch (error) {
    return { ok: false, error: `Could not reach the sandbox: ${(error as Error).message}` };
  }
}

export async function shareFile(input: {
  user: string;
  channel: string;
  threadTs?: string;
  text: string;
  file: File;
}): Promise<SandboxActionResult> {
  const form = new FormData();
  form.set('user', input.user);
  form.set('channel', input.channel);
  if (input.threadTs) form.set('threadTs', input.threadTs);
  form.set('text', input.text);
  form.set('file', input.file, input.file.name);
  try {
    const res = await fetch('/api/sandbox/share', { method: 'POST', body: form });
    return (await res.json()) as SandboxActionResult;
  } catch (error) {
    return { ok: false, error: `Could not reach the sandbox: ${(error as Error).message}` };
  }
}
