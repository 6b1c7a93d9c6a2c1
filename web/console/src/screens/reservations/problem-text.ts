import { ApiProblem } from "../../api/client";
import type { ReservationMessage } from "./messages";

type Translate = (key: ReservationMessage, vars?: Record<string, string | number>) => string;

const BY_CODE: Partial<Record<string, ReservationMessage>> = {
  dates_unavailable: "err_dates_unavailable",
  min_stay: "err_min_stay",
  over_capacity: "err_over_capacity",
  invalid_range: "err_invalid_range",
  in_the_past: "err_in_the_past",
  too_long: "err_too_long",
  not_held: "notHeld",
  extension_used: "extensionUsedNote",
  expired: "confirmExpired",
  provider_not_configured: "providerNotConfigured",
  currency_mismatch: "currencyMismatch",
  below_deposit: "belowDeposit",
};

/**
 * A translated sentence for an API problem. `overrides` pick a better wording where the same
 * code means something else in context (dates_unavailable at confirm time: the hold lapsed first).
 */
export function problemText(error: unknown, t: Translate, options: { overrides?: Partial<Record<string, ReservationMessage>>; vars?: Record<string, string | number> } = {}): string {
  if (error instanceof ApiProblem) {
    const key = options.overrides?.[error.code] ?? BY_CODE[error.code];
    if (key) return t(key, options.vars);
    if (error.status === 400) return t("err_invalid_input");
    if (error.status === 502) return t("providerFailed");
  }
  // Never the server's English detail or the browser's "Failed to fetch": the code is what support needs.
  return t("err_unexpected", { detail: error instanceof ApiProblem ? error.code : "network" });
}
