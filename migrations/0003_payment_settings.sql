CREATE TABLE `payment_settings` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`mercadopago_access_token_sealed` text,
	`mercadopago_webhook_secret_sealed` text,
	`stripe_secret_key_sealed` text,
	`stripe_webhook_secret_sealed` text,
	`default_provider` text NOT NULL,
	`deposit_percent` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
