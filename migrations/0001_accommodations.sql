CREATE TABLE `accommodations` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`capacity` integer NOT NULL,
	`base_price_amount` integer NOT NULL,
	`currency` text NOT NULL,
	`min_stay` integer DEFAULT 1 NOT NULL,
	`check_in_time` text DEFAULT '14:00' NOT NULL,
	`check_out_time` text DEFAULT '10:00' NOT NULL,
	`amenities` text NOT NULL,
	`pricing` text NOT NULL,
	`deposit_percent` integer DEFAULT 30 NOT NULL,
	`timezone` text NOT NULL,
	`ical_token_sealed` text NOT NULL,
	`deleted_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `accommodations_tenant_idx` ON `accommodations` (`tenant_id`,`deleted_at`);