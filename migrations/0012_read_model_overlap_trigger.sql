-- The read model's second line of defence at the level of stays: a held or confirmed reservation,
-- or a manual block, may not overlap another one of the same accommodation. The calendar object
-- never produces that; its outbox writes stays that give nights back before stays that take them,
-- so no order of outbox rows trips this.
CREATE TRIGGER calendar_stays_no_overlap_insert BEFORE INSERT ON calendar_stays
WHEN NEW.kind IN ('reservation', 'block') AND NEW.status IN ('held', 'confirmed', 'active')
BEGIN
  SELECT RAISE(ABORT, 'overlapping stay') WHERE EXISTS (
    SELECT 1 FROM calendar_stays s
    WHERE s.accommodation_id = NEW.accommodation_id AND s.id != NEW.id
      AND s.kind IN ('reservation', 'block') AND s.status IN ('held', 'confirmed', 'active')
      AND s.check_in < NEW.check_out AND NEW.check_in < s.check_out
  );
END;--> statement-breakpoint
CREATE TRIGGER calendar_stays_no_overlap_update BEFORE UPDATE ON calendar_stays
WHEN NEW.kind IN ('reservation', 'block') AND NEW.status IN ('held', 'confirmed', 'active')
BEGIN
  SELECT RAISE(ABORT, 'overlapping stay') WHERE EXISTS (
    SELECT 1 FROM calendar_stays s
    WHERE s.accommodation_id = NEW.accommodation_id AND s.id != NEW.id
      AND s.kind IN ('reservation', 'block') AND s.status IN ('held', 'confirmed', 'active')
      AND s.check_in < NEW.check_out AND NEW.check_in < s.check_out
  );
END;
