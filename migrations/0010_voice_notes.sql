ALTER TABLE `messages` ADD `media_id` text;--> statement-breakpoint
ALTER TABLE `messages` ADD `media_type` text;--> statement-breakpoint
ALTER TABLE `messages` ADD `transcript_confidence` real;