/** Bump when the DDL below changes; the object migrates its own SQLite storage on start. */
export const STORAGE_SCHEMA_VERSION = 1;

export const STORAGE_DDL = `
CREATE TABLE IF NOT EXISTS stays (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,              -- reservation | block | imported
  status TEXT NOT NULL,            -- held | confirmed | expired | cancelled | active | removed
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
-- One row per occupied night: the primary key makes a double booking impossible inside the object.
CREATE TABLE IF NOT EXISTS nights (
  night TEXT PRIMARY KEY,
  stay_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS nights_stay ON nights (stay_id);
-- Timers multiplexed on the object's single alarm.
CREATE TABLE IF NOT EXISTS schedules (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  stay_id TEXT NOT NULL,
  run_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS schedules_run_at ON schedules (run_at);
-- Changes waiting to reach the tenant database's read model.
CREATE TABLE IF NOT EXISTS outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  stay_id TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
`;
