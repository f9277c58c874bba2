import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Steps through the /sandbox client the way a person would. Specs for other features reuse these:
 * every step waits for what Slack's client would show next, never for a fixed time.
 */

/** The seeded people: real name → user id. */
export const people = {
  sam: { id: 'U0SAM', name: 'Sam Rivera' },
  minji: { id: 'U0MINJI', name: 'Minji Park' },
  haruto: { id: 'U0HARUTO', name: 'Haruto Sato' },
  olivia: { id: 'U0OLIVIA', name: 'Olivia Bennett' },
  priya: { id: 'U0PRIYA', name: 'Priya Sharma' },
  lucas: { id: 'U0LUCAS', name: 'Lucas Silva' },
} as const;
export type Person = keyof typeof people;

/** Wipes the sandbox workspace and the app's data for it, then seeds it again. */
export async function resetSandbox(page: Page): Promise<void> {
  const res = await page.request.post('/api/sandbox/action', { data: { type: 'reset' } });
  expect(await res.json()).toEqual({ ok: true });
}

/** Opens the client as someone, on Home unless another place ('C0GENERAL', 'D0SAM') is given. */
export async function openSandbox(page: Page, as: Person = 'sam', place = 'home'): Promise<void> {
  await page.goto(`/sandbox?as=${people[as].id}&c=${place}`);
  await expect(page.getByTestId('sandbox')).toHaveAttribute('data-user', people[as].id);
}

export async function switchMember(page: Page, to: Person): Promise<void> {
  await page.getByLabel('Acting as').selectOption(people[to].id);
  await expect(page.getByTestId('sandbox')).toHaveAttribute('data-user', people[to].id);
}

/** On a phone the sidebar is a menu: open it first when it is hidden. */
async function nav(page: Page, testId: string): Promise<void> {
  const item = page.getByTestId(testId);
  if (!(await item.isVisible())) await page.getByRole('button', { name: 'Channels' }).click();
  await item.click();
}

/** Opens the Home tab and waits until the app has published it. */
export async function openHome(page: Page): Promise<Locator> {
  await nav(page, 'nav-home');
  const home = page.getByTestId('home');
  await expect(home.locator('[data-block-kit]')).toBeVisible();
  return home;
}

export async function openChannel(page: Page, name: string): Promise<Locator> {
  await nav(page, `nav-channel-${name}`);
  const conversation = page.getByTestId('conversation');
  await expect(conversation).toHaveAttribute('aria-label', name);
  return conversation;
}

/** The DM with the Homeroom app (its Messages tab). */
export async function openDm(page: Page): Promise<Locator> {
  await nav(page, 'nav-dm-app');
  const conversation = page.getByTestId('conversation');
  await expect(conversation).toHaveAttribute('aria-label', 'Homeroom');
  return conversation;
}

/**
 * Types into the open conversation's composer (or the thread's, with `inThread`), sends, and waits
 * until the message shows (a `/command` is not shown, as in Slack). Returns the message.
 */
export async function sendMessage(page: Page, text: string, options: { inThread?: boolean } = {}) {
  const pane = page.getByTestId(options.inThread ? 'thread' : 'conversation');
  const box = pane.getByRole('textbox');
  await box.fill(text);
  await box.press('Enter');
  await expect(box).toHaveValue('');
  const sent = pane.getByTestId('message').filter({ hasText: text }).last();
  if (!text.startsWith('/')) await expect(sent).toBeVisible();
  return sent;
}

/** Attaches a file to the composer and sends it with an optional comment. */
export async function shareImage(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
  comment = '',
): Promise<void> {
  const pane = page.getByTestId('conversation');
  await pane.getByLabel('Attach an image').setInputFiles(file);
  await expect(pane.getByTestId('attachment')).toContainText(file.name);
  await pane.getByRole('textbox').fill(comment);
  await pane.getByRole('button', { name: 'Send' }).click();
  await expect(pane.getByTestId('attachment')).toHaveCount(0);
}

/** Clicks a Block Kit button by its text, in the given area (default: the whole page). */
export async function clickButton(page: Page, name: string | RegExp, scope?: Locator): Promise<void> {
  await (scope ?? page).getByRole('button', { name }).first().click();
}

/** The open modal's top view. */
export function modal(page: Page): Locator {
  return page.getByTestId('modal').locator('[role="dialog"]:visible');
}

/** Presses the modal's submit button (its label comes from the view's `submit`). */
export async function submitModal(page: Page): Promise<void> {
  await modal(page).locator('footer button[data-style="primary"]').click();
}

export async function closeModal(page: Page): Promise<void> {
  await modal(page).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('modal')).toHaveCount(0);
}

/** Messages in the open conversation (or thread). */
export function messages(page: Page, options: { inThread?: boolean } = {}): Locator {
  return page.getByTestId(options.inThread ? 'thread' : 'conversation').getByTestId('message');
}

/** Opens the event log and waits for an entry (`event:message`, `views.publish` …). */
export async function expectLogEntry(page: Page, name: string): Promise<Locator> {
  const log = page.getByTestId('event-log');
  if (!(await log.isVisible())) await page.getByRole('button', { name: 'Event log' }).click();
  const entry = log.locator('li', { hasText: name }).first();
  await expect(entry).toBeVisible();
  return entry;
}
