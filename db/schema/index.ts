export * from '@/db/schema/attendance';
export * from '@/db/schema/members';
export * from '@/db/schema/sandbox';
export * from '@/db/schema/system';
