ALTER TABLE `tenants` ADD `units_version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Every change to a tenant's accommodations bumps tenants.units_version, whoever writes it, so a
-- cached copy of the units is checked with one key lookup (drizzle cannot declare triggers).
CREATE TRIGGER `accommodations_bump_units_version_insert` AFTER INSERT ON `accommodations`
BEGIN UPDATE `tenants` SET `units_version` = `units_version` + 1 WHERE `id` = NEW.`tenant_id`; END;
--> statement-breakpoint
CREATE TRIGGER `accommodations_bump_units_version_update` AFTER UPDATE ON `accommodations`
BEGIN UPDATE `tenants` SET `units_version` = `units_version` + 1 WHERE `id` IN (NEW.`tenant_id`, OLD.`tenant_id`); END;
--> statement-breakpoint
CREATE TRIGGER `accommodations_bump_units_version_delete` AFTER DELETE ON `accommodations`
BEGIN UPDATE `tenants` SET `units_version` = `units_version` + 1 WHERE `id` = OLD.`tenant_id`; END;
