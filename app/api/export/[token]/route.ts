import { handleExportRequest } from '@/slack/admin-export';

export async function GET(_req: Request, ctx: RouteContext<'/api/export/[token]'>) {
  return handleExportRequest((await ctx.params).token);
}
