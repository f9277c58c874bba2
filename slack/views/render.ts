import type { KnownBlock, ModalView, HomeView as SlackHomeView } from '@slack/types';

/**
 * The one place jsx-slack output becomes Slack SDK types. jsx-slack objects carry hidden keys and a
 * null prototype; a JSON round trip yields the plain JSON Slack (and React) get.
 */
function plain<T>(value: unknown): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export const homeView = (view: unknown): SlackHomeView => plain<SlackHomeView>(view);
export const modalView = (view: unknown): ModalView => plain<ModalView>(view);
export const blocks = (value: unknown): KnownBlock[] => plain<KnownBlock[]>(value);
