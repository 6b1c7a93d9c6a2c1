import type { Schemas } from "../api/client";
import { useFormat, useMessages, type Messages } from "../i18n/i18n";

export const guestLabelMessages: Messages<"webVisitor"> = {
  "es-AR": { webVisitor: "Visitante del chat web ({when})" },
  en: { webVisitor: "Web chat visitor ({when})" },
  "pt-BR": { webVisitor: "Visitante do chat web ({when})" },
};

/**
 * What to call a guest thread: their name, else their phone number; a web chat visitor who gave
 * neither is named by when they first wrote, never by the thread's internal id.
 */
export function useGuestLabel() {
  const t = useMessages(guestLabelMessages);
  const format = useFormat();
  return (conversation: Pick<Schemas["Conversation"], "displayName" | "guestName" | "guestPhone" | "channel" | "guestAddress" | "createdAt">) =>
    conversation.displayName ??
    conversation.guestName ??
    conversation.guestPhone ??
    (conversation.channel === "whatsapp" ? `+${conversation.guestAddress}` : t("webVisitor", { when: format.dateTime(conversation.createdAt) }));
}
