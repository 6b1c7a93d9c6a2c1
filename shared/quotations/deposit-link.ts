import type { DepositLink, RoomState } from "./model";

/** A checkout about to lapse is replaced rather than handed out again. */
const REUSE_MARGIN_MS = 2 * 60_000;

/** The deposit's kept checkout while it can still be paid, for the deposit as it stands now. */
export function liveDepositLink(state: Pick<RoomState, "depositLink" | "composition">, now: number): DepositLink | null {
  const link = state.depositLink;
  const deposit = state.composition?.clientPackage.deposit;
  if (!link || !deposit || link.expiresAt <= now + REUSE_MARGIN_MS) return null;
  return link.amount.amount === deposit.amount && link.amount.currency === deposit.currency ? link : null;
}
