import { useState, type FormEvent } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFormat, useLocale, useMessages } from "../../i18n/i18n";
import { useSession } from "../../session";
import { CopyButton } from "../../ui/copy-button";
import { Field, SelectField } from "../../ui/field";
import { Badge, LoadState } from "../../ui/states";
import { useToast } from "../../ui/toast";
import styles from "./operations.module.css";
import { describeAudit } from "./audit-phrases";
import { auditWords } from "./audit-words";
import { AUDIT_AREAS, areaFilter, type AuditArea } from "./audit-areas";
import { eventNames, messages } from "./messages";
import { CrmSection } from "./crm-section";

type Window = "1h" | "24h" | "7d";
type EventName = keyof (typeof eventNames)["es-AR"];
const EVENTS: EventName[] = ["reservation.held", "reservation.confirmed", "reservation.cancelled", "reservation.expired", "reservation.changed", "payment.received", "payment.refunded", "conversation.handed_over", "checkin.completed", "feed.failed", "alert.raised"];

/** Owners and admins: integration health, the tenant's metrics, partner webhooks and (owners) the change log. */
export default function OperationsScreen() {
  const t = useMessages(messages);
  const { me } = useSession();
  return (
    <>
      <h1>{t("title")}</h1>
      <HealthSection />
      {me?.user.role === "owner" && <CrmSection />}
      <MetricsSection />
      <SubscriptionsSection />
      {me?.user.role === "owner" && <AuditSection />}
    </>
  );
}

function useAge() {
  const t = useMessages(messages);
  return (seconds: number | null | undefined) => (seconds === null || seconds === undefined ? "—" : seconds < 5400 ? t("minutes", { n: Math.round(seconds / 60) }) : t("hours", { n: Math.round(seconds / 3600) }));
}

function usePercent() {
  const { locale } = useLocale();
  return (share: number | null) => (share === null ? null : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(share));
}

const MODE_WORDS = { active: "active", disabled: "disabled", deferred: "deferred", needs_attention: "needsAttention" } as const;

function HealthSection() {
  const t = useMessages(messages);
  const format = useFormat();
  const health = useApi(() => unwrap(api.GET("/v1/integrations/health")), []);
  return (
    <section className={`card ${styles.section}`} aria-labelledby="ops-health">
      <h2 id="ops-health">{t("health")}</h2>
      <LoadState loading={health.loading} error={health.error} empty={health.data?.data.length === 0} emptyText={t("noIntegrations")} onRetry={health.reload}>
        <p>
          <Badge tone={health.data?.status === "ok" ? "ok" : "danger"}>{health.data?.status === "ok" ? t("healthOk") : t("healthDegraded")}</Badge>
        </p>
        <ul className={styles.list}>
          {health.data?.data.map((item) => (
            <li key={item.id} className={styles.item}>
              <span className={styles.url}>{item.name}</span>{" "}
              <Badge tone={item.mode === "active" && item.healthy ? "ok" : item.mode === "active" || item.mode === "deferred" ? "warn" : "danger"}>{t(MODE_WORDS[item.mode])}</Badge>
              <dl className={styles.facts}>
                <dt>{t("lastSuccess")}</dt>
                <dd>{item.lastSuccessAt ? format.dateTime(item.lastSuccessAt) : t("never")}</dd>
                <dt>{t("failureStreak")}</dt>
                <dd>{item.failureStreak}</dd>
                <dt>{t("queued")}</dt>
                <dd>{item.queued}</dd>
              </dl>
            </li>
          ))}
        </ul>
      </LoadState>
    </section>
  );
}

