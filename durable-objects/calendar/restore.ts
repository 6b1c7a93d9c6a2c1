import { z } from "zod";
import { isoDateSchema } from "../../shared/domain/dates";
import type { Ledger } from "./ledger";
import type { NightConflict } from "./results";

const restoredPayment = z.object({
  id: z.string().min(1),
  provider: z.string().min(1),
  provider_payment_id: z.string().nullable(),
  method: z.string(),
  amount: z.number().int(),
  currency: z.string(),
  status: z.string(),
  reference: z.string().nullable(),
  flag: z.string().nullable(),
  recorded_by: z.string().nullable(),
  created_at: z.number().int(),
  updated_at: z.number().int().nullable(),
  version: z.number().int(),
  kind: z.enum(["payment", "refund"]),
  refund_of: z.string().nullable(),
});

const restoredReservation = z.object({
  id: z.string().min(1),
  code: z.string().min(1),
  status: z.enum(["held", "confirmed", "expired", "cancelled", "needs_refund"]),
  check_in: isoDateSchema,
  check_out: isoDateSchema,
  guests: z.number().int(),
  guest_name: z.string(),
  guest_phone: z.string().nullable(),
  guest_email: z.string().nullable(),
  source: z.string(),
  total_amount: z.number().int(),
  deposit_amount: z.number().int(),
  currency: z.string(),
  expires_at: z.number().int().nullable(),
  extension_used: z.union([z.number().int(), z.boolean()]),
  idempotency_key: z.string().nullable(),
  cancel_reason: z.string().nullable(),
  refund_decision: z.string().nullable(),
  notes: z.string().nullable(),
  price_override_reason: z.string().nullable(),
  adjustments: z.unknown().optional(),
  conversation_id: z.string().nullable(),
  receipt_received_at: z.number().int().nullable(),
  version: z.number().int(),
  created_at: z.number().int(),
  updated_at: z.number().int(),
  payments: z.array(restoredPayment),
});

const restoredBlock = z.object({
  id: z.string().min(1),
  status: z.enum(["active", "removed"]),
  check_in: isoDateSchema,
  check_out: isoDateSchema,
  note: z.string().nullable(),
  version: z.number().int(),
});

/** A tenant's exported reservations (with their payments) and manual blocks of one accommodation. */
export const restoreInput = z.object({
  tenantId: z.string().min(1),
  accommodationId: z.string().min(1),
  reservations: z.array(restoredReservation),
  blocks: z.array(restoredBlock),
});
export type RestoreInput = z.infer<typeof restoreInput>;

export type RestoreResult = { ok: true; restored: number } | { ok: false; code: "dates_unavailable"; conflicts: NightConflict[] };

const OCCUPYING = new Set(["held", "confirmed", "active"]);

/**
 * Writes exported stays back as they were (code, status, money, version), inside the caller's
 * transaction: nothing is priced again and no guest is told anything. Stays this object already
 * has are left alone, so a restore repeated after a lost answer adds nothing. Nights are checked
 * like a hold's first: one taken night restores nothing.
 */
export function restoreStays(sql: SqlStorage, ledger: Ledger, input: RestoreInput): RestoreResult {
  const fresh = input.reservations.filter((r) => !ledger.stay(r.id));
  const freshBlocks = input.blocks.filter((b) => !ledger.stay(b.id));
  const conflicts = [...fresh.map((r) => ({ ...r, occupies: OCCUPYING.has(r.status) })), ...freshBlocks.map((b) => ({ ...b, occupies: b.status === "active" }))]
    .filter((s) => s.occupies)
    .flatMap((s) => ledger.conflicts(s.check_in, s.check_out));
  if (conflicts.length > 0) return { ok: false, code: "dates_unavailable", conflicts };

  for (const r of fresh) {
    sql.exec(
      `INSERT INTO reservations (id, code, guests, guest_name, guest_phone, guest_email, source, total_amount, deposit_amount, currency,
         idempotency_key, request_fingerprint, conversation_id, cancel_reason, receipt_received_at, refund_decision, notes, price_override_reason, adjustments, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      r.id,
      r.code,
      r.guests,
      r.guest_name,
      r.guest_phone,
      r.guest_email,
      r.source,
      r.total_amount,
      r.deposit_amount,
      r.currency,
      r.idempotency_key,
      r.conversation_id,
      r.cancel_reason,
      r.receipt_received_at,
      r.refund_decision,
      r.notes,
      r.price_override_reason,
      // The read model keeps the lines as JSON text; an export made before them has none.
      typeof r.adjustments === "string" ? r.adjustments : JSON.stringify(Array.isArray(r.adjustments) ? r.adjustments : []),
      r.created_at,
      r.updated_at,
    );
    ledger.writeStay({
      id: r.id,
      kind: "reservation",
      status: r.status,
      tenant_id: input.tenantId,
      accommodation_id: input.accommodationId,
      check_in: r.check_in,
      check_out: r.check_out,
      expires_at: r.status === "held" ? r.expires_at : null,
      feed_id: null,
      note: null,
      version: r.version,
    });
    if (r.extension_used) sql.exec(`UPDATE stays SET extended = 1 WHERE id = ?`, r.id);
    if (r.status === "held" && r.expires_at !== null) sql.exec(`INSERT INTO schedules (kind, stay_id, run_at) VALUES ('expire_hold', ?, ?)`, r.id, r.expires_at);
    for (const p of r.payments) {
      sql.exec(
        `INSERT INTO payments (id, reservation_id, provider, provider_payment_id, method, amount, currency, status, reference, flag, recorded_by, created_at, updated_at, version, kind, refund_of)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        p.id,
        r.id,
        p.provider,
        p.provider_payment_id,
        p.method,
        p.amount,
        p.currency,
        p.status,
        p.reference,
        p.flag,
        p.recorded_by,
        p.created_at,
        p.updated_at,
        p.version,
        p.kind,
        p.refund_of,
      );
      ledger.enqueue("payment", p.id);
    }
    keepCodesUnique(sql, r.code);
  }
  for (const b of freshBlocks) {
    ledger.writeStay({
      id: b.id,
      kind: "block",
      status: b.status,
      tenant_id: input.tenantId,
      accommodation_id: input.accommodationId,
      check_in: b.check_in,
      check_out: b.check_out,
      expires_at: null,
      feed_id: null,
      note: b.note,
      version: b.version,
    });
  }
  return { ok: true, restored: fresh.length + freshBlocks.length };
}

/**
 * A restored code's day and sequence (Cantor's pairing undone) move that day's counter past it, so a
 * new hold made today never makes a code the restored stays already carry.
 */
function keepCodesUnique(sql: SqlStorage, code: string): void {
  const match = /^RES(\d{2})(\d{2})(\d{2})(\d+)$/.exec(code);
  if (!match) return;
  const paired = Number(match[4]);
  const diagonal = Math.floor((Math.sqrt(8 * (paired - 1) + 1) - 1) / 2);
  const sequence = paired - (diagonal * (diagonal + 1)) / 2;
  const day = `20${match[1]}-${match[2]}-${match[3]}`;
  sql.exec(`INSERT INTO code_sequences (day, sequence) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET sequence = max(sequence, excluded.sequence)`, day, sequence);
}
