import { useState } from "react";
import { api, unwrap } from "../../api/client";
import { daysBetween } from "../../dates";
import { useFormat, useMessages } from "../../i18n/i18n";
import { useRouter } from "../../router";
import { useCan } from "../../session";
import { Dialog } from "../../ui/dialog";
import { Field } from "../../ui/field";
import { useToast } from "../../ui/toast";
import styles from "./calendar.module.css";
import { messages } from "./messages";

/**
 * Free nights picked on a calendar: block them or start a reservation on them. Only the actions
 * the person may take are offered (staff cannot block nights).
 */
export function SelectionPanel({ unitId, unitName, range, prompt, onBlocked, onClear }: {
  unitId: string;
  unitName?: string;
  range: { checkIn: string; checkOut: string } | null;
  /** What to do next while only the first night is picked. */
  prompt: string;
  onBlocked: () => void;
  onClear: () => void;
}) {
  const t = useMessages(messages);
  const format = useFormat();
  const can = useCan();
  const { navigate } = useRouter();
  const { notify, fail } = useToast();
  const [blocking, setBlocking] = useState(false);
  const [note, setNote] = useState("");
  const summary = range ? t("selected", { from: format.day(range.checkIn), to: format.day(range.checkOut), nights: daysBetween(range.checkIn, range.checkOut) }) : null;

  const block = async () => {
    if (!range) return;
    try {
      await unwrap(api.POST("/v1/accommodations/{id}/blocks", { params: { path: { id: unitId } }, body: { ...range, ...(note ? { note } : {}) } }));
      notify(t("blocked_ok"));
      setBlocking(false);
      setNote("");
      onBlocked();
    } catch (error) {
      fail((error as { code?: string }).code === "dates_unavailable" ? new Error(t("unavailable")) : error);
    }
  };

  return (
    <section className={`card ${styles.panel}`} aria-live="polite" aria-label={t("selection")}>
      {unitName && <strong>{unitName}</strong>}
      <p>{summary ?? prompt}</p>
      <div className={styles.actions}>
        {range && can("accommodations:write") && (
          <button type="button" className="button" onClick={() => setBlocking(true)}>
            {t("block")}
          </button>
        )}
        {range && can("reservations:write") && (
          <button type="button" className="button button--quiet" onClick={() => navigate(`/reservations?new=1&accommodationId=${unitId}&checkIn=${range.checkIn}&checkOut=${range.checkOut}`)}>
            {t("createReservation")}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={onClear}>
          {t("clear")}
        </button>
      </div>
      <Dialog open={blocking} title={t("block")} onClose={() => setBlocking(false)}>
        {summary && <p>{summary}</p>}
        <Field label={t("blockNote")} value={note} onChange={(event) => setNote(event.target.value)} maxLength={200} />
        <div className={styles.actions}>
          <button type="button" className="button" onClick={block}>
            {t("blockConfirm")}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setBlocking(false)}>
            {t("cancel")}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