function MetricsSection() {
  const t = useMessages(messages);
  const age = useAge();
  const percent = usePercent();
  const [window, setWindow] = useState<Window>("24h");
  const metrics = useApi(() => unwrap(api.GET("/v1/ops/metrics", { params: { query: { window } } })), [window]);
  const m = metrics.data;
  const windows: Array<[Window, "window1h" | "window24h" | "window7d"]> = [["1h", "window1h"], ["24h", "window24h"], ["7d", "window7d"]];
  const channelTile = (label: "whatsapp" | "email" | "webhooks", counts: { sent: number; failed: number; rate: number | null }) => (
    <div className={styles.tile}>
      <h3>{t(label)}</h3>
      <p className={styles.big}>{percent(counts.rate) ?? t("noActivity")}</p>
      {counts.rate !== null && <p className={styles.small}>{`${t("success")} · ${counts.sent} ${t("sent")} · ${counts.failed} ${t("failed")}`}</p>}
    </div>
  );
  return (
    <section className={`card ${styles.section}`} aria-labelledby="ops-metrics">
      <h2 id="ops-metrics">{t("metrics")}</h2>
      <div className={styles.windows} role="group" aria-label={t("metrics")}>
        {windows.map(([value, label]) => (
          <button key={value} type="button" className={value === window ? "button" : "button button--quiet"} aria-pressed={value === window} onClick={() => setWindow(value)}>
            {t(label)}
          </button>
        ))}
      </div>
      <LoadState loading={metrics.loading && !m} error={metrics.error} onRetry={metrics.reload}>
        {m && (
          <>
            <div className={styles.tiles}>
              {channelTile("whatsapp", { sent: m.whatsapp.sent, failed: m.whatsapp.failed, rate: m.whatsapp.successRate })}
              {channelTile("email", { sent: m.email.sent, failed: m.email.failed, rate: m.email.successRate })}
              {channelTile("webhooks", { sent: m.webhooks.succeeded, failed: m.webhooks.failed, rate: m.webhooks.successRate })}
              <div className={styles.tile}>
                <h3>{t("calendarSync")}</h3>
                <p className={styles.big}>{age(m.calendarSync.oldestSyncAgeSeconds)}</p>
                <p className={styles.small}>{`${t("oldestSync")} · ${m.calendarSync.feeds} ${t("feeds")} · ${m.calendarSync.failing} ${t("failingFeeds")}`}</p>
              </div>
            </div>
            <h3>{t("queues")}</h3>
            <div className={styles.tiles}>
              {([["queuePayments", m.queues.payments], ["queueOutbound", m.queues.outbound], ["queueWebhooks", m.queues.webhooks]] as const).map(([label, queue]) => (
                <div key={label} className={styles.tile}>
                  <h3>{t(label)}</h3>
                  <p className={styles.big}>{queue.waiting}</p>
                  <p className={styles.small}>{`${t("waiting")} · ${t("oldestWaiting")}: ${age(queue.oldestAgeSeconds)} · ${t("deadLetters")}: ${queue.deadLetters}`}</p>
                </div>
              ))}
            </div>
          </>
        )}
      </LoadState>
    </section>
  );
}

