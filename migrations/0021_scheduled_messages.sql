CREATE TABLE `message_steps` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`kind` text NOT NULL,
	`offset_days` integer NOT NULL,
	`local_time` text,
	`template_id` text NOT NULL,
	`channels` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `message_steps_kind_unique` ON `message_steps` (`tenant_id`,`kind`);--> statement-breakpoint
CREATE TABLE `message_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`name` text NOT NULL,
	`bodies` text NOT NULL,
	`whatsapp` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `message_templates_tenant_idx` ON `message_templates` (`tenant_id`);--> statement-breakpoint
CREATE TABLE `step_schedule` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`reservation_id` text NOT NULL,
	`step_id` text NOT NULL,
	`due_at` integer NOT NULL,
	`status` text NOT NULL,
	`reason` text,
	`channel` text,
	`message_id` text,
	`reservation_version` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`claimed_until` integer,
	`fired_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `step_schedule_reservation_step_unique` ON `step_schedule` (`reservation_id`,`step_id`);--> statement-breakpoint
CREATE INDEX `step_schedule_due_idx` ON `step_schedule` (`status`,`due_at`);--> statement-breakpoint
CREATE INDEX `step_schedule_tenant_reservation_idx` ON `step_schedule` (`tenant_id`,`reservation_id`);--> statement-breakpoint
ALTER TABLE `accommodations` ADD `door_code` text;--> statement-breakpoint
ALTER TABLE `accommodations` ADD `wifi` text;--> statement-breakpoint
ALTER TABLE `accommodations` ADD `directions` text;--> statement-breakpoint
ALTER TABLE `accommodations` ADD `maps_url` text;