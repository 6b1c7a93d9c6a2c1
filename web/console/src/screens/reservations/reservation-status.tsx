import type { ComponentProps } from "react";
import { useMessages } from "../../i18n/i18n";
import { Badge } from "../../ui/states";
import { messages } from "./messages";

/** The statuses staff filter by, in the order of the chips. */
export const FILTER_STATUSES = ["held", "confirmed", "needs_refund", "expired", "cancelled"] as const;
export type FilterStatus = (typeof FILTER_STATUSES)[number];

export const isFilterStatus = (value: string | null): value is FilterStatus => (FILTER_STATUSES as readonly (string | null)[]).includes(value);

const TONES: Record<string, ComponentProps<typeof Badge>["tone"]> = {
  held: "warn",
  confirmed: "ok",
  needs_refund: "danger",
  expired: "muted",
  cancelled: "muted",
  pending: "info",
};

const KNOWN = new Set(["held", "confirmed", "needs_refund", "expired", "cancelled", "pending"]);

export function StatusBadge({ status }: { status: string }) {
  const t = useMessages(messages);
  const label = KNOWN.has(status) ? t(`state_${status as FilterStatus | "pending"}`) : status;
  return <Badge tone={TONES[status] ?? "muted"}>{label}</Badge>;
}
