// @vitest-environment happy-dom
import { act, type ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BlockKitView } from '@/components/block-kit';

const plain = (text: string) => ({ type: 'plain_text', text });
const option = (text: string, value: string) => ({ text: plain(text), value });

const blocks = [
  { type: 'header', text: plain('Today :sunny:') },
  { type: 'section', text: { type: 'mrkdwn', text: '*Hi* <@U1> <!date^1700000000^{date_short} {time}|x>' } },
  {
    type: 'actions',
    block_id: 'act',
    elements: [
      { type: 'button', action_id: 'go', text: plain('Go') },
      {
        type: 'static_select',
        action_id: 's',
        options: [option('A', 'a')],
        initial_option: option('A', 'a'),
      },
      { type: 'radio_buttons', action_id: 'r', options: [option('X', 'x')] },
      { type: 'datetimepicker', action_id: 'dt', initial_date_time: 1700000000 },
    ],
  },
  {
    type: 'rich_text',
    elements: [
      {
        type: 'rich_text_list',
        style: 'bullet',
        elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: 'item' }] }],
      },
    ],
  },
];

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});

/** Server-renders the element, then hydrates the same element over that markup. */
async function hydrate(element: ReactElement) {
  const container = document.createElement('div');
  containers.push(container);
  container.innerHTML = renderToString(element);
  document.body.append(container);
  const errors: unknown[] = [];
  const consoleError = vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
  await act(async () => {
    hydrateRoot(container, element, { onRecoverableError: (error) => errors.push(error) });
  });
  consoleError.mockRestore();
  return { container, errors };
}

describe('hydration', () => {
  it('hydrates a server-rendered message without mismatches and becomes interactive', async () => {
    const onAction = vi.fn();
    const { container, errors } = await hydrate(
      <BlockKitView
        surface="message"
        view={{ text: 't', blocks }}
        viewer={{ userId: 'U1', userName: 'ada', teamId: 'T1', timeZone: 'America/New_York' }}
        onAction={onAction}
      />,
    );
    expect(errors).toEqual([]);
    const button = Array.from(container.querySelectorAll('button')).find((el) => el.textContent === 'Go');
    await act(async () => button?.click());
    expect(onAction).toHaveBeenCalledTimes(1);
  });

  it('hydrates a server-rendered modal stack without mismatches', async () => {
    const view = (title: string) => ({
      type: 'modal',
      title: plain(title),
      submit: plain('Save'),
      blocks: [...blocks, { type: 'input', label: plain('Name'), element: { type: 'plain_text_input' } }],
    });
    const { errors } = await hydrate(
      <BlockKitView surface="modal" view={view('Top')} stack={[view('Root')]} />,
    );
    expect(errors).toEqual([]);
  });
});
