import type { App } from '@slack/bolt';
import type { SlackEnv } from '@/slack/env';
import { register as registerAdmin } from '@/slack/listeners/admin';
import { register as registerAttendance } from '@/slack/listeners/attendance';
import { register as registerMessages } from '@/slack/listeners/messages';
import { register as registerRequests } from '@/slack/listeners/requests';
import { register as registerUploads } from '@/slack/listeners/uploads';

/** Every feature's listeners, registered once on the one Bolt app. */
export function registerListeners(app: App, env: SlackEnv): void {
  registerAttendance(app, env);
  registerAdmin(app, env);
  registerRequests(app, env);
  registerUploads(app);
  registerMessages(app, env);
}
