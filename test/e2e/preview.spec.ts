import { canvas, expect, screenshot, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

test('lists every story in the sidebar and renders each without an unsupported block', async ({
  page,
  problems,
}) => {
  await page.goto('/preview');
  const links = page.locator('nav a[data-story-id]');
  const ids = await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-story-id') ?? ''));
  expect(ids.length).toBeGreaterThan(10);
  expect(new Set(ids).size).toBe(ids.length);

  for (const id of ids) {
    await page.goto(`/preview/${id}`);
    await expect(canvas(page)).toBeVisible();
    await expect(canvas(page).locator(':scope *').first()).toBeVisible();
    await expect(page.getByTestId('render-error')).toHaveCount(0);
    await expect(page.locator('[data-unsupported]'), `${id} has an unsupported placeholder`).toHaveCount(0);
    await expect(page.getByTestId('validation-ok').or(page.getByTestId('validation-errors'))).toBeVisible();
    await screenshot(page, `story-${id.replace('/', '--')}`);
    expect(problems, `${id} reported browser errors`).toEqual([]);
  }
});

test('filters the sidebar with the search box', async ({ page, problems: _ }) => {
  await page.goto('/preview');
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('admin crowded');
  await expect(page.locator('nav a[data-story-id]')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('zzzz nothing');
  await expect(page.getByText('No story matches')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('reminder seoul');
  await page.getByRole('searchbox', { name: 'Search stories' }).press('Enter');
  await expect(page).toHaveURL(/\/preview\/messages\/checkout-reminder-seoul$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check-out reminder, Seoul');
});

test('shows the block_actions payload when a button on the canvas is clicked', async ({
  page,
  problems: _,
}) => {
  await page.goto('/preview/home/member-not-checked-in');
  await canvas(page).getByRole('button', { name: 'Check in · Office' }).click();
  const payload = page.getByTestId('payload-json');
  await expect(payload).toBeVisible();
  const data = JSON.parse((await payload.textContent()) ?? '{}') as Record<string, unknown>;
  expect(data.type).toBe('block_actions');
  expect(data.actions).toEqual([
    expect.objectContaining({
      action_id: 'attendance_check_in',
      value: 'office',
      block_id: 'attendance_actions_block',
    }),
  ]);
  await screenshot(page, 'payload-block-actions');
});

test('shows the view_submission payload when the modal is submitted', async ({ page, problems: _ }) => {
  await page.goto('/preview/modals/check-in-edit');
  await canvas(page).getByRole('button', { name: 'Save' }).click();
  const payload = page.getByTestId('payload-json');
  await expect(payload).toBeVisible();
  const data = JSON.parse((await payload.textContent()) ?? '{}') as {
    type?: string;
    view?: { callback_id?: string; state?: { values?: Record<string, Record<string, { value?: string }>> } };
  };
  expect(data.type).toBe('view_submission');
  expect(data.view?.callback_id).toBe('attendance_check_in_modal');
  expect(data.view?.state?.values?.attendance_note_block?.attendance_note_input?.value).toContain('client');
});

test('re-renders on the server when a prop is edited in the controls', async ({ page, problems: _ }) => {
  await page.goto('/preview/home/member-checked-in');
  const name = page.getByRole('textbox', { name: 'member.name' });
  await name.fill('Grace Hopper');
  await expect(canvas(page).getByText('Grace Hopper', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('edited', { exact: false }).first()).toBeVisible();

  const editor = page.getByTestId('props-json');
  await editor.fill('{ "member": ');
  await expect(page.getByRole('alert').filter({ hasText: 'Malformed JSON' })).toBeVisible();
  await expect(canvas(page).getByText('Grace Hopper', { exact: false }).first()).toBeVisible();

  await editor.fill('{ "member": 42 }');
  await expect(page.getByTestId('render-error')).toContainText('The view threw');
  await page.getByRole('button', { name: 'Reset to fixture' }).click();
  await expect(page.getByTestId('render-error')).toHaveCount(0);
  await expect(canvas(page).getByText('Ana Lima', { exact: false }).first()).toBeVisible();
});

test('pins limit errors when edited props break a Slack limit', async ({ page, problems: _ }) => {
  await page.goto('/preview/home/member-already-checked-in-notice');
  await page.getByRole('textbox', { name: 'notice' }).fill('x'.repeat(3100));
  await expect(page.getByTestId('validation-errors')).toBeVisible();
  await expect(page.getByTestId('validation-errors')).toContainText('/blocks/');
  await screenshot(page, 'limit-errors');
});

test('offers the JSON with a copy button and a Block Kit Builder link', async ({ page, problems: _ }) => {
  await page.goto('/preview/messages/checkout-reminder');
  await page.getByRole('tab', { name: 'JSON' }).click();
  const json = JSON.parse((await page.getByTestId('story-json').textContent()) ?? '{}') as {
    text?: string;
    blocks?: unknown[];
  };
  expect(json.text).toBeTruthy();
  expect(json.blocks?.length).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Copy JSON' })).toBeVisible();
  const builder = page.getByRole('link', { name: /Open in Block Kit Builder/ });
  await expect(builder).toHaveAttribute('target', '_blank');
  const href = (await builder.getAttribute('href')) ?? '';
  expect(href.startsWith('https://app.slack.com/block-kit-builder/#')).toBe(true);
  expect(JSON.parse(decodeURIComponent(href.split('#')[1] ?? ''))).toEqual({ blocks: json.blocks });
});

test('keeps dark theme and mobile width in the URL', async ({ page, problems: _ }) => {
  await page.goto('/preview/home/admin-presence');
  await page.getByRole('button', { name: 'Dark' }).click();
  await expect(page).toHaveURL(/theme=dark/);
  await screenshot(page, 'home-admin-dark');
  await page.getByRole('button', { name: 'Mobile' }).click();
  await expect(page).toHaveURL(/width=mobile/);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Mobile' })).toHaveAttribute('aria-pressed', 'true');
  // Moving to another story keeps the settings.
  await page.locator('nav a[data-story-id="modals/check-in-new"]').click();
  await expect(page).toHaveURL(/\/preview\/modals\/check-in-new\?.*theme=dark/);
  await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  await screenshot(page, 'modal-dark-mobile');
});

test('works at phone width', async ({ page, problems: _ }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/preview/messages/status-checked-in?width=mobile');
  await expect(page.getByRole('searchbox', { name: 'Search stories' })).toBeHidden();
  await screenshot(page, 'phone-message');
  await page.getByRole('button', { name: 'Stories' }).click();
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('help');
  await page.locator('nav a[data-story-id="messages/help"]').click();
  await expect(page).toHaveURL(/\/preview\/messages\/help/);
  await expect(canvas(page)).toContainText('/homeroom');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await screenshot(page, 'phone-help', false);
});

test('renders pasted JSON in the playground and explains malformed JSON', async ({ page, problems: _ }) => {
  await page.goto('/preview/playground');
  const input = page.getByTestId('playground-input');
  await expect(canvas(page)).toContainText('Hello!');
  await canvas(page).getByRole('button', { name: 'Click me' }).click();
  await expect(page.getByTestId('payload-json')).toContainText('playground_hello');

  await input.fill(
    JSON.stringify({
      type: 'modal',
      title: { type: 'plain_text', text: 'Pasted modal' },
      submit: { type: 'plain_text', text: 'Send' },
      blocks: [
        {
          type: 'input',
          label: { type: 'plain_text', text: 'Reason' },
          element: { type: 'plain_text_input', action_id: 'reason' },
        },
      ],
    }),
  );
  await expect(page.getByTestId('detected-surface')).toContainText('modal');
  await expect(canvas(page)).toContainText('Pasted modal');
  await expect(page.getByTestId('validation-ok')).toBeVisible();
  await screenshot(page, 'playground-modal');

  await input.fill(JSON.stringify([{ type: 'section', text: { type: 'mrkdwn', text: 'y'.repeat(3001) } }]));
  await expect(page.getByTestId('validation-errors')).toBeVisible();

  await input.fill('{ "blocks": [ { "type": "divider", } ] }');
  await expect(page.getByTestId('playground-error')).toContainText('Malformed JSON');
  await expect(page.getByTestId('playground-error')).toContainText('line 1');
  await screenshot(page, 'playground-malformed');

  await input.fill('{ "hello": "world" }');
  await expect(page.getByTestId('playground-error')).toContainText('Cannot tell the surface');

  await page.getByRole('combobox', { name: 'Load a sample' }).selectOption('modal');
  await expect(canvas(page)).toContainText('Time off');
  await canvas(page).getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('payload-json')).toContainText('view_submission');
});
