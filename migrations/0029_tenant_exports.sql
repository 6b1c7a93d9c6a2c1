CREATE TABLE `tenant_exports` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`requested_by` text NOT NULL,
	`status` text NOT NULL,
	`object_key` text,
	`size_bytes` integer,
	`counts` text,
	`error` text,
	`claimed_until` integer,
	`created_at` integer NOT NULL,
	`completed_at` integer,
	`downloaded_at` integer,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tenant_exports_tenant_idx` ON `tenant_exports` (`tenant_id`,`created_at`);