import { useAuthorizedBlobUrl } from "../../ui/use-authorized-blob";
import { useMessages } from "../../i18n/i18n";
import { messages } from "./messages";
import styles from "./receipts.module.css";

/**
 * A guest's receipt, shown from a blob URL: the file needs the session's bearer token, which an
 * <img src> cannot send (receipts are never public). Photos show inline; a PDF opens in a tab.
 */
export function ReceiptFile({ url, contentType, guestName }: { url: string; contentType: string; guestName: string }) {
  const t = useMessages(messages);
  const { source, failed } = useAuthorizedBlobUrl(url);
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
