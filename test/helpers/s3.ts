import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { S3Store } from '@/db/storage/s3';

export const TEST_BUCKET = 'homeroom-test';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A real S3-compatible server (s3rver) on a random port with a temp folder, and an S3Store that talks
 * to it through @aws-sdk/client-s3. `stop()` and `start()` again simulate an outage on the same port.
 */
export class TestS3 {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeroom-s3-'));
  port = 0;
  store!: S3Store;
  private server: S3rver | undefined;

  async start(): Promise<this> {
    if (!this.port) this.port = await freePort();
    this.server = new S3rver({
      address: '127.0.0.1',
      port: this.port,
      silent: true,
      directory: this.dir,
      configureBuckets: [{ name: TEST_BUCKET }],
    });
    await this.server.run();
    this.store ??= new S3Store(
      {
        bucket: TEST_BUCKET,
        region: 'us-east-1',
        endpoint: this.endpoint,
        forcePathStyle: true,
        publicUrl: `${this.endpoint}/${TEST_BUCKET}`,
      },
      // s3rver's fixed credentials; one attempt per call, so an outage shows at once (the job retries).
      { credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }, maxAttempts: 1 },
    );
    return this;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    await this.server?.close();
    this.server = undefined;
  }

  async destroy(): Promise<void> {
    await this.stop();
    this.store?.client.destroy();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  async getObject(key: string) {
    const res = await this.store.client.send(new GetObjectCommand({ Bucket: TEST_BUCKET, Key: key }));
    return {
      body: Buffer.from(await res.Body!.transformToByteArray()),
      contentType: res.ContentType,
      cacheControl: res.CacheControl,
    };
  }

  async keys(): Promise<string[]> {
    const res = await this.store.client.send(new ListObjectsV2Command({ Bucket: TEST_BUCKET }));
    return (res.Contents ?? []).map((o) => o.Key!).sort();
  }
}
