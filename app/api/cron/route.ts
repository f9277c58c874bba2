import { handleCronRequest } from '@/slack/cron';

export const dynamic = 'force-dynamic';
export const maxDuration = 30;

export const POST = (req: Request) => handleCronRequest(req);
export const GET = POST;
