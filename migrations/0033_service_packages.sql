CREATE TABLE `reservation_packages` (
	`reservation_id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`package_id` text NOT NULL,
	`name` text NOT NULL,
	`adjustment_amount` integer NOT NULL,
	`currency` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reservation_packages_package_idx` ON `reservation_packages` (`tenant_id`,`package_id`);--> statement-breakpoint
CREATE TABLE `service_packages` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`name` text NOT NULL,
	`accommodation_ids` text NOT NULL,
	`min_nights` integer NOT NULL,
	`max_nights` integer NOT NULL,
	`price_amount` integer,
	`currency` text,
	`discount_percent` integer,
	`valid_from` text,
	`valid_to` text,
	`extras` text NOT NULL,
	`archived_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `service_packages_tenant_idx` ON `service_packages` (`tenant_id`,`archived_at`);