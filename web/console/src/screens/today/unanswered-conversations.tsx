import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import { Link } from "../../router";
import { useGuestLabel } from "../../ui/guest-label";
import { Badge } from "../../ui/states";
import { messages } from "./messages";
import { TodaySection } from "./today-section";
import styles from "./today.module.css";
import { useWhen } from "./use-when";

type Conversation = Schemas["Conversation"];

/** Someone is waiting when a person was asked for, or when the guest spoke last. */
export const isUnanswered = (conversation: Conversation) =>
  conversation.escalated || (conversation.lastInboundAt !== null && conversation.lastInboundAt === conversation.lastMessageAt);

export function UnansweredConversations({ timeZone }: { timeZone: string }) {
  const t = useMessages(messages);
  const when = useWhen(timeZone);
  const guestLabel = useGuestLabel();
  const { data, error, loading, reload } = useApi(async () => (await unwrap(api.GET("/v1/conversations"))).data, []);
  useLiveRefresh(["conversation.changed"], reload);
  const waiting = data?.filter(isUnanswered);
  return (
    <TodaySection title={t("conversations")} count={waiting?.length} loading={loading} error={error} emptyText={t("conversationsEmpty")} onRetry={reload} retryText={t("retry")}>
      <ul className={styles.items}>
        {waiting?.map((conversation) => (
          <li key={conversation.id}>
            <Link href={`/conversations?id=${encodeURIComponent(conversation.id)}`} className={`${styles.item} ${styles.itemRow}`}>
              <span className={styles.itemTop}>
                <strong className={styles.name}>{guestLabel(conversation)}</strong>
                {conversation.escalated ? <Badge tone="danger">{t("escalated")}</Badge> : <Badge tone="warn">{t("waiting")}</Badge>}
              </span>
              <span className={styles.meta}>
                {t(`channel_${conversation.channel}`)}
                {conversation.lastMessageAt && <> · {t("lastMessage", { time: when(conversation.lastMessageAt) })}</>}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </TodaySection>
  );
}
