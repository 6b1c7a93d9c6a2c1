/**
 * R2 takes a multipart upload in parts of equal size (at least 5 MiB) but the last; buffering one
 * part at a time keeps an export's memory flat however large the tenant. An object smaller than
 * one part is written with a single put.
 */
export const PART_BYTES = 5 * 1024 * 1024;

export class R2UploadSink {
  private chunks: Uint8Array[] = [];
  private buffered = 0;
  private upload: R2MultipartUpload | null = null;
  private readonly parts: R2UploadedPart[] = [];
  private total = 0;

  constructor(
    private readonly bucket: R2Bucket,
    private readonly key: string,
    private readonly contentType: string,
  ) {}

  /** Takes bytes as the ZIP writer hands them out (synchronously). */
  write(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    this.total += chunk.length;
  }

  /** Uploads every whole part buffered so far. */
  async drain(): Promise<void> {
    while (this.buffered >= PART_BYTES) {
      this.upload ??= await this.bucket.createMultipartUpload(this.key, { httpMetadata: { contentType: this.contentType } });
      this.parts.push(await this.upload.uploadPart(this.parts.length + 1, this.take(PART_BYTES)));
    }
  }

  /** Writes what is left and completes the object; returns its size. */
  async close(): Promise<number> {
    await this.drain();
    const rest = this.take(this.buffered);
    if (!this.upload) {
      await this.bucket.put(this.key, rest, { httpMetadata: { contentType: this.contentType } });
      return this.total;
    }
    if (rest.length > 0) this.parts.push(await this.upload.uploadPart(this.parts.length + 1, rest));
    await this.upload.complete(this.parts);
    return this.total;
  }

  async abort(): Promise<void> {
    await this.upload?.abort().catch(() => undefined);
  }

  private take(bytes: number): Uint8Array {
    const out = new Uint8Array(bytes);
    let filled = 0;
    while (filled < bytes) {
      const head = this.chunks[0]!;
      const n = Math.min(head.length, bytes - filled);
      out.set(head.subarray(0, n), filled);
      filled += n;
      if (n === head.length) this.chunks.shift();
      else this.chunks[0] = head.subarray(n);
    }
    this.buffered -= bytes;
    return out;
  }
}
