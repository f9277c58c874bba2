import { sandboxRoutes } from '@/slack/sandbox/routes';

export const POST = sandboxRoutes.webApi;
export const GET = sandboxRoutes.webApi;
