import { useEffect, useState } from "react";
import { useSession } from "../../session";
import { useMessages } from "../../i18n/i18n";
import { messages } from "./messages";
import styles from "./receipts.module.css";

/**
 * A guest's receipt, shown from a blob URL: the file needs the session's bearer token, which an
 * <img src> cannot send (receipts are never public). Photos show inline; a PDF opens in a tab.
 */
export function ReceiptFile({ url, contentType, guestName }: { url: string; contentType: string; guestName: string }) {
  const t = useMessages(messages);
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
  if (failed) return <p className="notice notice--error">{t("fileFailed")}</p>;
  if (!source) return <p className="loading" aria-busy="true">…</p>;
  if (contentType === "application/pdf") {
    return (
      <a href={source} target="_blank" rel="noreferrer" className="button button--quiet">
        📄 {t("openFile")}
      </a>
    );
  }
  return <img src={source} alt={t("fileAlt", { name: guestName })} className={styles.preview} />;
}
