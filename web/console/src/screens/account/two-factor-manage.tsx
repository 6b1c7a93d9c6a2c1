import { useState } from "react";
import { api, unwrap } from "../../api/client";
import { useMessages } from "../../i18n/i18n";
import { useSession } from "../../session";
import { useToast } from "../../ui/toast";
import { BackupCodes } from "./backup-codes";
import { messages } from "./messages";
import { PasswordConfirm } from "./password-confirm";
import styles from "./account.module.css";

type Action = "newCodes" | "turnOff";

/** With 2FA on: new backup codes (the old ones stop working) or turning it off, each after the password. */
export function TwoFactorManage() {
  const t = useMessages(messages);
  const { refreshMe } = useSession();
  const { notify } = useToast();
  const [action, setAction] = useState<Action>();
  const [backupCodes, setBackupCodes] = useState<string[]>();

  async function renewCodes(password: string) {
    const { backupCodes: codes } = await unwrap(api.POST("/v1/me/totp/backup-codes", { body: { password } }));
    setAction(undefined);
    setBackupCodes(codes);
  }

  async function turnOff(password: string) {
    await unwrap(api.DELETE("/v1/me/totp", { body: { password } }));
    setAction(undefined);
    notify(t("disabled"));
    await refreshMe();
  }

  if (backupCodes) return <BackupCodes codes={backupCodes} onDone={() => setBackupCodes(undefined)} />;

  if (action === "newCodes") {
    return (
      <PasswordConfirm submitLabel={t("newBackupCodes")} onConfirm={renewCodes} onCancel={() => setAction(undefined)}>
        <p>{t("newBackupCodesText")}</p>
      </PasswordConfirm>
    );
  }
  if (action === "turnOff") {
    return (
      <PasswordConfirm submitLabel={t("disable")} onConfirm={turnOff} onCancel={() => setAction(undefined)}>
        <p>{t("disableText")}</p>
      </PasswordConfirm>
    );
  }
  return (
    <div className={styles.actions}>
      <button type="button" className="button" onClick={() => setAction("newCodes")}>
        {t("newBackupCodes")}
      </button>
      <button type="button" className="button button--quiet" onClick={() => setAction("turnOff")}>
        {t("disable")}
      </button>
    </div>
  );
}
