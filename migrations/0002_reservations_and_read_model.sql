CREATE TABLE `payments` (
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
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reservation_id`) REFERENCES `reservations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `payments_reservation_idx` ON `payments` (`tenant_id`,`reservation_id`);--> statement-breakpoint
CREATE TABLE `reservation_code_counters` (
	`tenant_id` text NOT NULL,
	`day` text NOT NULL,
	`sequence` integer NOT NULL,
	PRIMARY KEY(`tenant_id`, `day`)
);
--> statement-breakpoint
CREATE TABLE `reservations` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`accommodation_id` text NOT NULL,
	`code` text NOT NULL,
	`status` text NOT NULL,
	`check_in` text NOT NULL,
	`check_out` text NOT NULL,
	`guests` integer NOT NULL,
	`guest_name` text NOT NULL,
	`guest_phone` text,
	`guest_email` text,
	`source` text NOT NULL,
	`total_amount` integer NOT NULL,
	`deposit_amount` integer NOT NULL,
	`currency` text NOT NULL,
	`expires_at` integer,
	`extension_used` integer DEFAULT false NOT NULL,
	`idempotency_key` text,
	`cancel_reason` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`accommodation_id`) REFERENCES `accommodations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reservations_code_unique` ON `reservations` (`tenant_id`,`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `reservations_idempotency_unique` ON `reservations` (`tenant_id`,`idempotency_key`);--> statement-breakpoint
CREATE INDEX `reservations_tenant_status_idx` ON `reservations` (`tenant_id`,`status`,`check_in`);--> statement-breakpoint
CREATE INDEX `reservations_accommodation_idx` ON `reservations` (`accommodation_id`,`check_in`);--> statement-breakpoint
CREATE TABLE `calendar_nights` (
	`tenant_id` text NOT NULL,
	`accommodation_id` text NOT NULL,
	`night` text NOT NULL,
	`stay_id` text NOT NULL,
	PRIMARY KEY(`accommodation_id`, `night`)
);
--> statement-breakpoint
CREATE INDEX `calendar_nights_stay_idx` ON `calendar_nights` (`stay_id`);--> statement-breakpoint
CREATE TABLE `calendar_stays` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`accommodation_id` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`check_in` text NOT NULL,
	`check_out` text NOT NULL,
	`expires_at` integer,
	`feed_id` text,
	`note` text,
	`version` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `calendar_stays_accommodation_idx` ON `calendar_stays` (`accommodation_id`,`check_in`);--> statement-breakpoint
CREATE INDEX `calendar_stays_tenant_idx` ON `calendar_stays` (`tenant_id`);