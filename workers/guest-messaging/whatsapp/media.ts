import { z } from "zod";
import { WhatsAppApiError } from "./api";

/** WhatsApp caps audio at 16 MB; anything larger is not a voice note we should hold in memory. */
export const MAX_MEDIA_BYTES = 16 * 1024 * 1024;
const TIMEOUT_MS = 15_000;

const mediaInfo = z.object({ url: z.url(), mime_type: z.string(), file_size: z.number().optional() });

export interface DownloadedMedia {
  bytes: Uint8Array;
  mimeType: string;
}

/**
 * Downloads a guest's media with the tenant's token: the Graph API names a short-lived URL for
 * the media id, and that URL needs the same token. Outages and throttling are retryable; a
 * media id that no longer exists (they last 30 days) is not.
 */
export async function downloadWhatsAppMedia(apiBase: string, accessToken: string, mediaId: string): Promise<DownloadedMedia> {
  const headers = { authorization: `Bearer ${accessToken}` };
  const info = await graphFetch(`${apiBase}/${encodeURIComponent(mediaId)}`, headers);
  const parsed = mediaInfo.safeParse(await info.json().catch(() => null));
  if (!parsed.success) throw new WhatsAppApiError(info.status, "WhatsApp answered without a media URL", true);
  if (new URL(parsed.data.url).protocol !== "https:") throw new WhatsAppApiError(info.status, "WhatsApp named a media URL that is not https", false);
  if ((parsed.data.file_size ?? 0) > MAX_MEDIA_BYTES) throw new WhatsAppApiError(413, `The media is larger than ${MAX_MEDIA_BYTES} bytes`, false);

  const file = await graphFetch(parsed.data.url, headers);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.byteLength > MAX_MEDIA_BYTES) throw new WhatsAppApiError(413, `The media is larger than ${MAX_MEDIA_BYTES} bytes`, false);
  return { bytes, mimeType: parsed.data.mime_type };
}

async function graphFetch(url: string, headers: Record<string, string>): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { headers, redirect: "follow", signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new WhatsAppApiError(0, `WhatsApp unreachable: ${(error as Error).message}`, true);
  }
  if (!response.ok) {
    const text = await response.text().catch(() => "");
    throw new WhatsAppApiError(response.status, `WhatsApp media answered ${response.status}: ${text.slice(0, 200)}`, response.status >= 500 || response.status === 429);
  }
  return response;
}
