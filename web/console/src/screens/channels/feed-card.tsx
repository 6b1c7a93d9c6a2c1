import { useCan, useSession } from "../../session";
import { ApiProblem, api, unwrap, type Schemas } from "../../api/client";
import { channelNames, feedErrorKey, sourceKey } from "../../ui/channel-names";
import { useFormat, useMessages } from "../../i18n/i18n";
import { Badge } from "../../ui/states";
import { useToast } from "../../ui/toast";
import { CopyButton } from "../../ui/copy-button";
import styles from "./channels.module.css";
import { messages } from "./messages";

const RECORDED_ON_FEED = new Set(["not_icalendar", "empty_feed", "feed_too_large", "feed_fetch_failed"]);

/** One imported calendar: its health at a glance, sync now, upload a file, remove. */
export function FeedCard({ feed, onChanged }: { feed: Schemas["IcalFeed"]; onChanged: () => void }) {
  const t = useMessages(messages);
  const format = useFormat();
  const { token } = useSession();
  const { notify, fail } = useToast();
  const names = useMessages(channelNames);
  const can = useCan();
  const when = (iso: string | null) => (iso ? format.dateTime(iso) : t("never"));

  const sync = async () => {
    try {
      const result = await unwrap(api.POST("/v1/ical-feeds/{feedId}/sync", { params: { path: { feedId: feed.id } } }));
      notify(t("synced", { blocks: result.blocks.length, conflicts: result.conflicts.length }));
    } catch (error) {
      fail(error);
    }
    onChanged();
  };

  // The body is the calendar file itself (text/calendar), which the typed JSON client does not send.
  const upload = async (file: File) => {
    const response = await fetch(`/v1/ical-feeds/${feed.id}/import`, {
      method: "POST",
      headers: { "content-type": "text/calendar", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: await file.text(),
    });
    const body = (await response.json().catch(() => ({}))) as { blocks?: unknown[]; code?: string };
    if (response.ok) notify(t("uploaded", { blocks: body.blocks?.length ?? 0 }));
    // A file that could not be read is recorded on the feed and shown on its card: said once, there.
    else if (!RECORDED_ON_FEED.has(body.code ?? "")) fail(new ApiProblem(response.status, body.code ?? "http_error", ""));
    onChanged();
  };

  const remove = async () => {
    if (!window.confirm(t("removeConfirm"))) return;
    try {
      await unwrap(api.DELETE("/v1/ical-feeds/{feedId}", { params: { path: { feedId: feed.id } } }));
      onChanged();
    } catch (error) {
      fail(error);
    }
  };

  const failing = feed.consecutiveFailures > 0;
  const channel = names(sourceKey(feed.source));
  const health = failing ? <Badge tone="danger">{t("status_error")}</Badge> : feed.lastStatus === "conflicts" ? <Badge tone="warn">{t("status_conflicts")}</Badge> : feed.lastStatus ? <Badge tone="ok">{t("status_ok")}</Badge> : null;
  return (
    <article className={styles.feed} aria-label={feed.name ?? channel}>
      <h4>
        {feed.name ?? channel} <Badge tone="muted">{channel}</Badge> {health}
      </h4>
      {feed.url && <span className={styles.url}>{feed.url}</span>}
      <dl className={styles.facts}>
        <div>
          <dt>{t("lastSync")}</dt>
          <dd>{when(feed.lastSyncAt)}</dd>
        </div>
        <div>
          <dt>{t("lastSuccess")}</dt>
          <dd>{when(feed.lastSuccessAt)}</dd>
        </div>
        <div>
          <dt>{t("events")}</dt>
          <dd>{feed.eventCount ?? "—"}</dd>
        </div>
        <div>
          <dt>{t("blockedNights")}</dt>
          <dd>{feed.blockedNights ?? "—"}</dd>
        </div>
      </dl>
      {failing && (
        <p className={styles.error} role="alert">
          {t("lastError")}: {names(feedErrorKey(feed.lastErrorCode))}
        </p>
      )}
      <p>{t("feedExport")}</p>
      <span className={styles.url}>{feed.exportUrl}</span>
      <div className={styles.actions}>
        <CopyButton text={feed.exportUrl} label={t("copy")} copiedText={t("copied")} failedText={t("copyFailed")} />
        {feed.url && can("accommodations:write") && (
          <button type="button" className="button button--quiet" onClick={sync}>
            {t("syncNow")}
          </button>
        )}
        {can("accommodations:write") && (
          <>
            <label className={`button button--quiet ${styles.upload}`}>
              {t("upload")}
              <input type="file" accept=".ics,text/calendar" onChange={(event) => event.target.files?.[0] && upload(event.target.files[0])} />
            </label>
            <button type="button" className="button button--quiet" onClick={remove}>
              {t("remove")}
            </button>
          </>
        )}
      </div>
    </article>
  );
}
