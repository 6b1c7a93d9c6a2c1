CREATE TABLE `payment_links` (
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
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reservation_id`) REFERENCES `reservations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `payment_links_reservation_idx` ON `payment_links` (`tenant_id`,`reservation_id`,`provider`);--> statement-breakpoint
CREATE TABLE `alerts` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`kind` text NOT NULL,
	`severity` text NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL,
	`message` text NOT NULL,
	`dedupe_key` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`resolved_at` integer,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `alerts_dedupe_unique` ON `alerts` (`tenant_id`,`dedupe_key`);--> statement-breakpoint
CREATE INDEX `alerts_open_idx` ON `alerts` (`tenant_id`,`resolved_at`,`created_at`);--> statement-breakpoint
ALTER TABLE `payments` ADD `flag` text;--> statement-breakpoint
ALTER TABLE `payments` ADD `updated_at` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `payments_provider_payment_unique` ON `payments` (`tenant_id`,`provider`,`provider_payment_id`);--> statement-breakpoint
ALTER TABLE `webhook_events` ADD `outcome` text;--> statement-breakpoint
CREATE INDEX `webhook_events_unprocessed_idx` ON `webhook_events` (`processed_at`,`received_at`);