import { useEffect, useRef } from "react";
import { useMessages } from "../../i18n/i18n";
import { CopyButton } from "../../ui/copy-button";
import { messages } from "./messages";
import styles from "./account.module.css";

/** The ten one-time backup codes, shown once: the API keeps only their hashes. */
export function BackupCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const t = useMessages(messages);
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus here so keyboard and screen-reader users land on the codes, not on a vanished form.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className={styles.backup} aria-labelledby="backup-codes-title">
      <h3 id="backup-codes-title" ref={heading} tabIndex={-1}>
        {t("backupTitle")}
      </h3>
      <p>{t("backupText")}</p>
      <p className={styles.warning}>
        <strong>{t("backupOnce")}</strong>
      </p>
      <ol className={styles.codes} aria-label={t("backupList")}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className={styles.actions}>
        <CopyButton text={codes.join("\n")} label={t("copyCodes")} copiedText={t("copied")} failedText={t("copyFailed")} />
        <button type="button" className="button" onClick={onDone}>
          {t("saved")}
        </button>
      </div>
    </section>
  );
}
