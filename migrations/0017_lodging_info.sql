CREATE TABLE `lodging_info` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`address` text,
	`cancellation_policy` text,
	`house_rules` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
