-- SQLite gives an INTEGER PRIMARY KEY AUTOINCREMENT the next number when the insert names it NULL,
-- which is how drizzle's SQLite dialect writes a row without an id; Postgres would refuse the NULL.
-- The one such table (totp_resets) takes its ids from a sequence of its own, the same way.
CREATE SEQUENCE totp_resets_id_seq OWNED BY totp_resets.id;--> statement-breakpoint
SELECT setval('totp_resets_id_seq', coalesce((SELECT max(id) FROM totp_resets), 0) + 1, false);--> statement-breakpoint
CREATE FUNCTION totp_resets_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id IS NULL THEN
    NEW.id := nextval('totp_resets_id_seq');
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER totp_resets_next_id BEFORE INSERT ON totp_resets FOR EACH ROW EXECUTE FUNCTION totp_resets_next_id();
