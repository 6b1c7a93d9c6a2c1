import { useState, type FormEvent } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import { Field, SelectField } from "../../ui/field";
import { LoadState } from "../../ui/states";
import { useToast } from "../../ui/toast";
import { CopyButton } from "../../ui/copy-button";
import { channelNames, sourceKey } from "../../ui/channel-names";
import { useCan } from "../../session";
import styles from "./channels.module.css";
import { FeedCard } from "./feed-card";
import { messages } from "./messages";

type Source = Schemas["CreateIcalFeed"]["source"];

export default function ChannelsScreen() {
  const t = useMessages(messages);
  const units = useApi(() => unwrap(api.GET("/v1/accommodations")), []);
  return (
    <>
      <h1>{t("title")}</h1>
      <LoadState loading={units.loading} error={units.error} empty={units.data?.data.length === 0} emptyText={t("noUnits")} onRetry={units.reload}>
        {units.data?.data.map((unit) => <UnitChannels key={unit.id} unit={unit} onRotated={units.reload} />)}
      </LoadState>
    </>
  );
}

function UnitChannels({ unit, onRotated }: { unit: Schemas["Accommodation"]; onRotated: () => void }) {
  const t = useMessages(messages);
  const { notify, fail } = useToast();
  const names = useMessages(channelNames);
  const can = useCan();
  const feeds = useApi(() => unwrap(api.GET("/v1/accommodations/{id}/ical-feeds", { params: { path: { id: unit.id } } })), [unit.id]);
  useLiveRefresh(["calendar.changed"], feeds.reload, (event) => event.type !== "calendar.changed" || event.accommodationId === unit.id);
  const [url, setUrl] = useState("");
  const [source, setSource] = useState<Source>("airbnb");
  const [name, setName] = useState("");

  const rotate = async () => {
    if (!window.confirm(t("rotateConfirm"))) return;
    try {
      await unwrap(api.POST("/v1/accommodations/{id}/ical/rotate", { params: { path: { id: unit.id } } }));
      notify(t("rotated"));
      onRotated();
    } catch (error) {
      fail(error);
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await unwrap(api.POST("/v1/accommodations/{id}/ical-feeds", { params: { path: { id: unit.id } }, body: { url, source, ...(name ? { name } : {}) } }));
      setUrl("");
      setName("");
      await feeds.reload();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className={`card ${styles.unit}`} aria-labelledby={`unit-${unit.id}`}>
      <h2 id={`unit-${unit.id}`}>{unit.name}</h2>
      <h3>{t("exportUrl")}</h3>
      <p>{t("exportHint")}</p>
      <span className={styles.url} data-testid="export-url">
        {unit.icalExportUrl}
      </span>
      <div className={styles.actions}>
        <CopyButton text={unit.icalExportUrl} label={t("copy")} copiedText={t("copied")} failedText={t("copyFailed")} />
        {can("accommodations:write") && (
          <button type="button" className="button button--quiet" onClick={rotate}>
            {t("rotate")}
          </button>
        )}
      </div>
      <h3>{t("feeds")}</h3>
      <LoadState loading={feeds.loading} error={feeds.error} empty={feeds.data?.data.length === 0} emptyText={t("noFeeds")} onRetry={feeds.reload}>
        {feeds.data?.data.map((feed) => <FeedCard key={feed.id} feed={feed} onChanged={feeds.reload} />)}
      </LoadState>
      {can("accommodations:write") && (
      <form onSubmit={add} className={styles.row} aria-label={t("addFeed")}>
        <Field label={t("feedUrl")} type="url" value={url} onChange={(e) => setUrl(e.target.value)} required />
        <SelectField label={t("source")} value={source} onChange={(e) => setSource(e.target.value as Source)} options={(["airbnb", "booking", "vrbo", "other"] as const).map((value) => ({ value, label: names(sourceKey(value)) }))} />
        <Field label={t("feedName")} value={name} onChange={(e) => setName(e.target.value)} maxLength={80} />
        <button type="submit" className="button">
          {t("add")}
        </button>
      </form>
      )}
    </section>
  );
}
