import { isObj, str } from '../composition/json';
import { fingerprint, shortId } from '../interaction/ids';
import type { Json } from '../types';
import type { Viewer } from './surface-props';

/** A view id like Slack's (`V0123ABCDEF`), stable for the same position and callback. */
export function viewId(view: Json, level: number): string {
  return (
    str(view.id) ??
    `V${shortId(`${level}/${str(view.callback_id) ?? ''}/${String(view.type)}`, 10).toUpperCase()}`
  );
}

/** The view as Slack echoes it in payloads (everything but `state`). */
export function echoView(
  view: Json,
  blocks: Json[],
  ids: { id: string; rootViewId: string; previousViewId: string | null },
  viewer: Viewer,
): Json {
  const hash =
    str(view.hash) ??
    `${1_700_000_000 + (Number.parseInt(fingerprint(view), 36) % 99_999_999)}.${fingerprint(blocks)}`;
  const echo: Json = {
    id: ids.id,
    team_id: viewer.teamId,
    type: str(view.type) ?? 'modal',
    blocks,
    private_metadata: str(view.private_metadata) ?? '',
    callback_id: str(view.callback_id) ?? '',
    hash,
  };
  if (echo.type === 'modal') {
    echo.title = view.title;
    echo.close = isObj(view.close) ? view.close : null;
    echo.submit = isObj(view.submit) ? view.submit : null;
    echo.clear_on_close = view.clear_on_close === true;
    echo.notify_on_close = view.notify_on_close === true;
  }
  return {
    ...echo,
    previous_view_id: ids.previousViewId,
    root_view_id: ids.rootViewId,
    app_id: viewer.apiAppId,
    external_id: str(view.external_id) ?? '',
    app_installed_team_id: viewer.teamId,
    bot_id: 'B0PREVIEW',
  };
}