function SubscriptionsSection() {
  const t = useMessages(messages);
  const names = useMessages(eventNames);
  const { fail } = useToast();
  const subscriptions = useApi(() => unwrap(api.GET("/v1/webhook-subscriptions")), []);
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<EventName[]>(["reservation.confirmed", "reservation.cancelled"]);
  const [secret, setSecret] = useState<string | null>(null);

  const subscribe = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const created = await unwrap(api.POST("/v1/webhook-subscriptions", { body: { url, events: events as Schemas["CreateWebhookSubscriptionRequest"]["events"] } }));
      setSecret(created.secret);
      setUrl("");
      await subscriptions.reload();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className={`card ${styles.section}`} aria-labelledby="ops-webhooks">
      <h2 id="ops-webhooks">{t("subscriptions")}</h2>
      {secret && <SecretOnce secret={secret} />}
      <LoadState loading={subscriptions.loading} error={subscriptions.error} empty={subscriptions.data?.data.length === 0} emptyText={t("noSubscriptions")} onRetry={subscriptions.reload}>
        <ul className={styles.list}>
          {subscriptions.data?.data.map((s) => <SubscriptionItem key={s.id} subscription={s} onChanged={subscriptions.reload} onSecret={setSecret} />)}
        </ul>
      </LoadState>
      <form onSubmit={subscribe} aria-label={t("subscribe")}>
        <Field label={t("url")} type="url" value={url} onChange={(e) => setUrl(e.target.value)} required placeholder="https://" />
        <fieldset className={styles.events}>
          <legend>{t("events")}</legend>
          {EVENTS.map((name) => (
            <label key={name}>
              <input type="checkbox" checked={events.includes(name)} onChange={(e) => setEvents(e.target.checked ? [...events, name] : events.filter((x) => x !== name))} />
              <span>{names(name)}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={events.length === 0}>
          {t("subscribe")}
        </button>
      </form>
    </section>
  );
}

function SecretOnce({ secret }: { secret: string }) {
  const t = useMessages(messages);
  return (
    <div className="notice" role="status">
      <p>{t("secretOnce")}</p>
      <span className={styles.secret} data-testid="webhook-secret">
        {secret}
      </span>
      <CopyButton text={secret} label={t("copy")} copiedText={t("copied")} failedText={t("copyFailed")} />
    </div>
  );
}

function SubscriptionItem({ subscription: s, onChanged, onSecret }: { subscription: Schemas["WebhookSubscription"]; onChanged: () => Promise<void>; onSecret: (secret: string) => void }) {
  const t = useMessages(messages);
  const names = useMessages(eventNames);
  const format = useFormat();
  const { notify, fail } = useToast();
  const [open, setOpen] = useState(false);
  const path = { params: { path: { id: s.id } } };
  const act = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) notify(done);
      await onChanged();
    } catch (error) {
      fail(error);
    }
  };
  return (
    <li className={styles.item}>
      <span className={styles.url}>{s.url}</span> <Badge tone={s.status === "active" ? (s.failureStreak >= 3 ? "warn" : "ok") : "danger"}>{s.status === "active" ? t("active") : t("disabled")}</Badge>
      <p className={styles.small}>{s.events.map((e) => names(e as EventName)).join(" · ")}</p>
      <dl className={styles.facts}>
        <dt>{t("lastSuccess")}</dt>
        <dd>{s.lastSuccessAt ? format.dateTime(s.lastSuccessAt) : t("never")}</dd>
        <dt>{t("failureStreak")}</dt>
        <dd>{s.failureStreak}</dd>
      </dl>
      <div className={styles.actions}>
        <button type="button" className="button button--quiet" onClick={() => act(async () => {
          const ping = await unwrap(api.POST("/v1/webhook-subscriptions/{id}/ping", path));
          notify(ping.status === "succeeded" ? t("pingOk") : t("pingFailed"));
        })} disabled={s.status !== "active"}>
          {t("ping")}
        </button>
        <button type="button" className="button button--quiet" onClick={() => window.confirm(t("rotateConfirm")) && act(async () => onSecret((await unwrap(api.POST("/v1/webhook-subscriptions/{id}/rotate-secret", { ...path, body: {} }))).secret))}>
          {t("rotate")}
        </button>
        <button type="button" className="button button--quiet" onClick={() => act(() => unwrap(api.PATCH("/v1/webhook-subscriptions/{id}", { ...path, body: { enabled: s.status !== "active" } })))}>
          {s.status === "active" ? t("disable") : t("enable")}
        </button>
        <button type="button" className="button button--quiet" onClick={() => act(async () => notify(t("replayedCount", { n: (await unwrap(api.POST("/v1/webhook-subscriptions/{id}/replay-failed", path))).replayed })))} disabled={s.status !== "active"}>
          {t("replayFailed")}
        </button>
        <button type="button" className="button button--quiet" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t("hideDeliveries") : t("deliveries")}
        </button>
        <button type="button" className="button button--quiet" onClick={() => window.confirm(t("removeConfirm")) && act(() => api.DELETE("/v1/webhook-subscriptions/{id}", path))}>
          {t("remove")}
        </button>
      </div>
      {open && <Deliveries subscriptionId={s.id} />}
    </li>
  );
}

