ALTER TABLE `alerts` ADD `params` text;--> statement-breakpoint
ALTER TABLE `ical_feeds` ADD `last_error_code` text;--> statement-breakpoint
CREATE INDEX `reservations_conversation_idx` ON `reservations` (`conversation_id`);