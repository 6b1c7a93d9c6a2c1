CREATE TABLE `transfer_receipts` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`reservation_id` text NOT NULL,
	`conversation_id` text NOT NULL,
	`message_id` text NOT NULL,
	`object_key` text NOT NULL,
	`content_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`hold_live` integer NOT NULL,
	`reject_reason` text,
	`reject_note` text,
	`decided_by` text,
	`decided_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `transfer_receipts_message_unique` ON `transfer_receipts` (`tenant_id`,`message_id`);--> statement-breakpoint
CREATE INDEX `transfer_receipts_reservation_idx` ON `transfer_receipts` (`tenant_id`,`reservation_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `transfer_receipts_status_idx` ON `transfer_receipts` (`tenant_id`,`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `transfer_settings` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`enabled` integer NOT NULL,
	`cbu` text NOT NULL,
	`alias` text,
	`holder_name` text NOT NULL,
	`cuit` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `reservations` ADD `receipt_received_at` integer;