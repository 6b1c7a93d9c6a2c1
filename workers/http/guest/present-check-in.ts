import type { CheckInRow } from "../../guest-portal/check-in";
import { isoTime } from "../common";

/** A check-in as the API answers it; a reservation without one is `not_started`. */
export function presentCheckIn(row: CheckInRow | null) {
  return {
    status: row?.status ?? ("not_started" as const),
    completedAt: isoTime(row?.completedAt),
    completedBy: row?.completedBy ?? null,
    guests: row?.guests ?? [],
    holderBirthDate: row?.holderBirthDate ?? null,
    arrivalTime: row?.arrivalTime ?? null,
    vehiclePlate: row?.vehiclePlate ?? null,
    requests: row?.requests ?? null,
    rulesAcceptedAt: isoTime(row?.rulesAcceptedAt),
  };
}
