import { useState } from "react";
import { api, unwrap } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useMessages } from "../../i18n/i18n";
import { Dialog } from "../../ui/dialog";
import { Field } from "../../ui/field";
import { useProblemText } from "../../ui/problem-messages";
import type { Profile } from "./guest-profile";
import { messages } from "./messages";
import styles from "./guests.module.css";
import { PhoneNumber } from "../../ui/phone-number";

/** Finds this person's other profile and merges it into this one; the toast offers the undo. */
export function MergeGuestButton({ guest, onMerged }: { guest: Profile; onMerged: (mergeId: string) => void }) {
  const t = useMessages(messages);
  const problemText = useProblemText();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const candidates = useApi(async () => (q.trim().length < 2 ? [] : (await unwrap(api.GET("/v1/guests", { params: { query: { q: q.trim(), limit: 10 } } }))).data.filter((g) => g.id !== guest.id)), [q, guest.id]);

  async function merge(otherId: string) {
    setBusy(true);
    setProblem(null);
    try {
      const result = await unwrap(api.POST("/v1/guests/{id}/merge", { params: { path: { id: guest.id } }, body: { otherId } }));
      setOpen(false);
      onMerged(result.mergeId);
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button button--quiet" onClick={() => setOpen(true)}>
        {t("merge")}
      </button>
      <Dialog open={open} title={t("mergeTitle")} onClose={() => setOpen(false)}>
        <p className={styles.muted}>{t("mergeHint")}</p>
        <Field label={t("search")} type="search" name="mergeSearch" autoComplete="off" hint={t("searchHint")} value={q} onChange={(event) => setQ(event.target.value)} autoFocus />
        <ul className={styles.stays} aria-label={t("results")}>
          {candidates.data?.map((candidate) => (
            <li key={candidate.id} className={styles.guestTop}>
              <span className={styles.name}>
                <strong>{candidate.name ?? t("unnamed")}</strong> {candidate.phone ? <PhoneNumber value={candidate.phone} dial={false} /> : (candidate.email ?? "")}
              </span>
              <button type="button" className="button" disabled={busy} onClick={() => void merge(candidate.id)}>
                {t("mergeInto")}
              </button>
            </li>
          ))}
        </ul>
        <div role="alert">{problem && <p className="notice notice--error">{problem}</p>}</div>
        <div className={styles.actions}>
          <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
            {t("cancel")}
          </button>
        </div>
      </Dialog>
    </>
  );
}
