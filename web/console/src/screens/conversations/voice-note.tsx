import { useAuthorizedBlobUrl } from "../../ui/use-authorized-blob";

/**
 * Plays a guest's voice note. The audio needs the session's bearer token, which an <audio src>
 * cannot send, so it is fetched once and played from a blob URL.
 */
export function VoiceNote({ url, label }: { url: string; label: string }) {
  const { source, failed } = useAuthorizedBlobUrl(url);
  if (failed) return <span>🎤 {label} ✕</span>;
  return <audio controls preload="none" src={source} aria-label={label} />;
}
