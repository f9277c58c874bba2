export * from '@/db/schema/attendance';
export * from '@/db/schema/members';
export * from '@/db/schema/requests';
export * from '@/db/schema/sandbox';
export * from '@/db/schema/system';
export * from '@/db/schema/uploads';
