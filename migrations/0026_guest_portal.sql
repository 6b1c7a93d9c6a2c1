CREATE TABLE `guest_check_ins` (
	`reservation_id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`status` text NOT NULL,
	`guests` text NOT NULL,
	`holder_birth_date` text,
	`arrival_time` text,
	`vehicle_plate` text,
	`requests` text,
	`rules_accepted_at` integer,
	`completed_by` text,
	`completed_by_user` text,
	`started_at` integer NOT NULL,
	`completed_at` integer,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `guest_check_ins_tenant_idx` ON `guest_check_ins` (`tenant_id`,`status`);--> statement-breakpoint
CREATE TABLE `guest_id_photos` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`reservation_id` text NOT NULL,
	`object_key` text NOT NULL,
	`content_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `guest_id_photos_reservation_idx` ON `guest_id_photos` (`tenant_id`,`reservation_id`);--> statement-breakpoint
CREATE INDEX `guest_id_photos_live_idx` ON `guest_id_photos` (`deleted_at`);--> statement-breakpoint
CREATE TABLE `guest_links` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`reservation_id` text NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `guest_links_reservation_idx` ON `guest_links` (`tenant_id`,`reservation_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `guest_portal_settings` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`id_photo_retention_days` integer DEFAULT 30 NOT NULL,
	`review_links` text NOT NULL,
	`kpi_window_days` integer DEFAULT 7 NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `guest_ratings` (
	`reservation_id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`score` integer NOT NULL,
	`comment` text,
	`via` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `guest_ratings_tenant_idx` ON `guest_ratings` (`tenant_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `upsell_offers` (
	`tenant_id` text NOT NULL,
	`reservation_id` text NOT NULL,
	`upsell_id` text NOT NULL,
	`offered_at` integer NOT NULL,
	PRIMARY KEY(`reservation_id`, `upsell_id`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `upsell_offers_tenant_idx` ON `upsell_offers` (`tenant_id`,`offered_at`);--> statement-breakpoint
CREATE TABLE `upsell_purchases` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`reservation_id` text NOT NULL,
	`upsell_id` text NOT NULL,
	`title` text NOT NULL,
	`amount` integer NOT NULL,
	`currency` text NOT NULL,
	`status` text NOT NULL,
	`provider` text,
	`provider_ref` text,
	`payment_url` text,
	`provider_payment_id` text,
	`paid_at` integer,
	`decided_by` text,
	`decided_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `upsell_purchases_reservation_idx` ON `upsell_purchases` (`tenant_id`,`reservation_id`);--> statement-breakpoint
CREATE INDEX `upsell_purchases_tenant_idx` ON `upsell_purchases` (`tenant_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `upsells` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`price` integer NOT NULL,
	`currency` text NOT NULL,
	`accommodation_ids` text,
	`offered_when` text NOT NULL,
	`requires_approval` integer NOT NULL,
	`active` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `upsells_tenant_idx` ON `upsells` (`tenant_id`);