import { useState, type FormEvent } from "react";
import { api, ApiProblem, unwrap, type Schemas } from "../../api/client";
import { useMessages } from "../../i18n/i18n";
import { useSession } from "../../session";
import { Field } from "../../ui/field";
import { useToast } from "../../ui/toast";
import { BackupCodes } from "./backup-codes";
import { CopyButton } from "../../ui/copy-button";
import { messages } from "./messages";
import { PasswordConfirm } from "./password-confirm";
import { QrCode } from "./qr-code";
import { TwoFactorManage } from "./two-factor-manage";
import styles from "./account.module.css";

type Enrolment = Schemas["TotpEnrolment"];

/** Base32 in groups of four is far easier to type into a phone by hand; authenticator apps ignore the spaces. */
const groupSecret = (secret: string) => secret.replace(/(.{4})(?=.)/g, "$1 ");

/**
 * Turning 2FA on: after the password, the API hands out a secret (inactive), the person adds it to an
 * app and proves it with a first code; only then is 2FA on, and the backup codes are shown this one time.
 */
export function TwoFactorSetup({ enabled }: { enabled: boolean }) {
  const t = useMessages(messages);
  const { refreshMe } = useSession();
  const { notify, fail } = useToast();
  const [enrolment, setEnrolment] = useState<Enrolment>();
  const [code, setCode] = useState("");
  const [codeError, setCodeError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [backupCodes, setBackupCodes] = useState<string[]>();

  /** Errors other than "already on" reach PasswordConfirm, which shows a wrong password on its field. */
  async function start(password: string) {
    try {
      setEnrolment(await unwrap(api.POST("/v1/me/totp", { body: { password } })));
      setCode("");
      setCodeError(undefined);
    } catch (error) {
      if (!(error instanceof ApiProblem && error.code === "totp_already_enabled")) throw error;
      notify(t("alreadyOn"));
      await refreshMe();
    }
  }

  async function verify(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setCodeError(undefined);
    try {
      const { backupCodes: codes } = await unwrap(api.POST("/v1/me/totp/verify", { body: { code: code.replace(/\s+/g, "") } }));
      // The codes stay on screen (local state) after /v1/me says 2FA is on, until the person confirms they saved them.
      setBackupCodes(codes);
      setEnrolment(undefined);
      notify(t("enabled"));
      await refreshMe();
    } catch (error) {
      if (error instanceof ApiProblem && (error.code === "invalid_totp" || error.status === 400 || error.status === 422)) {
        setCodeError(t("invalidCode"));
        setCode("");
      } else fail(error);
    } finally {
      setBusy(false);
    }
  }

  if (backupCodes) return <BackupCodes codes={backupCodes} onDone={() => setBackupCodes(undefined)} />;

  if (enrolment) {
    return (
      <form className={styles.enrolment} onSubmit={verify} aria-busy={busy}>
        <p>{t("stepScan")}</p>
        <div className={styles.qr}>
          <QrCode value={enrolment.otpauthUri} alt={t("qrAlt")} />
        </div>
        <p>{t("stepManual")}</p>
        <div className={styles.secret}>
          <Field label={t("secretLabel")} readOnly value={groupSecret(enrolment.secret)} onFocus={(event) => event.target.select()} spellCheck={false} />
          <CopyButton text={enrolment.secret} label={t("copy")} copiedText={t("copied")} failedText={t("copyFailed")} />
        </div>
        <p>{t("stepCode")}</p>
        <Field
          label={t("code")}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]{6,7}"
          maxLength={7}
          required
          hint={t("codeHint")}
          error={codeError}
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
        <div className={styles.actions}>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t("verifying") : t("verify")}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setEnrolment(undefined)}>
            {t("cancel")}
          </button>
        </div>
      </form>
    );
  }

  if (enabled) return <TwoFactorManage />;
  return <PasswordConfirm submitLabel={t("enable")} onConfirm={start} />;
}
