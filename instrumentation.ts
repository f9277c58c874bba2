/** Next calls this once when a server process starts. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { botClient, getSlackRuntime } = await import('@/slack/app');
  const { boot } = await import('@/slack/boot');
  const { getLogger } = await import('@/slack/logger');
  try {
    await boot(botClient(getSlackRuntime().env));
  } catch (error) {
    // The pages still work; Slack requests will report the same problem with a clear log line.
    getLogger().error({ err: error }, `Homeroom could not start: ${(error as Error).message}`);
  }
}
