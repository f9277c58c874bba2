import type { App } from '@slack/bolt';
import type { Schedule } from '@/slack/attendance';
import { register as registerAttendance } from '@/slack/listeners/attendance';
import { register as registerUploads } from '@/slack/listeners/uploads';

/** Every feature's listeners, registered once on the one Bolt app. */
export function registerListeners(app: App, schedule: Schedule): void {
  registerAttendance(app, schedule);
  registerUploads(app);
}
