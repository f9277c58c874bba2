import { handleSlackRequest } from '@/slack/app';

export const POST = handleSlackRequest;
