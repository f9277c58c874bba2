import path from 'node:path';
import { expect, screenshot, test } from './fixtures';
import {
  clickButton,
  closeModal,
  expectLogEntry,
  messages,
  modal,
  openChannel,
  openDm,
  openHome,
  openSandbox,
  resetSandbox,
  sendMessage,
  shareImage,
  submitModal,
  switchMember,
} from './sandbox-helpers';

test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ page }) => {
  await resetSandbox(page);
});

// A 2×2 red PNG.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

test('checks in and out from Home, and the today card follows', async ({ page, problems: _ }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openSandbox(page, 'sam');
  const home = await openHome(page);
  await expect(home).toContainText('Good');
  await expect(home).toContainText('Not checked in');

  await clickButton(page, 'Check in · Office', home);
  await expect(home).toContainText('Checked in at');
  await expect(home.getByRole('button', { name: 'Check out' })).toBeVisible();
  await expectLogEntry(page, 'views.publish');
  const click = await expectLogEntry(page, 'block_actions:attendance_check_in');
  await click.getByRole('button').click();
  await expect(click).toContainText('"action_id": "attendance_check_in"');
  await screenshot(page, 'sandbox-home-checked-in', false);
  await page.screenshot({ path: path.resolve('test/e2e/readme/sandbox.png') });

  await clickButton(page, 'Check out', home);
  await expect(home.getByRole('button', { name: 'Check in · Office' })).toBeVisible();
  await expect(home).not.toContainText('Checked in at');
});

test('checks in with a note from the modal, and Cancel closes it', async ({ page, problems: _ }) => {
  await openSandbox(page, 'priya');
  const home = await openHome(page);
  await clickButton(page, 'With a note…', home);
  await expect(modal(page)).toContainText('Where are you working?');
  await closeModal(page);

  await clickButton(page, 'With a note…', home);
  await modal(page).getByText('Remote').click();
  await modal(page).getByRole('textbox').fill("At the client's office until noon");
  await screenshot(page, 'sandbox-modal', false);
  await submitModal(page);
  await expect(page.getByTestId('modal')).toHaveCount(0);
  await expect(home).toContainText("At the client's office until noon");
  await expect(home).toContainText('Remote');
});

test('answers /homeroom status in a channel with a message only its sender sees', async ({
  page,
  problems: _,
}) => {
  await openSandbox(page, 'sam');
  await openChannel(page, 'general');
  await sendMessage(page, '/homeroom status');
  const reply = messages(page)
    .filter({ has: page.locator('[data-ephemeral]') })
    .last();
  await expect(reply).toContainText('Only visible to you');
  await expect(reply).toContainText('not checked in');
  await screenshot(page, 'sandbox-status-ephemeral', false);

  await clickButton(page, 'Check in · Office', reply);
  await expect(reply).toContainText('Checked in at');

  await switchMember(page, 'olivia');
  await openChannel(page, 'general');
  await expect(page.getByTestId('conversation')).not.toContainText('Only visible to you');
});

test('sends a DM to the bot as a message event the app acknowledges', async ({ page, problems: _ }) => {
  await openSandbox(page, 'priya');
  await openDm(page);
  await sendMessage(page, 'hello Homeroom');
  await expect(messages(page).last()).toContainText('hello Homeroom');
  const entry = await expectLogEntry(page, 'event:message');
  await expect(entry).toContainText('200');
  await entry.getByRole('button').click();
  await expect(entry).toContainText('"channel_type": "im"');
});

test('shares an image in the DM as file_shared and a file_share message', async ({ page, problems: _ }) => {
  await openSandbox(page, 'lucas');
  await openDm(page);
  await shareImage(page, { name: 'receipt.png', mimeType: 'image/png', buffer: png }, 'my receipt');
  const shared = messages(page).last();
  await expect(shared).toContainText('my receipt');
  await expect(shared.locator('img[alt="receipt.png"]')).toBeVisible();
  await expect(shared.locator('img[alt="receipt.png"]')).toHaveJSProperty('naturalWidth', 2);
  await expect(await expectLogEntry(page, 'event:file_shared')).toContainText('200');
});

test("shows the app's messages and edits as they happen, without a reload", async ({ page, problems: _ }) => {
  await openSandbox(page, 'olivia');
  await openChannel(page, 'general');
  // The app's side, straight to the Web API emulator with the bot token.
  const api = async (method: string, data: Record<string, unknown>) => {
    const res = await page.request.post(`/api/sandbox/api/${method}`, {
      headers: { authorization: 'Bearer xoxb-sandbox' },
      data,
    });
    const body = (await res.json()) as { ok: boolean; ts?: string };
    expect(body.ok).toBe(true);
    return body;
  };
  const { ts } = await api('chat.postMessage', { channel: 'C0GENERAL', text: 'Lunch at *noon*' });
  const posted = messages(page).filter({ hasText: 'Lunch at noon' });
  await expect(posted).toBeVisible();
  await api('chat.update', { channel: 'C0GENERAL', ts, text: 'Lunch at *one*' });
  await expect(messages(page).filter({ hasText: 'Lunch at one' })).toContainText('(edited)');
  await api('chat.postMessage', { channel: 'C0GENERAL', text: 'Menu inside', thread_ts: ts });
  await expect(messages(page).filter({ hasText: 'Lunch at one' })).toContainText('1 reply');
});

test('replies in a thread', async ({ page, problems: _ }) => {
  await openSandbox(page, 'sam');
  await openChannel(page, 'general');
  const asked = await sendMessage(page, 'Who is in the office today?');
  await asked.hover();
  await asked.getByRole('button', { name: 'Reply in thread' }).click();
  await sendMessage(page, 'I am, from 9', { inThread: true });
  await expect(messages(page, { inThread: true }).last()).toContainText('I am, from 9');
  await expect(asked).toContainText('1 reply');
});

test('works at a phone width', async ({ page, problems: _ }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openSandbox(page, 'olivia');
  const home = await openHome(page);
  await expect(home).toContainText('Not checked in');
  await screenshot(page, 'sandbox-phone-home', false);
  await openChannel(page, 'approvers');
  await expect(page.getByTestId('conversation')).toBeVisible();
  await screenshot(page, 'sandbox-phone-channel', false);
});

test('Reset wipes what happened', async ({ page, problems: _ }) => {
  await openSandbox(page, 'sam');
  const home = await openHome(page);
  await clickButton(page, 'Check in · Office', home);
  await expect(home).toContainText('Checked in at');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByTestId('home')).toContainText('Not checked in');
});
