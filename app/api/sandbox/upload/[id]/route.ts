import { sandboxRoutes } from '@/slack/sandbox/routes';

export const POST = sandboxRoutes.upload;
export const PUT = sandboxRoutes.upload;
