import type { Schemas } from "../../../api/client";
import { useFormat, useMessages } from "../../../i18n/i18n";
import { useSession } from "../../../session";
import { Badge } from "../../../ui/states";
import { outboxMessages } from "./outbox-messages";
import styles from "./outbox.module.css";

type Email = Schemas["OutboxEmail"];

const TONE: Partial<Record<NonNullable<Email["status"]>, "ok" | "warn" | "danger" | "info">> = {
  accepted: "ok", sent: "ok", delivered: "ok", read: "ok", queued: "info", sending: "info", deferred: "warn", needs_template: "warn", failed: "danger",
};

/** Each kept email: who it went to, its subject, when and how it stands; opened, its text part. */
export default function OutboxPanel({ emails, loading, onReload }: { emails: Email[]; loading: boolean; onReload: () => void }) {
  const t = useMessages(outboxMessages);
  const format = useFormat();
  const { me } = useSession();
  const zone = me?.tenant.timezone;
  return (
    <section className={`card ${styles.panel}`} aria-labelledby="dev-outbox" id="outbox">
      <div className={styles.head}>
        <h2 id="dev-outbox">{t("title")}</h2>
        <button type="button" className="button button--quiet" onClick={onReload} disabled={loading}>
          {loading ? t("reloading") : t("reload")}
        </button>
      </div>
      <p className={styles.muted}>{t("intro")}</p>
      {emails.length === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <ul className={styles.list} aria-label={t("title")}>
          {emails.map((email) => (
            <li key={email.id}>
              <details className={styles.email}>
                <summary>
                  <strong className={styles.subject}>{email.subject || t("noSubject")}</strong>
                  <span className={styles.meta}>
                    <span>
                      {t("to")}: {email.to}
                    </span>
                    <time dateTime={email.createdAt}>{format.dateTime(email.createdAt, zone)}</time>
                    <Badge tone={email.status ? (TONE[email.status] ?? "muted") : "muted"}>{email.status ? t(`status_${email.status}`) : t("noMessage")}</Badge>
                  </span>
                </summary>
                <dl className={styles.headers}>
                  <dt>{t("from")}</dt>
                  <dd>{email.from}</dd>
                  <dt>{t("to")}</dt>
                  <dd>{email.to}</dd>
                  {email.replyTo && (
                    <>
                      <dt>{t("replyTo")}</dt>
                      <dd>{email.replyTo}</dd>
                    </>
                  )}
                </dl>
                <h3 className="visually-hidden">{t("textPart")}</h3>
                <pre className={styles.text}>
                  {email.text}
                </pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
