CREATE TABLE `webhook_events` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`provider` text NOT NULL,
	`provider_event_id` text NOT NULL,
	`event_type` text,
	`raw_body` text NOT NULL,
	`query` text,
	`received_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`deliveries` integer DEFAULT 1 NOT NULL,
	`processed_at` integer,
	`last_error` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `webhook_events_provider_event_unique` ON `webhook_events` (`tenant_id`,`provider`,`provider_event_id`);--> statement-breakpoint
CREATE INDEX `webhook_events_tenant_idx` ON `webhook_events` (`tenant_id`,`received_at`);