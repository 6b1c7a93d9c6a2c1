CREATE TABLE `email_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`message_id` text,
	`from_address` text NOT NULL,
	`to_address` text NOT NULL,
	`reply_to` text,
	`subject` text NOT NULL,
	`text` text NOT NULL,
	`html` text NOT NULL,
	`raw` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`message_id`) REFERENCES `messages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `email_outbox_tenant_idx` ON `email_outbox` (`tenant_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `email_settings` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`provider` text NOT NULL,
	`from_address` text NOT NULL,
	`from_name` text,
	`inbound_domain` text NOT NULL,
	`resend_api_key_sealed` text,
	`resend_webhook_secret_sealed` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `email_settings_inbound_domain_unique` ON `email_settings` (`inbound_domain`);--> statement-breakpoint
CREATE TABLE `email_suppressions` (
	`tenant_id` text NOT NULL,
	`address` text NOT NULL,
	`reason` text NOT NULL,
	`detail` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`tenant_id`, `address`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `conversations` ADD `reply_token` text;--> statement-breakpoint
ALTER TABLE `conversations` ADD `email_subject` text;--> statement-breakpoint
CREATE UNIQUE INDEX `conversations_reply_token_unique` ON `conversations` (`reply_token`);--> statement-breakpoint
ALTER TABLE `messages` ADD `internet_message_id` text;--> statement-breakpoint
CREATE INDEX `messages_internet_id_idx` ON `messages` (`tenant_id`,`internet_message_id`);