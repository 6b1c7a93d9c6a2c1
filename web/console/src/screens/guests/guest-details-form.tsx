import { useId, useState } from "react";
import { api, fieldErrors, unwrap } from "../../api/client";
import { useMessages } from "../../i18n/i18n";
import { Field, SelectField } from "../../ui/field";
import { useToast } from "../../ui/toast";
import { formatPhone } from "../../ui/phone-format";
import type { Profile } from "./guest-profile";
import { messages } from "./messages";
import styles from "./guests.module.css";

/** What staff keep about a guest: name, contacts, language, notes, tags and marketing consent. */
export function GuestDetailsForm({ guest, onSaved }: { guest: Profile; onSaved: () => void }) {
  const t = useMessages(messages);
  const { notify, fail } = useToast();
  const notesId = useId();
  const [name, setName] = useState(guest.name ?? "");
  // Shown as people read it, like the heading above; the API stores it back in E.164.
  const [phone, setPhone] = useState(guest.phone ? formatPhone(guest.phone) : "");
  const [email, setEmail] = useState(guest.email ?? "");
  const [lang, setLang] = useState(guest.lang ?? "");
  const [notes, setNotes] = useState(guest.notes ?? "");
  const [tags, setTags] = useState(guest.tags.join(", "));
  const [consent, setConsent] = useState(guest.marketingConsent);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    setErrors({});
    try {
      await unwrap(
        api.PATCH("/v1/guests/{id}", {
          params: { path: { id: guest.id } },
          body: {
            ...(name.trim() ? { name: name.trim() } : {}),
            phone: phone.trim() || null,
            email: email.trim() || null,
            lang: lang === "es" || lang === "pt" || lang === "en" ? lang : null,
            notes: notes.trim() || null,
            tags: tags.split(",").map((tag) => tag.trim()).filter(Boolean),
            marketingConsent: consent,
          },
        }),
      );
      notify(t("saved"));
      onSaved();
    } catch (error) {
      setErrors(fieldErrors(error));
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className={`${styles.section} ${styles.form}`}
      aria-label={t("edit")}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2>{t("edit")}</h2>
      <Field label={t("name")} name="name" value={name} maxLength={200} onChange={(event) => setName(event.target.value)} error={errors.name ? t("nameInvalid") : undefined} />
      <Field label={t("phone")} name="phone" type="tel" value={phone} onChange={(event) => setPhone(event.target.value)} error={errors.phone ? t("phoneInvalid") : undefined} />
      <Field label={t("email")} name="email" type="email" value={email} onChange={(event) => setEmail(event.target.value)} error={errors.email ? t("emailInvalid") : undefined} />
      <SelectField
        label={t("lang")}
        name="lang"
        value={lang}
        onChange={(event) => setLang(event.target.value)}
        options={[
          { value: "", label: t("langNone") },
          { value: "es", label: "Español" },
          { value: "pt", label: "Português" },
          { value: "en", label: "English" },
        ]}
      />
      <div className="field">
        <label htmlFor={notesId}>{t("notes")}</label>
        <textarea id={notesId} name="notes" rows={3} maxLength={4000} value={notes} onChange={(event) => setNotes(event.target.value)} />
      </div>
      <Field label={t("tags")} name="tags" hint={t("tagsHint")} value={tags} onChange={(event) => setTags(event.target.value)} />
      <label className={styles.checkbox}>
        <input type="checkbox" name="marketingConsent" checked={consent} onChange={(event) => setConsent(event.target.checked)} /> {t("consent")}
      </label>
      <div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t("working") : t("save")}
        </button>
      </div>
    </form>
  );
}
