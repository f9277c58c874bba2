import { sandboxRoutes } from '@/slack/sandbox/routes';

export const POST = sandboxRoutes.action;
