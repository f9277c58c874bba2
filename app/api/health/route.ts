export { health as GET } from '@/slack/status';
