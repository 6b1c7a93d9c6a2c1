CREATE TABLE `crm_connections` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`provider` text NOT NULL,
	`access_token_sealed` text NOT NULL,
	`mode` text DEFAULT 'active' NOT NULL,
	`failure_streak` integer DEFAULT 0 NOT NULL,
	`failing_since` integer,
	`last_success_at` integer,
	`last_failure_at` integer,
	`last_error` text,
	`paused_since` integer,
	`retry_at` integer,
	`next_probe_at` integer,
	`probe_attempts` integer DEFAULT 0 NOT NULL,
	`flush_lease_until` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `crm_connections_mode_idx` ON `crm_connections` (`mode`,`next_probe_at`);--> statement-breakpoint
CREATE TABLE `crm_sync_jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`guest_id` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`queued_at` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_attempt_at` integer,
	`response_status` integer,
	`latency_ms` integer,
	`last_error` text,
	`contact_id` text,
	`succeeded_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `crm_sync_jobs_guest_unique` ON `crm_sync_jobs` (`tenant_id`,`guest_id`);--> statement-breakpoint
CREATE INDEX `crm_sync_jobs_pending_idx` ON `crm_sync_jobs` (`tenant_id`,`status`,`queued_at`);