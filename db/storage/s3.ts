import type { Readable } from 'node:stream';
import { DeleteObjectCommand, PutObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import type { S3Env } from '@/db/env';
import type { ObjectStore, PutOptions } from '@/db/storage';

/** S3-compatible object storage (AWS, Cloudflare R2, MinIO…) through @aws-sdk/client-s3. */
export class S3Store implements ObjectStore {
  readonly kind = 's3' as const;
  readonly client: S3Client;

  constructor(
    private readonly env: S3Env,
    /** Extra client options; tests pass credentials and short timeouts. */
    overrides: Partial<S3ClientConfig> = {},
  ) {
    this.client = new S3Client({
      region: env.region,
      endpoint: env.endpoint,
      forcePathStyle: env.forcePathStyle,
      // Checksums only where S3 demands them: the default aws-chunked framing breaks s3rver and some
      // S3-compatible servers, and a streamed body of known length needs no trailer.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      ...overrides,
    });
  }

  async put(key: string, body: Readable, options: PutOptions): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.env.bucket,
        Key: key,
        Body: body,
        ContentType: options.contentType,
        ContentLength: options.contentLength,
        CacheControl: options.cacheControl,
      }),
    );
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.env.bucket, Key: key }));
  }

  publicUrl(key: string): string {
    return `${this.env.publicUrl}/${key}`;
  }
}
