import { useState, type FormEvent } from "react";
import { api, unwrap } from "../../api/client";
import { useMessages } from "../../i18n/i18n";
import { Field } from "../../ui/field";
import { useToast } from "../../ui/toast";
import { messages } from "./messages";
import styles from "./groups.module.css";

/** A group's request: who, when, how many and which rooms; the tenant's own free units are proposed at once. */
export function NewQuotationForm({ onCreated }: { onCreated: (id: string) => void }) {
  const t = useMessages(messages);
  const { fail } = useToast();
  const [rooms, setRooms] = useState([{ type: "double", count: "1" }]);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    setBusy(true);
    try {
      const created = await unwrap(
        api.POST("/v1/quotations", {
          body: {
            groupName: text("groupName"),
            contact: { name: text("contactName"), ...(text("contactEmail") ? { email: text("contactEmail") } : {}), ...(text("contactPhone") ? { phone: text("contactPhone") } : {}) },
            checkIn: text("checkIn"),
            checkOut: text("checkOut"),
            people: Number(text("people")),
            rooms: rooms.filter((room) => room.type.trim()).map((room) => ({ type: room.type.trim(), count: Number(room.count) })),
            deadline: new Date(text("deadline")).toISOString(),
            ...(text("notes") ? { notes: text("notes") } : {}),
          },
        }),
      );
      onCreated(created.id);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={submit}>
      <Field label={t("groupName")} name="groupName" required maxLength={200} />
      <Field label={t("contactName")} name="contactName" required maxLength={200} />
      <Field label={t("contactEmail")} name="contactEmail" type="email" />
      <Field label={t("contactPhone")} name="contactPhone" type="tel" />
      <div className={styles.pair}>
        <Field label={t("checkIn")} name="checkIn" type="date" required />
        <Field label={t("checkOut")} name="checkOut" type="date" required />
      </div>
      <Field label={t("people")} name="people" type="number" inputMode="numeric" min={1} max={2000} required />
      {rooms.map((room, index) => (
        <div className={styles.pair} key={index}>
          <Field label={t("roomType")} value={room.type} onChange={(event) => setRooms(rooms.map((r, i) => (i === index ? { ...r, type: event.target.value } : r)))} />
          <Field label={t("roomCount")} type="number" inputMode="numeric" min={1} max={500} value={room.count} onChange={(event) => setRooms(rooms.map((r, i) => (i === index ? { ...r, count: event.target.value } : r)))} />
        </div>
      ))}
      <button type="button" className="button button--quiet" onClick={() => setRooms([...rooms, { type: "", count: "1" }])}>
        {t("addRoom")}
      </button>
      <Field label={t("deadline")} name="deadline" type="datetime-local" required />
      <Field label={t("notes")} name="notes" maxLength={4000} />
      <button className="button" disabled={busy}>
        {t("create")}
      </button>
    </form>
  );
}
