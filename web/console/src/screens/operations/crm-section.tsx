import { useState, type FormEvent } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFormat, useMessages } from "../../i18n/i18n";
import { Field } from "../../ui/field";
import { Badge, LoadState } from "../../ui/states";
import { useToast } from "../../ui/toast";
import { crmMessages } from "./crm-messages";
import styles from "./operations.module.css";

type Crm = Schemas["CrmSettings"];

const BADGE = {
  active: ["ok", "badgeActive"],
  deferred: ["warn", "badgeDeferred"],
  needs_attention: ["danger", "badgeNeedsAttention"],
  off: ["info", "badgeOff"],
} as const;

/** The owner's HubSpot: what the adapter is doing, in words, and the token to connect it with. */
export function CrmSection() {
  const t = useMessages(crmMessages);
  const format = useFormat();
  const { notify, fail } = useToast();
  const crm = useApi(() => unwrap(api.GET("/v1/integrations/crm")), []);
  const [token, setToken] = useState("");
  const [busy, setBusy] = useState(false);

  const act = async (work: () => Promise<string | null>) => {
    setBusy(true);
    try {
      const said = await work();
      if (said) notify(said);
      await crm.reload();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    void act(async () => {
      await unwrap(api.PUT("/v1/integrations/crm", { body: { provider: "hubspot", ...(token.trim() ? { accessToken: token.trim() } : {}) } }));
      setToken("");
      return t("saved");
    });
  };
  const test = () =>
    act(async () => {
      const result = await unwrap(api.POST("/v1/integrations/crm/test"));
      return result.ok ? t("testOk") : t(result.problem === "rejected" ? "testRejected" : result.problem === "not_configured" ? "testNotConfigured" : "testUnreachable");
    });
  const resume = () => act(async () => ((await unwrap(api.POST("/v1/integrations/crm/resume"))).mode === "active" ? t("resumedActive") : t("resumedStill")));
  const disconnect = () =>
    window.confirm(t("disconnectConfirm")) &&
    act(async () => {
      await api.DELETE("/v1/integrations/crm");
      return t("disconnected");
    });

  const c = crm.data;
  return (
    <section className={`card ${styles.section}`} aria-labelledby="ops-crm">
      <h2 id="ops-crm">{t("title")}</h2>
      <p className={styles.small}>{t("intro")}</p>
      <LoadState loading={crm.loading && !c} error={crm.error} onRetry={crm.reload}>
        {c && (
          <>
            <p className={styles.sentence} role="status" data-testid="crm-mode">
              <Badge tone={c.mode === "active" && c.failureStreak > 0 ? "warn" : BADGE[c.mode][0]}>{t(c.mode === "active" && c.failureStreak > 0 ? "badgeFailing" : BADGE[c.mode][1])}</Badge> <CrmSentence crm={c} />
            </p>
            {c.mode !== "off" && (
              <dl className={styles.facts}>
                <dt>{t("lastSuccess")}</dt>
                <dd>{c.lastSuccessAt ? format.dateTime(c.lastSuccessAt) : t("never")}</dd>
              </dl>
            )}
            <form onSubmit={save} aria-label={t("connect")}>
              <Field label={t("token")} type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} required={!c.tokenStored} hint={c.tokenStored ? t("tokenKept") : t("tokenHint")} placeholder="pat-na1-…" />
              <div className={styles.actions}>
                <button type="submit" className="button" disabled={busy}>
                  {c.tokenStored ? t("save") : t("connect")}
                </button>
                {c.tokenStored && (
                  <>
                    <button type="button" className="button button--quiet" disabled={busy} onClick={() => void test()}>
                      {t("test")}
                    </button>
                    {c.mode !== "active" && (
                      <button type="button" className="button button--quiet" disabled={busy} onClick={() => void resume()}>
                        {t("resume")}
                      </button>
                    )}
                    <button type="button" className="button button--quiet" disabled={busy} onClick={() => void disconnect()}>
                      {t("disconnect")}
                    </button>
                  </>
                )}
              </div>
            </form>
          </>
        )}
      </LoadState>
    </section>
  );
}

function CrmSentence({ crm: c }: { crm: Crm }) {
  const t = useMessages(crmMessages);
  const format = useFormat();
  const changes = c.queued === 1 ? t("changesOne") : t("changesMany", { n: c.queued });
  // "since 14:05" today, with the date on any other day.
  const when = (iso: string | null) => (!iso ? "—" : new Date(iso).toDateString() === new Date().toDateString() ? format.time(iso) : format.dateTime(iso));
  const next = c.nextProbeAt ? ` ${t("nextProbe", { at: when(c.nextProbeAt) })}` : "";
  switch (c.mode) {
    case "off":
      return <>{t("off")}</>;
    case "deferred":
      return <>{t("deferred", { since: when(c.pausedSince), changes }) + next}</>;
    case "needs_attention":
      return <>{t("needsAttention", { since: when(c.pausedSince), changes })}</>;
    case "active":
      if (c.failureStreak > 0) return <>{t("failing", { n: c.failureStreak, changes })}</>;
      return <>{c.queued > 0 ? t("activeQueued", { changes }) : t("active")}</>;
  }
}
