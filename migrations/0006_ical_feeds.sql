CREATE TABLE `ical_feeds` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`accommodation_id` text NOT NULL,
	`source` text NOT NULL,
	`name` text,
	`url` text,
	`export_token_sealed` text NOT NULL,
	`etag` text,
	`last_modified` text,
	`last_sync_at` integer,
	`last_success_at` integer,
	`last_status` text,
	`last_error` text,
	`event_count` integer,
	`blocked_nights` integer,
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`accommodation_id`) REFERENCES `accommodations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ical_feeds_accommodation_idx` ON `ical_feeds` (`tenant_id`,`accommodation_id`);--> statement-breakpoint
CREATE INDEX `ical_feeds_due_idx` ON `ical_feeds` (`deleted_at`,`last_sync_at`);