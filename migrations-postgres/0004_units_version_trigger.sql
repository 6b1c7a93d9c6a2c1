-- Every change to a tenant's accommodations bumps tenants.units_version, whoever writes it, so a cached
-- copy of the units is checked with one key lookup (the D1 triggers of migrations/0023_tenant_units_version.sql).
CREATE FUNCTION accommodations_bump_units_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE tenants SET units_version = units_version + 1 WHERE id = NEW.tenant_id;
  END IF;
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.tenant_id IS DISTINCT FROM NEW.tenant_id) THEN
    UPDATE tenants SET units_version = units_version + 1 WHERE id = OLD.tenant_id;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER accommodations_bump_units_version AFTER INSERT OR UPDATE OR DELETE ON accommodations
  FOR EACH ROW EXECUTE FUNCTION accommodations_bump_units_version();
