CREATE TABLE `conversations` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`channel` text NOT NULL,
	`guest_address` text NOT NULL,
	`guest_name` text,
	`lang` text DEFAULT 'es' NOT NULL,
	`handled_by` text DEFAULT 'assistant' NOT NULL,
	`escalated` integer DEFAULT false NOT NULL,
	`last_inbound_at` integer,
	`last_message_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conversations_guest_unique` ON `conversations` (`tenant_id`,`channel`,`guest_address`);--> statement-breakpoint
CREATE INDEX `conversations_recent_idx` ON `conversations` (`tenant_id`,`last_message_at`);--> statement-breakpoint
CREATE TABLE `messages` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`conversation_id` text NOT NULL,
	`direction` text NOT NULL,
	`author` text NOT NULL,
	`text` text NOT NULL,
	`template` text,
	`urgent` integer DEFAULT false NOT NULL,
	`status` text NOT NULL,
	`provider_message_id` text,
	`error` text,
	`deferred_until` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `messages_conversation_idx` ON `messages` (`conversation_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `messages_provider_unique` ON `messages` (`tenant_id`,`provider_message_id`);