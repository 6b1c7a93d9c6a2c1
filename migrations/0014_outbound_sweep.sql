ALTER TABLE `messages` ADD `sweep_requeues` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `messages_status_idx` ON `messages` (`status`,`created_at`);