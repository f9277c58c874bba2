// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Playground } from '@/components/preview/playground';
import { StoryWorkbench } from '@/components/preview/story-workbench';
import type { RenderStory } from '@/components/preview/types';
import { getStory } from '@/slack/previews';
import { renderStory } from '@/slack/previews/render-story';

afterEach(cleanup);

function mount(id: string) {
  const story = getStory(id)!;
  const renderAction = vi.fn<RenderStory>(async (storyId, props) => renderStory(storyId, props));
  render(
    <StoryWorkbench
      story={{ ...story, props: story.props }}
      initial={renderStory(id)}
      render={renderAction}
      theme="light"
      width="desktop"
      names={{}}
    />,
  );
  return { story, renderAction };
}

describe('StoryWorkbench', () => {
  it('renders the fixture without asking the server again', () => {
    const { renderAction } = mount('home/member-checked-in');
    expect(screen.getByTestId('canvas').textContent).toContain('Ana Lima');
    expect(screen.getByTestId('validation-ok')).toBeTruthy();
    expect(renderAction).not.toHaveBeenCalled();
  });

  it('sends the edited props to the server and shows the new render', async () => {
    const { renderAction } = mount('home/member-checked-in');
    fireEvent.change(screen.getByRole('textbox', { name: 'member.name' }), {
      target: { value: 'Grace Hopper' },
    });
    await waitFor(() => expect(screen.getByTestId('canvas').textContent).toContain('Grace Hopper'));
    expect(renderAction).toHaveBeenLastCalledWith(
      'home/member-checked-in',
      expect.objectContaining({ member: expect.objectContaining({ name: 'Grace Hopper' }) }),
    );
  });

  it('explains malformed props JSON and keeps the last render', async () => {
    const { renderAction } = mount('modals/check-in-edit');
    fireEvent.change(screen.getByTestId('props-json'), { target: { value: '{ "mode": ' } });
    expect(screen.getByRole('alert').textContent).toMatch(/^Malformed JSON/);
    fireEvent.change(screen.getByTestId('props-json'), { target: { value: '[1]' } });
    expect(screen.getByRole('alert').textContent).toMatch(/Props must be a JSON object/);
    expect(screen.getByTestId('canvas').textContent).toContain('Edit check-in');
    await new Promise((r) => setTimeout(r, 250));
    expect(renderAction).not.toHaveBeenCalled();
  });

  it('shows the payload a button click would send', () => {
    mount('home/member-not-checked-in');
    fireEvent.click(within(screen.getByTestId('canvas')).getByRole('button', { name: 'Check in · Remote' }));
    const payload = JSON.parse(screen.getByTestId('payload-json').textContent ?? '{}') as {
      type: string;
      actions: { action_id: string }[];
    };
    expect(payload.type).toBe('block_actions');
    expect(payload.actions[0]?.action_id).toBe('attendance_check_in_remote');
  });

  it('keeps theme and width in the address', () => {
    mount('messages/help');
    fireEvent.click(screen.getByRole('button', { name: 'Dark' }));
    fireEvent.click(screen.getByRole('button', { name: 'Mobile' }));
    expect(window.location.search).toContain('theme=dark');
    expect(window.location.search).toContain('width=mobile');
  });
});

describe('Playground', () => {
  it('renders the sample and reports malformed JSON without crashing', () => {
    render(<Playground theme="light" width="desktop" />);
    expect(screen.getByTestId('canvas').textContent).toContain('Hello!');
    fireEvent.change(screen.getByTestId('playground-input'), { target: { value: '{"blocks": [' } });
    expect(screen.getByTestId('playground-error').textContent).toMatch(/^Malformed JSON/);
    fireEvent.change(screen.getByTestId('playground-input'), {
      target: {
        value:
          '{"type":"home","blocks":[{"type":"header","text":{"type":"plain_text","text":"Pasted home"}}]}',
      },
    });
    expect(screen.getByTestId('detected-surface').textContent).toContain('home');
    expect(screen.getByTestId('canvas').textContent).toContain('Pasted home');
  });
});
