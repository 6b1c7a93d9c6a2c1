import { useState } from "react";
import { api, unwrap } from "../../api/client";
import { useMessages } from "../../i18n/i18n";
import { useSession } from "../../session";
import { Dialog } from "../../ui/dialog";
import { useProblemText } from "../../ui/problem-messages";
import { useToast } from "../../ui/toast";
import type { Profile } from "./guest-profile";
import { messages } from "./messages";
import styles from "./guests.module.css";

/** Downloads everything held about the guest as JSON (their right of access). */
export function ExportGuestButton({ guest }: { guest: Profile }) {
  const t = useMessages(messages);
  const { token } = useSession();
  const { fail } = useToast();
  async function download() {
    try {
      const response = await fetch(`/v1/guests/${encodeURIComponent(guest.id)}/export`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = `guest-${guest.id}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      fail(error);
    }
  }
  return (
    <button type="button" className="button button--quiet" onClick={() => void download()}>
      {t("export")}
    </button>
  );
}

/** Erases the guest's personal data after an explicit confirmation (their right of deletion). */
export function EraseGuestButton({ guest, onErased }: { guest: Profile; onErased: () => void }) {
  const t = useMessages(messages);
  const problemText = useProblemText();
  const { notify } = useToast();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function erase() {
    setBusy(true);
    setProblem(null);
    try {
      await unwrap(api.DELETE("/v1/guests/{id}", { params: { path: { id: guest.id } } }));
      setOpen(false);
      notify(t("erased"));
      onErased();
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        {t("erase")}
      </button>
      <Dialog open={open} title={t("eraseTitle")} onClose={() => setOpen(false)}>
        <p>{t("eraseText")}</p>
        <div role="alert">{problem && <p className="notice notice--error">{problem}</p>}</div>
        <div className={styles.actions}>
          <button type="button" className="button button--danger" disabled={busy} onClick={() => void erase()}>
            {busy ? t("working") : t("eraseConfirm")}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setOpen(false)} autoFocus>
            {t("cancel")}
          </button>
        </div>
      </Dialog>
    </>
  );
}
