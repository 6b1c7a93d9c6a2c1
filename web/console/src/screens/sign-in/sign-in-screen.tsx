import { useState, type FormEvent } from "react";
import { ApiProblem } from "../../api/client";
import { useMessages } from "../../i18n/i18n";
import { useSession } from "../../session";
import { Field } from "../../ui/field";
import { LanguagePicker } from "./language-picker";
import { messages } from "./messages";
import { signInErrorKey } from "./sign-in-error";
import styles from "./sign-in.module.css";

type Failure = { key: Exclude<ReturnType<typeof signInErrorKey>, "totpRequired">; detail?: string };

/**
 * Email and password, then, only when the account has 2FA on, a second step for the code.
 * The password stays in memory between the steps so the person types it once.
 */
export default function SignInScreen() {
  const t = useMessages(messages);
  const { signIn } = useSession();
  const [step, setStep] = useState<"password" | "code">("password");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [backupCode, setBackupCode] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      // On success the session swaps this screen for the app shell.
      await signIn({ email: email.trim(), password, ...(step === "code" ? { totp: code.trim() } : {}) });
    } catch (error) {
      const key = signInErrorKey(error);
      if (key === "totpRequired") {
        setStep("code");
      } else {
        // The problem's code, never its English detail or the browser's own error text.
        setFailure({ key, detail: error instanceof ApiProblem ? error.code : "network" });
        if (key === "invalidTotp") setCode("");
      }
      setBusy(false);
    }
  }

  function backToPassword() {
    setStep("password");
    setCode("");
    setFailure(undefined);
  }

  const codeLabel = backupCode ? t("backupCode") : t("code");
  return (
    <main className={styles.page}>
      <div className={styles.top}>
        <span className={styles.brand}>Posada</span>
        <LanguagePicker label={t("language")} className={styles.language} />
      </div>
      <form className={`card ${styles.card}`} onSubmit={submit} aria-busy={busy}>
        {step === "password" ? (
          <>
            <h1>{t("title")}</h1>
            <p className={styles.intro}>{t("intro")}</p>
            <Field label={t("email")} type="email" name="email" autoComplete="username" inputMode="email" required autoFocus value={email} onChange={(event) => setEmail(event.target.value)} />
            <Field label={t("password")} type="password" name="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
          </>
        ) : (
          <>
            <h1>{t("codeTitle")}</h1>
            <p className={styles.intro}>{t("codeIntro")}</p>
            <Field
              key={backupCode ? "backup" : "app"}
              label={codeLabel}
              name="totp"
              autoComplete="one-time-code"
              // App codes are digits (number pad on phones); backup codes mix letters and digits.
              inputMode={backupCode ? "text" : "numeric"}
              pattern={backupCode ? undefined : "[0-9 ]{6,7}"}
              maxLength={backupCode ? 32 : 7}
              autoCapitalize="none"
              spellCheck={false}
              required
              autoFocus
              hint={backupCode ? t("backupHint") : t("codeHint")}
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
            <button type="button" className={styles.linkButton} onClick={() => { setBackupCode(!backupCode); setCode(""); }}>
              {backupCode ? t("useAppCode") : t("useBackupCode")}
            </button>
          </>
        )}
        <div className={styles.error} role="alert">
          {failure && <p className="notice notice--error">{t(failure.key, { detail: failure.detail ?? "" })}</p>}
        </div>
        <div className={styles.actions}>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t("signingIn") : step === "password" ? t("signIn") : t("verify")}
          </button>
          {step === "code" && (
            <button type="button" className="button button--quiet" onClick={backToPassword}>
              {t("back")}
            </button>
          )}
        </div>
      </form>
    </main>
  );
}
