import { useEffect, useState } from "react";
import { useSession } from "../session";

/**
 * A private file of the tenant (a voice note, a transfer receipt) as a blob URL. The file needs
 * the session's bearer token, which an <img>, <audio> or link cannot send, so it is fetched once
 * and the URL is revoked when the component goes away.
 */
export function useAuthorizedBlobUrl(url: string): { source: string | undefined; failed: boolean } {
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
  return { source, failed };
}
