import { api, unwrap } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFormat, useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import { Link, useRouter } from "../../router";
import { useGuestLabel } from "../../ui/guest-label";
import { StayNumber } from "../../ui/stay-number";
import { Badge, LoadState } from "../../ui/states";
import styles from "./conversations.module.css";
import { messages } from "./messages";
import { ThreadView } from "./thread-view";

const FILTERS = ["all", "escalated", "human", "assistant"] as const;
type Filter = (typeof FILTERS)[number];

export default function ConversationsScreen() {
  const t = useMessages(messages);
  const format = useFormat();
  const guestLabel = useGuestLabel();
  const { query, navigate } = useRouter();
  const filter = (FILTERS as readonly string[]).includes(query.get("status") ?? "") ? (query.get("status") as Filter) : "all";
  const selectedId = query.get("id");
  const list = useApi(() => unwrap(api.GET("/v1/conversations", { params: { query: filter === "all" ? {} : { status: filter } } })), [filter]);
  useLiveRefresh(["conversation.changed"], list.reload);
  const selected = list.data?.data.find((conversation) => conversation.id === selectedId);
  const href = (params: Record<string, string | null>) => {
    const next = new URLSearchParams(query);
    for (const [key, value] of Object.entries(params)) if (value === null) next.delete(key); else next.set(key, value);
    return `/conversations${next.size ? `?${next}` : ""}`;
  };

  return (
    <>
      <h1>{t("title")}</h1>
      {/* List and thread side by side on a wide screen; on a phone, one at a time (the thread replaces the list). */}
      <div className={styles.layout} data-open={selectedId ? "" : undefined}>
        <div className={styles.listPane}>
          <div className={styles.chips} role="group" aria-label={t("filters")}>
            {FILTERS.map((value) => (
              <button key={value} type="button" className={styles.chip} aria-pressed={filter === value} onClick={() => navigate(href({ status: value === "all" ? null : value }), { replace: true })}>
                {t(value)}
              </button>
            ))}
          </div>
          <LoadState loading={list.loading} error={list.error} empty={list.data?.data.length === 0} emptyText={t("empty")} onRetry={list.reload}>
            <ul className={styles.list}>
              {list.data?.data.map((conversation) => {
                const unanswered = conversation.lastInboundAt !== null && conversation.lastInboundAt === conversation.lastMessageAt;
                return (
                  <li key={conversation.id}>
                    <Link href={href({ id: conversation.id })} className={styles.row} aria-current={conversation.id === selectedId ? "true" : undefined}>
                      <span className={styles.rowTop}>
                        <strong className={styles.name}>{guestLabel(conversation)}</strong>
                        <span className={styles.time}>{conversation.lastMessageAt ? format.time(conversation.lastMessageAt) : ""}</span>
                      </span>
                      <span className={styles.rowTop}>
                        <span>{conversation.channel === "whatsapp" ? t("whatsapp") : t("webchat")}</span>
                        <span>
                          <StayNumber stayNumber={conversation.stayNumber} /> {conversation.escalated && <Badge tone="danger">{t("escalated")}</Badge>} {unanswered && <Badge tone="warn">{t("unanswered")}</Badge>}
                        </span>
                      </span>
                      {conversation.lastMessagePreview && <p className={styles.preview}>{conversation.lastMessagePreview}</p>}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </LoadState>
        </div>
        <div className={styles.threadPane}>{selected ? <ThreadView key={selected.id} conversation={selected} onChanged={list.reload} /> : <p className="empty">{t("pick")}</p>}</div>
      </div>
    </>
  );
}
