CREATE TABLE `loyalty_benefit_deliveries` (
	`tenant_id` text NOT NULL,
	`benefit_id` text NOT NULL,
	`reservation_id` text NOT NULL,
	`delivered_by_type` text NOT NULL,
	`delivered_by` text NOT NULL,
	`delivered_at` integer NOT NULL,
	PRIMARY KEY(`tenant_id`, `benefit_id`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `loyalty_benefit_deliveries_reservation_idx` ON `loyalty_benefit_deliveries` (`tenant_id`,`reservation_id`);