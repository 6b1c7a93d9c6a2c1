import { useId, useState, type FormEvent } from "react";
import { api, fieldErrors, unwrap, type Schemas } from "../../api/client";
import { useMessages } from "../../i18n/i18n";
import { Field } from "../../ui/field";
import { useToast } from "../../ui/toast";
import { messages } from "./messages";
import { TemplatePreview } from "./template-preview";
import styles from "./automatic-messages.module.css";

type Template = Schemas["MessageTemplate"];
const LANGS = ["es", "pt", "en"] as const;
export const VARIABLES = ["guest.firstName", "reservation.code", "checkIn", "checkOut", "checkInTime", "checkOutTime", "unit.name", "address", "mapsUrl", "directions", "wifi", "doorCode", "balance", "paymentUrl", "holdExpiresAt", "lodging.name", "nights", "guests", "total", "guest.name", "loyaltyWelcome"];

/** Creates or edits a template: a name, its text per language, the approved WhatsApp template it maps to, and a preview. */
export function TemplateEditor({ template, canEdit, onSaved, onClose }: { template: Template | null; canEdit: boolean; onSaved: () => void; onClose: () => void }) {
  const t = useMessages(messages);
  const { notify, fail } = useToast();
  const [name, setName] = useState(template?.name ?? "");
  const [bodies, setBodies] = useState<Record<(typeof LANGS)[number], string>>({ es: template?.bodies.es ?? "", pt: template?.bodies.pt ?? "", en: template?.bodies.en ?? "" });
  const [waName, setWaName] = useState(template?.whatsapp?.name ?? "");
  const [waLanguage, setWaLanguage] = useState(template?.whatsapp?.language ?? "es_AR");
  const [waParameters, setWaParameters] = useState(template?.whatsapp?.parameters.join(", ") ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    const body = {
      name,
      bodies: Object.fromEntries(LANGS.filter((lang) => bodies[lang].trim() !== "").map((lang) => [lang, bodies[lang]])),
      whatsapp: waName.trim() ? { name: waName.trim(), language: waLanguage.trim(), parameters: waParameters.split(",").map((p) => p.trim().replace(/^\{|\}$/g, "")).filter(Boolean) } : null,
    };
    try {
      if (template) await unwrap(api.PATCH("/v1/communications/templates/{id}", { params: { path: { id: template.id } }, body }));
      else await unwrap(api.POST("/v1/communications/templates", { body }));
      notify(t("saved"));
      onSaved();
    } catch (error) {
      // The API names each unknown variable; the person reads it in their language.
      setErrors(Object.fromEntries(Object.entries(fieldErrors(error)).map(([path, message]) => [path, message.replace(/^unknown variable \{?([^}]*)\}?$/, (_m, name: string) => t("unknownVariable", { name: `{${name}}` }))])));
      fail(error);
    }
  };

  const remove = async () => {
    if (!template) return;
    try {
      await unwrap(api.DELETE("/v1/communications/templates/{id}", { params: { path: { id: template.id } } }));
      notify(t("deleted"));
      onSaved();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <form onSubmit={save} className={`card ${styles.item}`}>
      <Field label={t("name")} value={name} onChange={(event) => setName(event.target.value)} maxLength={120} required disabled={!canEdit} error={errors.name} />
      {LANGS.map((lang) => (
        <TextArea key={lang} label={t(`body_${lang}`)} value={bodies[lang]} disabled={!canEdit} onChange={(value) => setBodies({ ...bodies, [lang]: value })} error={errors[`bodies.${lang}`] ?? (lang === "es" ? errors.bodies : undefined)} />
      ))}
      <p className={styles.muted}>{t("variablesHint", { variables: VARIABLES.map((v) => `{${v}}`).join(" ") })}</p>
      <div className={styles.row}>
        <Field label={t("whatsappName")} value={waName} onChange={(event) => setWaName(event.target.value)} disabled={!canEdit} error={errors["whatsapp.name"]} />
        <Field label={t("whatsappLanguage")} value={waLanguage} onChange={(event) => setWaLanguage(event.target.value)} disabled={!canEdit} error={errors["whatsapp.language"]} />
      </div>
      <Field label={t("whatsappParameters")} value={waParameters} onChange={(event) => setWaParameters(event.target.value)} disabled={!canEdit} hint={t("whatsappHint")} error={Object.entries(errors).find(([key]) => key.startsWith("whatsapp.parameters"))?.[1]} />
      <div className={styles.actions}>
        {canEdit && (
          <button type="submit" className="button">
            {t("save")}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t("cancel")}
        </button>
        {canEdit && template && (
          <button type="button" className="button button--quiet" onClick={() => void remove()}>
            {t("delete")}
          </button>
        )}
      </div>
      {template && <TemplatePreview templateId={template.id} />}
    </form>
  );
}

function TextArea({ label, value, onChange, error, disabled }: { label: string; value: string; onChange: (value: string) => void; error?: string; disabled?: boolean }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className={styles.textarea}
        maxLength={4096}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-note` : undefined}
      />
      {error && (
        <small id={`${id}-note`} className="field__error">
          {error}
        </small>
      )}
    </div>
  );
}
