import { useEffect, useState } from "react";
import { useSession } from "../../session";

/**
 * Plays a guest's voice note. The audio needs the session's bearer token, which an <audio src>
 * cannot send, so it is fetched once and played from a blob URL.
 */
export function VoiceNote({ url, label }: { url: string; label: string }) {
  const { token } = useSession();
  const [source, setSource] = useState<string>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let objectUrl: string | undefined;
    let cancelled = false;
    fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} })
      .then((response) => (response.ok ? response.blob() : Promise.reject(new Error(String(response.status)))))
      .then((blob) => {
        if (cancelled) return;
        objectUrl = URL.createObjectURL(blob);
        setSource(objectUrl);
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url, token]);
  if (failed) return <span>🎤 {label} ✕</span>;
  return <audio controls preload="none" src={source} aria-label={label} />;
}
