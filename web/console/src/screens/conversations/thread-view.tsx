import { useState, type FormEvent } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFormat, useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import { Link } from "../../router";
import { useGuestLabel } from "../../ui/guest-label";
import { StayNumber } from "../../ui/stay-number";
import { Badge, LoadState } from "../../ui/states";
import { useToast } from "../../ui/toast";
import styles from "./conversations.module.css";
import { messages, type ConversationMessageKey } from "./messages";
import { VoiceNote } from "./voice-note";

type Conversation = Schemas["Conversation"];

/** One thread: who said what, delivery state, and the hand-over controls. */
export function ThreadView({ conversation, onChanged }: { conversation: Conversation; onChanged: () => void }) {
  const t = useMessages(messages);
  const format = useFormat();
  const guestLabel = useGuestLabel();
  const { notify, fail } = useToast();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const thread = useApi(() => unwrap(api.GET("/v1/conversations/{id}/messages", { params: { path: { id: conversation.id } } })), [conversation.id]);
  useLiveRefresh(["conversation.changed"], thread.reload, (event) => event.type !== "conversation.changed" || event.conversationId === conversation.id);

  const act = async (action: "escalate" | "release") => {
    setBusy(true);
    try {
      await unwrap(api.POST(`/v1/conversations/{id}/${action}`, { params: { path: { id: conversation.id } } }));
      notify(action === "release" ? t("handedBack") : t("tookOver"));
      onChanged();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    try {
      await unwrap(api.POST("/v1/conversations/{id}/messages", { params: { path: { id: conversation.id } }, body: { text } }));
      setText("");
      await thread.reload();
      onChanged();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const authorLabel = (author: string) => (author === "guest" ? t("guest") : author === "staff" ? t("staff") : t("bot"));
  return (
    <section aria-labelledby="thread-title">
      <Link href="/conversations" className={`button button--quiet ${styles.back}`}>
        {t("back")}
      </Link>
      <h2 id="thread-title" className={styles.threadTitle}>
        {guestLabel(conversation)} <Badge tone="muted">{conversation.channel === "whatsapp" ? t("whatsapp") : t("webchat")}</Badge>{" "}
        {conversation.escalated && <Badge tone="danger">{t("escalated")}</Badge>} <StayNumber stayNumber={conversation.stayNumber} />
      </h2>
      <p>
        <Badge tone={conversation.status === "human" ? "warn" : "info"}>{conversation.status === "human" ? t("withStaff") : t("withAssistant")}</Badge>
      </p>
      <div className={styles.actions}>
        {conversation.status === "assistant" ? (
          <button type="button" className="button button--quiet" disabled={busy} onClick={() => act("escalate")}>
            {t("takeOver")}
          </button>
        ) : (
          <button type="button" className="button button--quiet" disabled={busy} onClick={() => act("release")}>
            {t("handBack")}
          </button>
        )}
      </div>
      <LoadState loading={thread.loading} error={thread.error} empty={thread.data?.data.length === 0} emptyText={t("noMessages")} onRetry={thread.reload}>
        <ol className={styles.thread} aria-label={t("title")} aria-live="polite">
          {thread.data?.data.map((message) => (
            <li key={message.id} className={`${styles.bubble} ${styles[message.author]}`}>
              <span className="visually-hidden">{authorLabel(message.author)}: </span>
              {message.audio ? (
                <>
                  <VoiceNote url={message.audio.url} label={t("voiceNote")} />
                  <span>
                    {t("transcript")}: {message.text}
                    {message.transcriptConfidence !== null && message.transcriptConfidence < 0.6 ? ` (${t("lowConfidence")})` : ""}
                  </span>
                </>
              ) : (
                message.text
              )}
              <small>
                {authorLabel(message.author)} · {format.time(message.createdAt)}
                {message.direction === "out" ? ` · ${t(`status_${message.status}` as ConversationMessageKey) ?? message.status}` : ""}
              </small>
            </li>
          ))}
        </ol>
      </LoadState>
      <form className={styles.reply} onSubmit={send}>
        <label htmlFor="staff-reply">{t("replyLabel")}</label>
        <textarea id="staff-reply" value={text} onChange={(event) => setText(event.target.value)} aria-describedby="reply-note" maxLength={4096} />
        {conversation.status === "assistant" && (
          <small id="reply-note" className="field__hint">
            {t("replyTakesOver")}
          </small>
        )}
        <div className={styles.actions}>
          <button type="submit" className="button" disabled={busy || !text.trim()}>
            {t("send")}
          </button>
        </div>
      </form>
    </section>
  );
}
