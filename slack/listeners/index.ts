import type { App } from '@slack/bolt';
import type { Schedule } from '@/slack/attendance';
import { register as registerAttendance } from '@/slack/listeners/attendance';
import { register as registerMessages } from '@/slack/listeners/messages';

/** Every feature's listeners, registered once on the one Bolt app. */
export function registerListeners(app: App, schedule: Schedule): void {
  registerAttendance(app, schedule);
  registerMessages(app, schedule);
}
