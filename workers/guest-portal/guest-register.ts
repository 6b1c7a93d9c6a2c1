import type { CsvDelimiter } from "../reports/csv-stream";
import { csvStream, safeText } from "../reports/csv-stream";
import type { Database } from "../platform/db/client";
import { arrivalsWithCheckIn } from "./check-in";

const HEADER = [
  "reservation_code",
  "unit",
  "check_in",
  "check_out",
  "guest_number",
  "full_name",
  "document_type",
  "document_number",
  "nationality",
  "holder_birth_date",
  "arrival_time",
  "vehicle_plate",
  "check_in_status",
  "completed_at",
];

/**
 * The guest register for stays arriving from..to: one line per registered guest (the holder's
 * date of birth on the first), and one line for a confirmed stay with no check-in yet, so a
 * missing record is visible rather than silently absent.
 */
export async function guestRegisterCsv(db: Database, tenantId: string, from: string, to: string, delimiter: CsvDelimiter): Promise<ReadableStream<Uint8Array>> {
  const rows = await arrivalsWithCheckIn(db, tenantId, from, to);
  const lines = rows.flatMap(({ reservation, unitName, checkIn }) => {
    const stay = [reservation.code, safeText(unitName), reservation.checkIn, reservation.checkOut];
    const completed = checkIn?.completedAt ? new Date(checkIn.completedAt).toISOString() : "";
    const status = checkIn?.status ?? "not_started";
    if (!checkIn || checkIn.guests.length === 0) return [[...stay, "", safeText(reservation.guestName), "", "", "", "", "", "", status, completed]];
    return checkIn.guests.map((guest, i) => [
      ...stay,
      i + 1,
      safeText(guest.fullName),
      guest.documentType,
      safeText(guest.documentNumber),
      safeText(guest.nationality),
      i === 0 ? (checkIn.holderBirthDate ?? "") : "",
      i === 0 ? (checkIn.arrivalTime ?? "") : "",
      i === 0 ? safeText(checkIn.vehiclePlate) : "",
      status,
      completed,
    ]);
  });
  async function* pages() {
    for (let i = 0; i < lines.length; i += 500) yield lines.slice(i, i + 500);
  }
  return csvStream(HEADER, pages(), delimiter);
}
