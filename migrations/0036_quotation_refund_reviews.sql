ALTER TABLE `quotations` ADD `refund_review_at` integer;--> statement-breakpoint
CREATE INDEX `quotations_refund_review_idx` ON `quotations` (`refund_review_at`);