import type { Env } from "../../platform/env";
import { AppError } from "../../platform/errors";

/** A receipt is a photo or a PDF; one larger than this is not a bank's receipt. */
export const MAX_RECEIPT_BYTES = 10 * 1024 * 1024;

export const RECEIPT_CONTENT_TYPES = ["image/jpeg", "image/png", "image/webp", "application/pdf"] as const;
export type ReceiptContentType = (typeof RECEIPT_CONTENT_TYPES)[number];

/** The first bytes each accepted type starts with: a declared type must match the file itself. */
const SIGNATURES: Record<ReceiptContentType, (bytes: Uint8Array) => boolean> = {
  "image/jpeg": (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/png": (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v),
  "image/webp": (b) => ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP",
  "application/pdf": (b) => ascii(b, 0, 5) === "%PDF-",
};

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

/** The accepted type a media type names (parameters and case ignored), or null. */
export function receiptContentType(declared: string | null | undefined): ReceiptContentType | null {
  const base = (declared ?? "").split(";")[0]!.trim().toLowerCase();
  return (RECEIPT_CONTENT_TYPES as readonly string[]).includes(base) ? (base as ReceiptContentType) : null;
}

/** Checks a file before it is stored: an accepted type, within the size, and bytes that are what the type says. */
export function checkReceiptFile(bytes: Uint8Array, declared: string | null | undefined): ReceiptContentType {
  const type = receiptContentType(declared);
  if (!type) throw new AppError(415, "unsupported_receipt_type", `A receipt is a photo (JPEG, PNG, WebP) or a PDF; got ${String(declared ?? "no type").slice(0, 80)}`);
  if (bytes.byteLength === 0) throw new AppError(400, "empty_receipt", "The receipt file is empty");
  if (bytes.byteLength > MAX_RECEIPT_BYTES) throw new AppError(413, "receipt_too_large", `A receipt is at most ${MAX_RECEIPT_BYTES / 1024 / 1024} MB`);
  if (!SIGNATURES[type](bytes)) throw new AppError(415, "receipt_type_mismatch", `The file is not a ${type}`);
  return type;
}

/** Receipts live under their tenant's prefix, so a key can never name another tenant's file. */
export const receiptObjectKey = (tenantId: string, receiptId: string) => `tenants/${tenantId}/receipts/${receiptId}`;

export async function storeReceiptFile(env: Env, key: string, bytes: Uint8Array, contentType: ReceiptContentType): Promise<void> {
  await env.RECEIPTS.put(key, bytes, { httpMetadata: { contentType } });
}

export async function readReceiptFile(env: Env, key: string): Promise<R2ObjectBody | null> {
  return env.RECEIPTS.get(key);
}
