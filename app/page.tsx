import { Landing } from '@/components/landing/landing';
import { slackStatus } from '@/slack/status';

export const dynamic = 'force-dynamic';

export default function Page() {
  return <Landing {...slackStatus()} />;
}
