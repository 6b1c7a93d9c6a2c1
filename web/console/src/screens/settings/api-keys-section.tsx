import { useState, type FormEvent } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFormat, useMessages } from "../../i18n/i18n";
import { Field } from "../../ui/field";
import { LoadState } from "../../ui/states";
import { useToast } from "../../ui/toast";
import { CopyButton } from "../../ui/copy-button";
import { messages } from "./messages";
import { plainWords } from "./plain-words";
import styles from "./settings.module.css";

type Scope = Schemas["CreateApiKeyRequest"]["scopes"][number];
const SCOPES: Scope[] = ["accommodations:read", "accommodations:write", "availability:read", "reservations:read", "reservations:write", "conversations:read", "conversations:write", "reports:read", "webhooks:manage"];

const SCOPE_SET = new Set<string>(SCOPES);

/** Partner keys: created with scopes, shown exactly once, revoked in two taps. */
export function ApiKeysSection() {
  const t = useMessages(messages);
  const words = useMessages(plainWords);
  const format = useFormat();
  const { notify, fail } = useToast();
  const keys = useApi(() => unwrap(api.GET("/v1/api-keys")), []);
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<Scope[]>(["availability:read", "reservations:read"]);
  const [created, setCreated] = useState<Schemas["CreatedApiKey"] | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      setCreated(await unwrap(api.POST("/v1/api-keys", { body: { name, scopes } })));
      setName("");
      await keys.reload();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (key: Schemas["ApiKey"]) => {
    if (!window.confirm(t("revokeConfirm", { name: key.name }))) return;
    try {
      await unwrap(api.DELETE("/v1/api-keys/{id}", { params: { path: { id: key.id } } }));
      notify(t("revoked"));
      await keys.reload();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className={`card ${styles.section}`} aria-labelledby="api-keys">
      <h2 id="api-keys">{t("apiKeys")}</h2>
      {created && (
        <div role="alert">
          <p>{t("keyShownOnce")}</p>
          <code className={styles.secret} data-testid="new-api-key">
            {created.key}
          </code>
          <div className={styles.row}>
            <CopyButton text={created.key} label={t("copy")} copiedText={t("copied")} failedText={t("copyFailed")} />
            <button type="button" className="button" onClick={() => setCreated(null)}>
              {t("done")}
            </button>
          </div>
        </div>
      )}
      <form onSubmit={create}>
        <Field label={t("keyName")} value={name} onChange={(event) => setName(event.target.value)} required maxLength={80} />
        <fieldset className={styles.scopes}>
          <legend>{t("scopes")}</legend>
          {SCOPES.map((scope) => (
            <label key={scope}>
              <input
                type="checkbox"
                checked={scopes.includes(scope)}
                onChange={(event) => setScopes((current) => (event.target.checked ? [...current, scope] : current.filter((s) => s !== scope)))}
              />
              {words(`scope_${scope}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={busy || scopes.length === 0}>
          {t("createKey")}
        </button>
      </form>
      <LoadState loading={keys.loading} error={keys.error} empty={keys.data?.data.length === 0} emptyText={t("noKeys")} onRetry={keys.reload}>
        <ul className={styles.list}>
          {keys.data?.data.map((key) => (
            <li key={key.id} className={styles.item}>
              <span>
                <strong>{key.name}</strong> <code>{key.start}…</code>
                <br />
                <span className={styles.muted}>
                  {key.scopes.map((scope) => (SCOPE_SET.has(scope) ? words(`scope_${scope as Scope}`) : scope)).join(" · ")} · {t("lastUsed", { when: key.lastUsedAt ? format.dateTime(key.lastUsedAt) : t("never") })}
                </span>
              </span>
              <button type="button" className="button button--danger" onClick={() => revoke(key)} aria-label={`${t("revoke")} ${key.name}`}>
                {t("revoke")}
              </button>
            </li>
          ))}
        </ul>
      </LoadState>
    </section>
  );
}
