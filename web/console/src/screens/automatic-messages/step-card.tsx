import { useState, type FormEvent } from "react";
import { api, fieldErrors, unwrap, type Schemas } from "../../api/client";
import { useFormat, useLocale, useMessages } from "../../i18n/i18n";
import { Link } from "../../router";
import { Field, SelectField } from "../../ui/field";
import { NumberField } from "../../ui/number-field";
import { numberToInput, readNumber } from "../../ui/number-input";
import { useToast } from "../../ui/toast";
import { messages } from "./messages";
import styles from "./automatic-messages.module.css";

type Step = Schemas["MessageStep"];
type Template = Schemas["MessageTemplate"];
type Channels = Step["channels"];

const CHANNEL_CHOICES: Record<string, Channels> = {
  whatsapp_email: ["whatsapp", "email"],
  email_whatsapp: ["email", "whatsapp"],
  whatsapp: ["whatsapp"],
  email: ["email"],
};
const choiceOf = (channels: Channels) => Object.entries(CHANNEL_CHOICES).find(([, value]) => value.join() === channels.join())?.[0] ?? "whatsapp_email";

/** One step: when it goes, with which template and channels, its next sends; owners and admins edit it. */
export function StepCard({ step, templates, canEdit, timeZone, onChanged }: { step: Step; templates: Template[]; canEdit: boolean; timeZone: string; onChanged: () => void }) {
  const t = useMessages(messages);
  const format = useFormat();
  const { locale } = useLocale();
  const { notify, fail } = useToast();
  const [editing, setEditing] = useState(false);
  const [offset, setOffset] = useState(numberToInput(step.offsetDays, locale));
  const [time, setTime] = useState(step.localTime ?? "");
  const [templateId, setTemplateId] = useState(step.templateId);
  const [channels, setChannels] = useState(choiceOf(step.channels));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const templateName = templates.find((template) => template.id === step.templateId)?.name ?? "—";

  const patch = async (body: Schemas["MessageStepPatch"]) => {
    setErrors({});
    try {
      await unwrap(api.PATCH("/v1/communications/steps/{id}", { params: { path: { id: step.id } }, body }));
      notify(t("saved"));
      onChanged();
      return true;
    } catch (error) {
      setErrors(fieldErrors(error));
      fail(error);
      return false;
    }
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const days = readNumber(offset, locale, { integer: true, min: 0, max: step.maxOffsetDays });
    const body: Schemas["MessageStepPatch"] = { templateId, channels: CHANNEL_CHOICES[channels] };
    if (step.timed) {
      if (step.maxOffsetDays > 0 && days.ok) body.offsetDays = days.value;
      if (time) body.localTime = time;
    }
    if (await patch(body)) setEditing(false);
  };

  const when = t(`when_${step.kind}`, { days: step.offsetDays, time: step.localTime ?? "" });
  return (
    <li className={`card ${styles.item}`} data-step={step.kind}>
      <div className={styles.heading}>
        <h3>{t(`kind_${step.kind}`)}</h3>
        <label className={styles.toggle}>
          <input type="checkbox" checked={step.enabled} disabled={!canEdit} onChange={(event) => void patch({ enabled: event.target.checked })} />
          {step.enabled ? t("enabled") : t("paused")}
        </label>
      </div>
      <p className={styles.muted}>{when}</p>
      <p className={styles.muted}>
        {t("template")}: {templateName} · {t(`channels_${choiceOf(step.channels)}` as "channels_whatsapp")}
      </p>
      <details>
        <summary>{t("nextSends")}</summary>
        {step.nextSends.length === 0 ? (
          <p className={styles.muted}>{t("noNextSends")}</p>
        ) : (
          <ul className={styles.sends}>
            {step.nextSends.map((send) => (
              <li key={send.reservationId}>
                {format.dateTime(send.dueAt, timeZone)} · <Link href={`/reservations?id=${send.reservationId}`}>{send.guestName}</Link> · <code>{send.code}</code>
              </li>
            ))}
          </ul>
        )}
      </details>
      {canEdit && !editing && (
        <div className={styles.actions}>
          <button type="button" className="button button--quiet" onClick={() => setEditing(true)}>
            {t("edit")}
          </button>
        </div>
      )}
      {editing && (
        <form onSubmit={save}>
          {step.timed && (
            <div className={styles.row}>
              {step.maxOffsetDays > 0 && <NumberField label={t("offsetDays")} rules={{ integer: true, min: 0, max: step.maxOffsetDays }} unit={t("days")} value={offset} onChange={setOffset} error={errors.offsetDays} />}
              <Field label={t("localTime")} type="time" value={time} onChange={(event) => setTime(event.target.value)} error={errors.localTime} />
            </div>
          )}
          <div className={styles.row}>
            <SelectField label={t("template")} value={templateId} onChange={(event) => setTemplateId(event.target.value)} options={templates.map((template) => ({ value: template.id, label: template.name }))} error={errors.templateId} />
            <SelectField
              label={t("channels")}
              value={channels}
              onChange={(event) => setChannels(event.target.value)}
              options={Object.keys(CHANNEL_CHOICES).map((key) => ({ value: key, label: t(`channels_${key}` as "channels_whatsapp") }))}
              error={errors.channels}
            />
          </div>
          <div className={styles.actions}>
            <button type="submit" className="button">
              {t("save")}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setEditing(false)}>
              {t("cancel")}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
