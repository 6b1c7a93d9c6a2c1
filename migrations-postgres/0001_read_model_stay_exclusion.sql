-- The read model's second line of defence at the level of stays (the D1 migrations do it with the
-- calendar_stays_no_overlap triggers): a held or confirmed reservation, or a manual block, may not
-- overlap another one of the same accommodation. The calendar object never produces that; its outbox
-- writes stays that give nights back before stays that take them, so no order of outbox rows trips it.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
-- Dates are ISO text (YYYY-MM-DD) on both databases; text::date depends on DateStyle and so may not
-- be used in a stored column, while make_date over the digits is immutable.
CREATE FUNCTION posada_iso_date(iso text) RETURNS date LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN make_date(substr(iso, 1, 4)::int, substr(iso, 6, 2)::int, substr(iso, 9, 2)::int);--> statement-breakpoint
ALTER TABLE "calendar_stays" ADD COLUMN "stay" daterange
  GENERATED ALWAYS AS (daterange(posada_iso_date("check_in"), posada_iso_date("check_out"), '[)')) STORED;--> statement-breakpoint
ALTER TABLE "calendar_stays" ADD CONSTRAINT "calendar_stays_no_overlap"
  EXCLUDE USING gist ("accommodation_id" WITH =, "stay" WITH &&)
  WHERE ("kind" IN ('reservation', 'block') AND "status" IN ('held', 'confirmed', 'active'));
