/**
 * The object's own SQLite schema, migrated step by step on start (the current step is kept in
 * `meta`, since PRAGMA user_version is not allowed in Durable Object storage).
 */
export const STORAGE_MIGRATIONS: readonly string[] = [
  // 1: the night ledger.
  `
CREATE TABLE IF NOT EXISTS stays (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,              -- reservation | block | imported
  status TEXT NOT NULL,            -- held | confirmed | expired | cancelled | needs_refund | active | removed
  tenant_id TEXT NOT NULL,
  accommodation_id TEXT NOT NULL,
  check_in TEXT NOT NULL,
  check_out TEXT NOT NULL,
  expires_at INTEGER,
  extended INTEGER NOT NULL DEFAULT 0,
  feed_id TEXT,
  note TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS nights (
  night TEXT PRIMARY KEY,
  stay_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS nights_stay ON nights (stay_id);
CREATE TABLE IF NOT EXISTS schedules (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  stay_id TEXT NOT NULL,
  run_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS schedules_run_at ON schedules (run_at);
CREATE TABLE IF NOT EXISTS outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  stay_id TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL DEFAULT 0
);
`,
  // 2: reservations are born here; imported nights are layered under stays; payments and events
  // leave through the outbox.
  `
CREATE TABLE nights_layered (
  night TEXT NOT NULL,
  stay_id TEXT NOT NULL,
  exclusive INTEGER NOT NULL,
  PRIMARY KEY (night, stay_id)
);
INSERT INTO nights_layered (night, stay_id, exclusive)
  SELECT n.night, n.stay_id, CASE WHEN s.kind = 'imported' THEN 0 ELSE 1 END FROM nights n JOIN stays s ON s.id = n.stay_id;
DROP TABLE nights;
ALTER TABLE nights_layered RENAME TO nights;
-- A reservation or a manual block owns its night alone: the index makes a double booking impossible here.
CREATE UNIQUE INDEX nights_exclusive ON nights (night) WHERE exclusive = 1;
CREATE INDEX nights_stay ON nights (stay_id);

CREATE TABLE reservations (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  guests INTEGER NOT NULL,
  guest_name TEXT NOT NULL,
  guest_phone TEXT,
  guest_email TEXT,
  source TEXT NOT NULL,
  total_amount INTEGER NOT NULL,
  deposit_amount INTEGER NOT NULL,
  currency TEXT NOT NULL,
  idempotency_key TEXT UNIQUE,
  request_fingerprint TEXT,
  conversation_id TEXT,
  cancel_reason TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE code_sequences (
  day TEXT PRIMARY KEY,
  sequence INTEGER NOT NULL
);
CREATE TABLE payments (
  id TEXT PRIMARY KEY,
  reservation_id TEXT NOT NULL,
  provider TEXT NOT NULL,
  provider_payment_id TEXT,
  method TEXT NOT NULL,
  amount INTEGER NOT NULL,
  currency TEXT NOT NULL,
  status TEXT NOT NULL,
  reference TEXT,
  flag TEXT,
  recorded_by TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX payments_provider ON payments (provider, provider_payment_id) WHERE provider_payment_id IS NOT NULL;
CREATE INDEX payments_reservation ON payments (reservation_id);
-- The copy of the accommodation this object prices and checks stays with.
CREATE TABLE unit (
  key TEXT PRIMARY KEY CHECK (key = 'unit'),
  json TEXT NOT NULL,
  refreshed_at INTEGER NOT NULL
);
CREATE TABLE outbox_subjects (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  subject TEXT NOT NULL,           -- stay | payment | event
  subject_id TEXT NOT NULL,
  payload TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL DEFAULT 0
);
INSERT INTO outbox_subjects (subject, subject_id) SELECT 'stay', stay_id FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_subjects RENAME TO outbox;
`,
  // 3: a transfer receipt awaiting staff, and the one automatic extension it gives the hold.
  `
ALTER TABLE reservations ADD COLUMN receipt_received_at INTEGER;
ALTER TABLE reservations ADD COLUMN receipt_extension_used INTEGER NOT NULL DEFAULT 0;
`,
  // 4: reservations are edited after they are made (notes, a price set by hand and why), and a
  // cancellation records what happens to the money: refunds are rows of their own beside the
  // payment they give back.
  `
ALTER TABLE reservations ADD COLUMN notes TEXT;
ALTER TABLE reservations ADD COLUMN price_override_reason TEXT;
ALTER TABLE reservations ADD COLUMN refund_decision TEXT;
ALTER TABLE payments ADD COLUMN kind TEXT NOT NULL DEFAULT 'payment';
ALTER TABLE payments ADD COLUMN refund_of TEXT;
`,
  // 5: late check-outs and early check-ins sold, as claims on the night beside the stay (day-uses.ts).
  `
CREATE TABLE day_uses (
  purchase_id TEXT PRIMARY KEY,
  stay_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  night TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX day_uses_night ON day_uses (night);
`,
  // 6: discounts taken off a reservation's price (a loyalty tier's), each a line with its rule.
  `
ALTER TABLE reservations ADD COLUMN adjustments TEXT NOT NULL DEFAULT '[]';
`,
];

/** Runs the steps this storage has not seen yet, each in its own transaction. */
export function migrateStorage(storage: DurableObjectStorage): void {
  const sql = storage.sql;
  sql.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)`);
  const current = sql.exec<{ value: number }>(`SELECT value FROM meta WHERE key = 'schema_version'`).toArray()[0]?.value ?? 0;
  for (let step = current; step < STORAGE_MIGRATIONS.length; step++) {
    storage.transactionSync(() => {
      sql.exec(STORAGE_MIGRATIONS[step]!);
      sql.exec(`INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, step + 1);
    });
  }
}
