import { api, unwrap } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFormat, useMessages } from "../../i18n/i18n";
import { Link, useRouter } from "../../router";
import { Badge, LoadState } from "../../ui/states";
import { messages } from "./messages";
import { NewQuotationForm } from "./new-quotation-form";
import { QuotationRoomView } from "./quotation-room-view";
import styles from "./groups.module.css";

export const STATUS_TONE = {
  draft: "muted",
  open: "info",
  composed: "info",
  sent: "warn",
  approved: "warn",
  paid: "ok",
  confirmed: "ok",
  expired: "muted",
  cancelled: "danger",
} as const;

/** Grupos: the tenant's group quotations with status and deadline, a new one, or one quotation's live room. */
export default function GroupsScreen() {
  const { path } = useRouter();
  const id = path.startsWith("/groups/") ? decodeURIComponent(path.slice("/groups/".length)) : null;
  return id ? <QuotationRoomView id={id} /> : <GroupList />;
}

function GroupList() {
  const t = useMessages(messages);
  const format = useFormat();
  const { navigate } = useRouter();
  const list = useApi(async () => (await unwrap(api.GET("/v1/quotations"))).data, []);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className={styles.muted}>{t("intro")}</p>
      <details className={`card ${styles.new}`}>
        <summary>{t("newQuotation")}</summary>
        <NewQuotationForm onCreated={(created) => navigate(`/groups/${created}`)} />
      </details>
      <LoadState loading={list.loading} error={list.error} empty={list.data ? list.data.length === 0 : undefined} emptyText={t("empty")} onRetry={list.reload} retryText={t("retry")}>
        <ul className={styles.list} aria-label={t("title")}>
          {list.data?.map((quotation) => (
            <li key={quotation.id} className={`card ${styles.row}`}>
              <Link href={`/groups/${quotation.id}`} className={styles.name}>
                {quotation.groupName}
              </Link>
              <Badge tone={STATUS_TONE[quotation.status]}>{t(`status_${quotation.status}`)}</Badge>
              <span className={styles.muted}>
                {format.day(quotation.checkIn)} – {format.day(quotation.checkOut)} · {t("peopleCount", { count: quotation.people })}
              </span>
              <span className={styles.muted}>{t("deadlineOn", { date: format.dateTime(quotation.deadline) })}</span>
            </li>
          ))}
        </ul>
      </LoadState>
    </>
  );
}
