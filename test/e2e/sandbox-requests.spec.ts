import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import {
  clickButton,
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

/**
 * A Monday morning in the sandbox: leave and other requests go from the requester's Home tab to the
 * approvers and back, through the real app. Sam (en-US) asks; Minji (ko-KR) approves; Olivia (en-GB)
 * is the admin.
 */
test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ page }) => {
  await resetSandbox(page);
});

/** A weekday at least a week ahead (YYYY-MM-DD), so the leave is in the future in every zone. */
function nextMondayPlus(weeks: number, plusDays = 0): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + 7 * weeks + ((8 - d.getUTCDay()) % 7 || 7) + plusDays);
  return d.toISOString().slice(0, 10);
}

async function choose(dialog: Locator, label: string, option: string): Promise<void> {
  await dialog.getByRole('combobox', { name: label }).click();
  await dialog.getByRole('option', { name: option, exact: true }).click();
}

/** Opens the New request modal from Home and waits for the leave balance to be filled in. */
async function openNewRequest(page: Page): Promise<Locator> {
  const home = await openHome(page);
  await clickButton(page, 'New request', home);
  const dialog = modal(page);
  await expect(dialog).toContainText('New request');
  return dialog;
}

async function fileLeave(page: Page, start: string, end: string, reason: string): Promise<void> {
  const dialog = await openNewRequest(page);
  await expect(dialog).toContainText('Balance:');
  await choose(dialog, 'Type of leave', 'Vacation');
  await dialog.getByLabel('First day').fill(start);
  await dialog.getByLabel('Last day').fill(end);
  await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
  await submitModal(page);
  await expect(page.getByTestId('modal')).toHaveCount(0);
}

test('files leave with a mistake first, the approver approves it, and the requester hears back', async ({
  page,
  problems: _,
}) => {
  await openSandbox(page, 'sam');
  const monday = nextMondayPlus(1);
  const tuesday = nextMondayPlus(1, 1);

  // End before start: the error shows under the field and nothing is saved.
  const dialog = await openNewRequest(page);
  await expect(dialog).toContainText('Balance:');
  await choose(dialog, 'Type of leave', 'Vacation');
  await dialog.getByLabel('First day').fill(tuesday);
  await dialog.getByLabel('Last day').fill(monday);
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Family trip');
  await submitModal(page);
  await expect(dialog).toContainText('The last day is before the first day.');
  await screenshot(page, 'sandbox-request-error', false);

  // Each date change is a block_actions the app answers with views.update; like a person, wait for
  // the modal to follow before the next change (a change sent on the old view's hash is refused).
  await dialog.getByLabel('First day').fill(monday);
  await expect(dialog).toContainText('1 working day');
  await dialog.getByLabel('Last day').fill(tuesday);
  await expect(dialog).toContainText('2 working days');
  await submitModal(page);
  await expect(page.getByTestId('modal')).toHaveCount(0);
  const home = page.getByTestId('home');
  await expect(home).toContainText('My requests');
  await expect(home).toContainText('Pending');

  // Minji approves from the approvers channel; the message is updated in place.
  await switchMember(page, 'minji');
  const approvers = await openChannel(page, 'approvers');
  const request = messages(page).filter({ hasText: 'Family trip' }).last();
  await expect(request).toBeVisible();
  await screenshot(page, 'sandbox-approval-message', false);
  await clickButton(page, 'Approve', request);
  await expect(approvers).toContainText('Approved by');

  // Sam sees the decision in the DM and on Home.
  await switchMember(page, 'sam');
  await openDm(page);
  await expect(messages(page).last()).toContainText('approved');
  const samHome = await openHome(page);
  await expect(samHome).toContainText('Approved');
  await screenshot(page, 'sandbox-request-approved', false);
});

test('the admin rejects an equipment request with a reason, which the requester reads', async ({
  page,
  problems: _,
}) => {
  await openSandbox(page, 'sam');
  const dialog = await openNewRequest(page);
  await choose(dialog, 'What do you need?', 'Equipment');
  await expect(dialog.getByRole('textbox', { name: 'Item' })).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Item' }).fill('Standing desk');
  await dialog.getByLabel('Needed by').fill(nextMondayPlus(2));
  await dialog.getByRole('textbox', { name: 'Why do you need it?' }).fill('Back pain');
  await submitModal(page);
  await expect(page.getByTestId('modal')).toHaveCount(0);

  await switchMember(page, 'olivia');
  await openChannel(page, 'approvers');
  const request = messages(page).filter({ hasText: 'Standing desk' }).last();
  await clickButton(page, 'Reject', request);
  const reject = modal(page);
  await expect(reject).toBeVisible();
  await reject.getByRole('textbox').fill('Budget is frozen until January');
  await submitModal(page);
  await expect(page.getByTestId('modal')).toHaveCount(0);
  await expect(request).toContainText('Rejected by');

  await switchMember(page, 'sam');
  await openDm(page);
  await expect(messages(page).last()).toContainText('Budget is frozen until January');
});

test('cancels a pending request from Home', async ({ page, problems: _ }) => {
  await openSandbox(page, 'sam');
  await fileLeave(page, nextMondayPlus(3), nextMondayPlus(3), 'Dentist');
  const home = page.getByTestId('home');
  await expect(home).toContainText('Pending');
  await clickButton(page, 'Cancel', home);
  const confirm = page.getByRole('alertdialog');
  await confirm.getByRole('button', { name: 'Cancel request' }).click();
  await expect(home).toContainText('Cancelled');
});

test('a DM that mentions vacation offers the New request button, which opens the modal', async ({
  page,
  problems: _,
}) => {
  await openSandbox(page, 'sam');
  await openDm(page);
  const asked = await sendMessage(page, 'I would like to take a vacation');
  await expect(asked).toContainText('1 reply');
  await asked.getByText('1 reply').click();
  const thread = page.getByTestId('thread');
  await clickButton(page, 'New request', thread);
  await expect(modal(page)).toContainText('Type of leave');
});

test('check in by DM in Korean, and share an image that comes back hosted', async ({ page, problems: _ }) => {
  await openSandbox(page, 'minji');
  await openDm(page);
  const said = await sendMessage(page, '출근');
  await expect(said).toContainText('1 reply');
  const home = await openHome(page);
  await expect(home).toContainText('출근');

  await openDm(page);
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
    'base64',
  );
  await shareImage(page, { name: 'office.png', mimeType: 'image/png', buffer: png });
  const shared = messages(page).last();
  await expect(shared).toContainText('1 reply', { timeout: 20_000 });
  await shared.getByText('1 reply').click();
  const thread = page.getByTestId('thread');
  await expect(thread).toContainText('/files/', { timeout: 30_000 });
  await expect(thread).toContainText('2 × 2');
  await screenshot(page, 'sandbox-image-hosted', false);
});
