import { getObjectStore } from '@/db/storage';
import { serveStoredFile } from '@/db/storage/disk';

export async function GET(_req: Request, { params }: { params: Promise<{ key: string }> }) {
  return serveStoredFile(getObjectStore(), (await params).key);
}
