DROP INDEX `users_email_unique`;--> statement-breakpoint
ALTER TABLE `users` ADD `removed_at` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`) WHERE removed_at IS NULL;--> statement-breakpoint
ALTER TABLE `payments` ADD `kind` text DEFAULT 'payment' NOT NULL;--> statement-breakpoint
ALTER TABLE `payments` ADD `refund_of` text;--> statement-breakpoint
ALTER TABLE `reservations` ADD `refund_decision` text;--> statement-breakpoint
ALTER TABLE `reservations` ADD `notes` text;--> statement-breakpoint
ALTER TABLE `reservations` ADD `price_override_reason` text;