/** Fixed ids of the seeded sandbox workspace. Imports nothing, so env.ts can use it. */
export const SANDBOX_TEAM_ID = 'T0SANDBOX';
export const SANDBOX_TEAM_NAME = 'Homeroom Sandbox';
export const SANDBOX_TEAM_DOMAIN = 'homeroom-sandbox';
export const SANDBOX_APP_ID = 'A0HOMEROOM';
export const SANDBOX_BOT_ID = 'B0HOMEROOM';
export const SANDBOX_BOT_USER_ID = 'U0HOMEROOM';
export const SANDBOX_GENERAL_CHANNEL = 'C0GENERAL';
export const SANDBOX_APPROVERS_CHANNEL = 'C0APPROVERS';
/** Slack's trigger_id lives 3 seconds. */
export const TRIGGER_TTL_MS = 3000;
/** Slack stacks at most 3 modal views. */
export const MAX_VIEW_STACK = 3;
