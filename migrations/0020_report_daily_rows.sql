CREATE TABLE `report_daily` (
	`tenant_id` text NOT NULL,
	`accommodation_id` text NOT NULL,
	`day` text NOT NULL,
	`source` text NOT NULL,
	`currency` text NOT NULL,
	`sold_nights` integer DEFAULT 0 NOT NULL,
	`room_revenue` integer DEFAULT 0 NOT NULL,
	`blocked_nights` integer DEFAULT 0 NOT NULL,
	`channel_nights` integer DEFAULT 0 NOT NULL,
	`reservations` integer DEFAULT 0 NOT NULL,
	`arrivals` integer DEFAULT 0 NOT NULL,
	`arrival_nights` integer DEFAULT 0 NOT NULL,
	`lead_days` integer DEFAULT 0 NOT NULL,
	`cancellations` integer DEFAULT 0 NOT NULL,
	`lapsed_holds` integer DEFAULT 0 NOT NULL,
	`deposits_collected` integer DEFAULT 0 NOT NULL,
	`balance_outstanding` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`tenant_id`, `day`, `accommodation_id`, `source`, `currency`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `report_refresh` (
	`tenant_id` text NOT NULL,
	`accommodation_id` text NOT NULL,
	`from_day` text NOT NULL,
	`to_day` text NOT NULL
);
