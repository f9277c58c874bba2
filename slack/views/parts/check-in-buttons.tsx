/** @jsxImportSource jsx-slack */
import { Button, Fragment } from 'jsx-slack';
import { attendanceText } from '@/slack/i18n/attendance';
import { ids } from '@/slack/ids';

/** Check in · Office (primary) and Check in · Remote: on Home, in DM replies and in reminders. */
export function CheckInButtons({ locale }: { locale: string }) {
  const t = attendanceText.for(locale);
  return (
    <Fragment>
      <Button actionId={ids.attendance.checkIn} style="primary" value="office">
        {t('button_check_in_office')}
      </Button>
      <Button actionId={ids.attendance.checkInRemote} value="remote">
        {t('button_check_in_remote')}
      </Button>
    </Fragment>
  );
}
