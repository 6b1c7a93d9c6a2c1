import { useState } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFormat, useMessages } from "../../i18n/i18n";
import { SelectField } from "../../ui/field";
import { useToast } from "../../ui/toast";
import { messages } from "./messages";
import styles from "./automatic-messages.module.css";

/** Renders a saved template against a reservation the person picks, as that guest would read it. */
export function TemplatePreview({ templateId }: { templateId: string }) {
  const t = useMessages(messages);
  const format = useFormat();
  const { fail } = useToast();
  const bookings = useApi(() => unwrap(api.GET("/v1/reservations", { params: { query: { status: "confirmed,held" } } })), []);
  const [reservationId, setReservationId] = useState("");
  const [preview, setPreview] = useState<Schemas["TemplatePreview"] | null>(null);

  const show = async (id: string) => {
    setReservationId(id);
    setPreview(null);
    if (!id) return;
    try {
      setPreview(await unwrap(api.POST("/v1/communications/templates/{id}/preview", { params: { path: { id: templateId } }, body: { reservationId: id } })));
    } catch (error) {
      fail(error);
    }
  };

  const options = (bookings.data?.data ?? []).slice(0, 50).map((r) => ({ value: r.id, label: `${r.guest.name} · ${r.code} · ${format.day(r.checkIn)}` }));
  return (
    <section aria-label={t("preview")}>
      <h4>{t("preview")}</h4>
      {options.length === 0 && !bookings.loading ? (
        <p className={styles.muted}>{t("previewNone")}</p>
      ) : (
        <SelectField label={t("previewReservation")} value={reservationId} onChange={(event) => void show(event.target.value)} options={[{ value: "", label: t("previewPick") }, ...options]} />
      )}
      {preview && (
        <>
          <p className={styles.preview} lang={preview.lang}>
            {preview.text}
          </p>
          {preview.whatsapp && <p className={styles.muted}>{t("previewOutside", { name: preview.whatsapp.name, parameters: preview.whatsapp.parameters.join(" · ") })}</p>}
        </>
      )}
    </section>
  );
}