function Deliveries({ subscriptionId }: { subscriptionId: string }) {
  const t = useMessages(messages);
  const names = useMessages(eventNames);
  const format = useFormat();
  const { notify, fail } = useToast();
  const deliveries = useApi(() => unwrap(api.GET("/v1/webhook-subscriptions/{id}/deliveries", { params: { path: { id: subscriptionId }, query: {} } })), [subscriptionId]);
  const status = { pending: t("statusPending"), succeeded: t("statusSucceeded"), failed: t("statusFailed") } as const;
  const replay = async (id: string) => {
    try {
      await unwrap(api.POST("/v1/webhook-deliveries/{id}/replay", { params: { path: { id } } }));
      notify(t("replayed"));
      await deliveries.reload();
    } catch (error) {
      fail(error);
    }
  };
  return (
    <LoadState loading={deliveries.loading} error={deliveries.error} empty={deliveries.data?.data.length === 0} emptyText={t("noDeliveries")} onRetry={deliveries.reload}>
      <ul className={styles.list} data-testid="webhook-deliveries">
        {deliveries.data?.data.map((d) => (
          <li key={d.id} className={styles.item}>
            <Badge tone={d.status === "succeeded" ? "ok" : d.status === "failed" ? "danger" : "info"}>{status[d.status]}</Badge> {names(d.eventType as EventName)}
            <p className={styles.small}>
              {`${format.dateTime(d.lastAttemptAt ?? d.createdAt)} · ${d.attempts} ${t("attempts")}${d.latencyMs !== null ? ` · ${t("latency", { n: d.latencyMs })}` : ""}${d.responseStatus !== null ? ` · HTTP ${d.responseStatus}` : ""}`}
            </p>
            {d.responseExcerpt && <p className={styles.excerpt}>{`${t("answer")}: ${d.responseExcerpt.slice(0, 200)}`}</p>}
            {d.status !== "pending" && (
              <button type="button" className="button button--quiet" onClick={() => replay(d.id)}>
                {t("replay")}
              </button>
            )}
          </li>
        ))}
      </ul>
    </LoadState>
  );
}

function AuditSection() {
  const t = useMessages(messages);
  const format = useFormat();
  const { locale } = useLocale();
  const roleName = (role: string) => auditWords[locale].roles[role as "owner" | "admin" | "staff"] ?? role;
  const [area, setArea] = useState<AuditArea | "">("");
  const audit = useApi(() => unwrap(api.GET("/v1/audit", { params: { query: area ? { action: areaFilter(area), limit: 50 } : { limit: 50 } } })), [area]);
  const areaOptions = [{ value: "", label: t("auditAreaAll") }, ...(Object.keys(AUDIT_AREAS) as AuditArea[]).map((value) => ({ value, label: t(`auditArea_${value}`) }))];
  return (
    <section className={`card ${styles.section}`} aria-labelledby="ops-audit">
      <h2 id="ops-audit">{t("audit")}</h2>
      <p className={styles.small}>{t("auditHint")}</p>
      <div className={styles.row}>
        <SelectField label={t("auditFilter")} value={area} options={areaOptions} onChange={(e) => setArea(e.target.value as AuditArea | "")} />
      </div>
      <LoadState loading={audit.loading} error={audit.error} empty={audit.data?.data.length === 0} emptyText={t("noAudit")} onRetry={audit.reload}>
        <ul className={styles.list} data-testid="audit-entries">
          {audit.data?.data.map((entry) => {
            const phrase = describeAudit(entry, locale, format);
            return (
              <li key={entry.id} className={styles.item}>
                <p className={styles.sentence}>{phrase.sentence}</p>
                {phrase.changes.length > 0 && (
                  <ul className={styles.changes}>
                    {phrase.changes.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                )}
                <p className={styles.small}>
                  {[format.dateTime(entry.at), entry.actor.role ? roleName(entry.actor.role) : entry.actor.type === "api_key" ? t("actorKey") : null, entry.ip].filter(Boolean).join(" · ")}
                </p>
              </li>
            );
          })}
        </ul>
      </LoadState>
    </section>
  );
}
