import { sandboxRoutes } from '@/slack/sandbox/routes';

export const dynamic = 'force-dynamic';
export const GET = sandboxRoutes.stream;
