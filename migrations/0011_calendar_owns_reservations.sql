DROP TABLE `reservation_code_counters`;--> statement-breakpoint
-- A record left `pending` by the old two-step create never held anything: the calendar object is the source now.
DELETE FROM `reservations` WHERE `status` = 'pending';--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_payment_links` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`reservation_id` text NOT NULL,
	`provider` text NOT NULL,
	`provider_ref` text NOT NULL,
	`url` text NOT NULL,
	`amount` integer NOT NULL,
	`currency` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_payment_links`("id", "tenant_id", "reservation_id", "provider", "provider_ref", "url", "amount", "currency", "expires_at", "created_at") SELECT "id", "tenant_id", "reservation_id", "provider", "provider_ref", "url", "amount", "currency", "expires_at", "created_at" FROM `payment_links`;--> statement-breakpoint
DROP TABLE `payment_links`;--> statement-breakpoint
ALTER TABLE `__new_payment_links` RENAME TO `payment_links`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `payment_links_reservation_idx` ON `payment_links` (`tenant_id`,`reservation_id`,`provider`);--> statement-breakpoint
CREATE TABLE `__new_payments` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`reservation_id` text NOT NULL,
	`provider` text NOT NULL,
	`method` text NOT NULL,
	`amount` integer NOT NULL,
	`currency` text NOT NULL,
	`status` text NOT NULL,
	`reference` text,
	`provider_payment_id` text,
	`flag` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	`recorded_by` text,
	`version` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_payments`("id", "tenant_id", "reservation_id", "provider", "method", "amount", "currency", "status", "reference", "provider_payment_id", "flag", "created_at", "updated_at") SELECT "id", "tenant_id", "reservation_id", "provider", "method", "amount", "currency", "status", "reference", "provider_payment_id", "flag", "created_at", "updated_at" FROM `payments`;--> statement-breakpoint
DROP TABLE `payments`;--> statement-breakpoint
ALTER TABLE `__new_payments` RENAME TO `payments`;--> statement-breakpoint
CREATE INDEX `payments_reservation_idx` ON `payments` (`tenant_id`,`reservation_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `payments_provider_payment_unique` ON `payments` (`tenant_id`,`provider`,`provider_payment_id`);--> statement-breakpoint
DROP INDEX `reservations_idempotency_unique`;--> statement-breakpoint
ALTER TABLE `reservations` ADD `version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `reservations_idempotency_idx` ON `reservations` (`tenant_id`,`idempotency_key`);--> statement-breakpoint
CREATE TABLE `__new_calendar_nights` (
	`tenant_id` text NOT NULL,
	`accommodation_id` text NOT NULL,
	`night` text NOT NULL,
	`stay_id` text NOT NULL,
	`exclusive` integer DEFAULT true NOT NULL,
	PRIMARY KEY(`accommodation_id`, `night`, `stay_id`)
);
--> statement-breakpoint
-- Nights an OTA blocks become layered (not exclusive); reservations and manual blocks stay exclusive.
INSERT INTO `__new_calendar_nights`("tenant_id", "accommodation_id", "night", "stay_id", "exclusive") SELECT n."tenant_id", n."accommodation_id", n."night", n."stay_id", coalesce((SELECT s."kind" != 'imported' FROM `calendar_stays` s WHERE s."id" = n."stay_id"), 1) FROM `calendar_nights` n;--> statement-breakpoint
DROP TABLE `calendar_nights`;--> statement-breakpoint
ALTER TABLE `__new_calendar_nights` RENAME TO `calendar_nights`;--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_nights_exclusive_unique` ON `calendar_nights` (`accommodation_id`,`night`) WHERE exclusive = 1;--> statement-breakpoint
CREATE INDEX `calendar_nights_stay_idx` ON `calendar_nights` (`stay_id`);--> statement-breakpoint
ALTER TABLE `accommodations` ADD `unit_number` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Existing units are numbered 1, 2, 3 … per tenant in the order they were created.
UPDATE `accommodations` SET `unit_number` = (SELECT count(*) FROM `accommodations` a WHERE a.`tenant_id` = `accommodations`.`tenant_id` AND (a.`created_at` < `accommodations`.`created_at` OR (a.`created_at` = `accommodations`.`created_at` AND a.`id` <= `accommodations`.`id`)));--> statement-breakpoint
CREATE UNIQUE INDEX `accommodations_unit_number_unique` ON `accommodations` (`tenant_id`,`unit_number`);--> statement-breakpoint
ALTER TABLE `messages` ADD `dedupe_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `messages_dedupe_unique` ON `messages` (`tenant_id`,`dedupe_key`);