CREATE TABLE `guest_merges` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`target_id` text NOT NULL,
	`other_id` text NOT NULL,
	`target_before` text NOT NULL,
	`merged_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`undone_at` integer,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `guest_merges_tenant_idx` ON `guest_merges` (`tenant_id`,`target_id`);--> statement-breakpoint
CREATE TABLE `guest_subjects` (
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL,
	`tenant_id` text NOT NULL,
	`guest_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`subject_type`, `subject_id`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `guest_subjects_guest_idx` ON `guest_subjects` (`tenant_id`,`guest_id`);--> statement-breakpoint
CREATE TABLE `guests` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`name` text NOT NULL,
	`phone` text,
	`email` text,
	`lang` text,
	`notes` text,
	`tags` text NOT NULL,
	`marketing_consent` integer DEFAULT false NOT NULL,
	`merged_into` text,
	`anonymised_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `guests_phone_unique` ON `guests` (`tenant_id`,`phone`);--> statement-breakpoint
CREATE UNIQUE INDEX `guests_email_unique` ON `guests` (`tenant_id`,`email`);--> statement-breakpoint
CREATE INDEX `guests_tenant_name_idx` ON `guests` (`tenant_id`,`name`);--> statement-breakpoint
CREATE INDEX `guests_merged_into_idx` ON `guests` (`merged_into`);