import { sandboxRoutes } from '@/slack/sandbox/routes';

export const GET = sandboxRoutes.avatar;
