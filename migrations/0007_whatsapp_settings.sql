CREATE TABLE `whatsapp_settings` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`phone_number_id` text NOT NULL,
	`access_token_sealed` text NOT NULL,
	`app_secret_sealed` text NOT NULL,
	`verify_token_hash` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `whatsapp_settings_phone_unique` ON `whatsapp_settings` (`phone_number_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `whatsapp_settings_verify_unique` ON `whatsapp_settings` (`verify_token_hash`);