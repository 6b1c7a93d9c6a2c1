CREATE TABLE `guest_tier_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`guest_id` text NOT NULL,
	`from_tier` text,
	`to_tier` text,
	`reason` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `guest_tier_changes_guest_idx` ON `guest_tier_changes` (`tenant_id`,`guest_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `loyalty_tiers` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`tiers` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
