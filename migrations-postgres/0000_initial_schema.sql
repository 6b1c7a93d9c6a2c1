CREATE TABLE "accommodations" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"capacity" bigint NOT NULL,
	"base_price_amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"min_stay" bigint DEFAULT 1 NOT NULL,
	"check_in_time" text DEFAULT '14:00' NOT NULL,
	"check_out_time" text DEFAULT '10:00' NOT NULL,
	"amenities" text NOT NULL,
	"pricing" text NOT NULL,
	"deposit_percent" bigint DEFAULT 30 NOT NULL,
	"timezone" text NOT NULL,
	"door_code" text,
	"wifi" text,
	"directions" text,
	"maps_url" text,
	"unit_number" bigint DEFAULT 0 NOT NULL,
	"ical_token_sealed" text NOT NULL,
	"deleted_at" bigint,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL,
	"updated_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"kind" text NOT NULL,
	"severity" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"message" text NOT NULL,
	"params" text,
	"dedupe_key" text NOT NULL,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL,
	"resolved_at" bigint
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"start" text NOT NULL,
	"key_hash" text NOT NULL,
	"scopes" text NOT NULL,
	"created_by" text NOT NULL,
	"last_used_at" bigint,
	"revoked_at" bigint,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "backup_codes" (
	"tenant_id" text NOT NULL,
	"user_id" text NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" bigint
);
--> statement-breakpoint
CREATE TABLE "calendar_nights" (
	"tenant_id" text NOT NULL,
	"accommodation_id" text NOT NULL,
	"night" text NOT NULL,
	"stay_id" text NOT NULL,
	"exclusive" smallint DEFAULT 1 NOT NULL,
	CONSTRAINT "calendar_nights_accommodation_id_night_stay_id_pk" PRIMARY KEY("accommodation_id","night","stay_id")
);
--> statement-breakpoint
CREATE TABLE "calendar_stays" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"accommodation_id" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"check_in" text NOT NULL,
	"check_out" text NOT NULL,
	"expires_at" bigint,
	"feed_id" text,
	"note" text,
	"version" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"channel" text NOT NULL,
	"guest_address" text NOT NULL,
	"guest_name" text,
	"lang" text DEFAULT 'es' NOT NULL,
	"handled_by" text DEFAULT 'assistant' NOT NULL,
	"escalated" smallint DEFAULT 0 NOT NULL,
	"last_inbound_at" bigint,
	"last_message_at" bigint,
	"reply_token" text,
	"email_subject" text,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"message_id" text,
	"from_address" text NOT NULL,
	"to_address" text NOT NULL,
	"reply_to" text,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"html" text NOT NULL,
	"raw" text NOT NULL,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_settings" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"from_address" text NOT NULL,
	"from_name" text,
	"inbound_domain" text NOT NULL,
	"resend_api_key_sealed" text,
	"resend_webhook_secret_sealed" text,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_suppressions" (
	"tenant_id" text NOT NULL,
	"address" text NOT NULL,
	"reason" text NOT NULL,
	"detail" text,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL,
	CONSTRAINT "email_suppressions_tenant_id_address_pk" PRIMARY KEY("tenant_id","address")
);
--> statement-breakpoint
CREATE TABLE "ical_feeds" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"accommodation_id" text NOT NULL,
	"source" text NOT NULL,
	"name" text,
	"url" text,
	"export_token_sealed" text NOT NULL,
	"etag" text,
	"last_modified" text,
	"last_sync_at" bigint,
	"last_success_at" bigint,
	"last_status" text,
	"last_error" text,
	"last_error_code" text,
	"event_count" bigint,
	"blocked_nights" bigint,
	"consecutive_failures" bigint DEFAULT 0 NOT NULL,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL,
	"deleted_at" bigint
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" text NOT NULL,
	"expires_at" bigint NOT NULL,
	"accepted_at" bigint,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lodging_info" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"address" text,
	"cancellation_policy" text,
	"house_rules" text,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "message_steps" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"kind" text NOT NULL,
	"offset_days" bigint NOT NULL,
	"local_time" text,
	"template_id" text NOT NULL,
	"channels" text NOT NULL,
	"enabled" smallint DEFAULT 1 NOT NULL,
	"updated_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "message_templates" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"bodies" text NOT NULL,
	"whatsapp" text,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL,
	"updated_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"conversation_id" text NOT NULL,
	"direction" text NOT NULL,
	"author" text NOT NULL,
	"text" text NOT NULL,
	"template" text,
	"urgent" smallint DEFAULT 0 NOT NULL,
	"status" text NOT NULL,
	"provider_message_id" text,
	"error" text,
	"deferred_until" bigint,
	"media_id" text,
	"media_type" text,
	"transcript_confidence" double precision,
	"dedupe_key" text,
	"sweep_requeues" bigint DEFAULT 0 NOT NULL,
	"internet_message_id" text,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL,
	"updated_at" bigint
);
--> statement-breakpoint
CREATE TABLE "payment_links" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"reservation_id" text NOT NULL,
	"provider" text NOT NULL,
	"provider_ref" text NOT NULL,
	"url" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"expires_at" bigint NOT NULL,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payment_settings" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"mercadopago_access_token_sealed" text,
	"mercadopago_webhook_secret_sealed" text,
	"stripe_secret_key_sealed" text,
	"stripe_webhook_secret_sealed" text,
	"default_provider" text NOT NULL,
	"deposit_percent" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"reservation_id" text NOT NULL,
	"provider" text NOT NULL,
	"method" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"status" text NOT NULL,
	"reference" text,
	"provider_payment_id" text,
	"flag" text,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL,
	"updated_at" bigint,
	"recorded_by" text,
	"version" bigint DEFAULT 0 NOT NULL,
	"kind" text DEFAULT 'payment' NOT NULL,
	"refund_of" text
);
--> statement-breakpoint
CREATE TABLE "rate_limit_windows" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" bigint NOT NULL,
	"count" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_daily" (
	"tenant_id" text NOT NULL,
	"accommodation_id" text NOT NULL,
	"day" text NOT NULL,
	"source" text NOT NULL,
	"currency" text NOT NULL,
	"sold_nights" bigint DEFAULT 0 NOT NULL,
	"room_revenue" bigint DEFAULT 0 NOT NULL,
	"blocked_nights" bigint DEFAULT 0 NOT NULL,
	"channel_nights" bigint DEFAULT 0 NOT NULL,
	"reservations" bigint DEFAULT 0 NOT NULL,
	"arrivals" bigint DEFAULT 0 NOT NULL,
	"arrival_nights" bigint DEFAULT 0 NOT NULL,
	"lead_days" bigint DEFAULT 0 NOT NULL,
	"cancellations" bigint DEFAULT 0 NOT NULL,
	"lapsed_holds" bigint DEFAULT 0 NOT NULL,
	"deposits_collected" bigint DEFAULT 0 NOT NULL,
	"balance_outstanding" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "report_daily_tenant_id_day_accommodation_id_source_currency_pk" PRIMARY KEY("tenant_id","day","accommodation_id","source","currency")
);
--> statement-breakpoint
CREATE TABLE "report_refresh" (
	"tenant_id" text NOT NULL,
	"accommodation_id" text NOT NULL,
	"from_day" text NOT NULL,
	"to_day" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reservations" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"accommodation_id" text NOT NULL,
	"code" text NOT NULL,
	"status" text NOT NULL,
	"check_in" text NOT NULL,
	"check_out" text NOT NULL,
	"guests" bigint NOT NULL,
	"guest_name" text NOT NULL,
	"guest_phone" text,
	"guest_email" text,
	"source" text NOT NULL,
	"total_amount" bigint NOT NULL,
	"deposit_amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"expires_at" bigint,
	"extension_used" smallint DEFAULT 0 NOT NULL,
	"idempotency_key" text,
	"cancel_reason" text,
	"refund_decision" text,
	"notes" text,
	"price_override_reason" text,
	"conversation_id" text,
	"receipt_received_at" bigint,
	"version" bigint DEFAULT 0 NOT NULL,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL,
	"updated_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "step_schedule" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"reservation_id" text NOT NULL,
	"step_id" text NOT NULL,
	"due_at" bigint NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"channel" text,
	"message_id" text,
	"reservation_version" bigint NOT NULL,
	"attempts" bigint DEFAULT 0 NOT NULL,
	"claimed_until" bigint,
	"fired_at" bigint,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL,
	"updated_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tenants" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"country" text NOT NULL,
	"timezone" text NOT NULL,
	"currency" text NOT NULL,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "totp_resets" (
	"id" bigint PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"user_id" text NOT NULL,
	"reset_by" text NOT NULL,
	"reset_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transfer_receipts" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"reservation_id" text NOT NULL,
	"conversation_id" text NOT NULL,
	"message_id" text NOT NULL,
	"object_key" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"hold_live" smallint NOT NULL,
	"reject_reason" text,
	"reject_note" text,
	"decided_by" text,
	"decided_at" bigint,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transfer_settings" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"enabled" smallint NOT NULL,
	"cbu" text NOT NULL,
	"alias" text,
	"holder_name" text NOT NULL,
	"cuit" text NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text NOT NULL,
	"totp_secret_sealed" text,
	"totp_enabled_at" bigint,
	"totp_last_counter" bigint,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL,
	"removed_at" bigint
);
--> statement-breakpoint
CREATE TABLE "webhook_events" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"provider" text NOT NULL,
	"provider_event_id" text NOT NULL,
	"event_type" text,
	"raw_body" text NOT NULL,
	"query" text,
	"received_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL,
	"deliveries" bigint DEFAULT 1 NOT NULL,
	"processed_at" bigint,
	"outcome" text,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "whatsapp_settings" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"phone_number_id" text NOT NULL,
	"access_token_sealed" text NOT NULL,
	"app_secret_sealed" text NOT NULL,
	"verify_token_hash" text NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accommodations" ADD CONSTRAINT "accommodations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backup_codes" ADD CONSTRAINT "backup_codes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backup_codes" ADD CONSTRAINT "backup_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_settings" ADD CONSTRAINT "email_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_suppressions" ADD CONSTRAINT "email_suppressions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ical_feeds" ADD CONSTRAINT "ical_feeds_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ical_feeds" ADD CONSTRAINT "ical_feeds_accommodation_id_accommodations_id_fk" FOREIGN KEY ("accommodation_id") REFERENCES "public"."accommodations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lodging_info" ADD CONSTRAINT "lodging_info_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_steps" ADD CONSTRAINT "message_steps_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_templates" ADD CONSTRAINT "message_templates_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_links" ADD CONSTRAINT "payment_links_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_settings" ADD CONSTRAINT "payment_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_accommodation_id_accommodations_id_fk" FOREIGN KEY ("accommodation_id") REFERENCES "public"."accommodations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_schedule" ADD CONSTRAINT "step_schedule_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "totp_resets" ADD CONSTRAINT "totp_resets_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "totp_resets" ADD CONSTRAINT "totp_resets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "totp_resets" ADD CONSTRAINT "totp_resets_reset_by_users_id_fk" FOREIGN KEY ("reset_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_receipts" ADD CONSTRAINT "transfer_receipts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_settings" ADD CONSTRAINT "transfer_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whatsapp_settings" ADD CONSTRAINT "whatsapp_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accommodations_tenant_idx" ON "accommodations" USING btree ("tenant_id","deleted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "accommodations_unit_number_unique" ON "accommodations" USING btree ("tenant_id","unit_number");--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_dedupe_unique" ON "alerts" USING btree ("tenant_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "alerts_open_idx" ON "alerts" USING btree ("tenant_id","resolved_at","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_hash_unique" ON "api_keys" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "api_keys_tenant_idx" ON "api_keys" USING btree ("tenant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "backup_codes_user_hash_unique" ON "backup_codes" USING btree ("user_id","code_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_nights_exclusive_unique" ON "calendar_nights" USING btree ("accommodation_id","night") WHERE exclusive = 1;--> statement-breakpoint
CREATE INDEX "calendar_nights_stay_idx" ON "calendar_nights" USING btree ("stay_id");--> statement-breakpoint
CREATE INDEX "calendar_stays_accommodation_idx" ON "calendar_stays" USING btree ("accommodation_id","check_in");--> statement-breakpoint
CREATE INDEX "calendar_stays_tenant_idx" ON "calendar_stays" USING btree ("tenant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_reply_token_unique" ON "conversations" USING btree ("reply_token");--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_guest_unique" ON "conversations" USING btree ("tenant_id","channel","guest_address");--> statement-breakpoint
CREATE INDEX "conversations_recent_idx" ON "conversations" USING btree ("tenant_id","last_message_at");--> statement-breakpoint
CREATE INDEX "email_outbox_tenant_idx" ON "email_outbox" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "email_settings_inbound_domain_unique" ON "email_settings" USING btree ("inbound_domain");--> statement-breakpoint
CREATE INDEX "ical_feeds_accommodation_idx" ON "ical_feeds" USING btree ("tenant_id","accommodation_id");--> statement-breakpoint
CREATE INDEX "ical_feeds_due_idx" ON "ical_feeds" USING btree ("deleted_at","last_sync_at");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_token_unique" ON "invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "invitations_tenant_idx" ON "invitations" USING btree ("tenant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "message_steps_kind_unique" ON "message_steps" USING btree ("tenant_id","kind");--> statement-breakpoint
CREATE INDEX "message_templates_tenant_idx" ON "message_templates" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "messages_conversation_idx" ON "messages" USING btree ("conversation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_provider_unique" ON "messages" USING btree ("tenant_id","provider_message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_dedupe_unique" ON "messages" USING btree ("tenant_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "messages_status_idx" ON "messages" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "messages_internet_id_idx" ON "messages" USING btree ("tenant_id","internet_message_id");--> statement-breakpoint
CREATE INDEX "payment_links_reservation_idx" ON "payment_links" USING btree ("tenant_id","reservation_id","provider");--> statement-breakpoint
CREATE INDEX "payments_reservation_idx" ON "payments" USING btree ("tenant_id","reservation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_provider_payment_unique" ON "payments" USING btree ("tenant_id","provider","provider_payment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reservations_code_unique" ON "reservations" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "reservations_idempotency_idx" ON "reservations" USING btree ("tenant_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "reservations_tenant_status_idx" ON "reservations" USING btree ("tenant_id","status","check_in");--> statement-breakpoint
CREATE INDEX "reservations_accommodation_idx" ON "reservations" USING btree ("accommodation_id","check_in");--> statement-breakpoint
CREATE INDEX "reservations_conversation_idx" ON "reservations" USING btree ("conversation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "step_schedule_reservation_step_unique" ON "step_schedule" USING btree ("reservation_id","step_id");--> statement-breakpoint
CREATE INDEX "step_schedule_due_idx" ON "step_schedule" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "step_schedule_tenant_reservation_idx" ON "step_schedule" USING btree ("tenant_id","reservation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tenants_slug_unique" ON "tenants" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "totp_resets_tenant_user_idx" ON "totp_resets" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "transfer_receipts_message_unique" ON "transfer_receipts" USING btree ("tenant_id","message_id");--> statement-breakpoint
CREATE INDEX "transfer_receipts_reservation_idx" ON "transfer_receipts" USING btree ("tenant_id","reservation_id","created_at");--> statement-breakpoint
CREATE INDEX "transfer_receipts_status_idx" ON "transfer_receipts" USING btree ("tenant_id","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree ("email") WHERE removed_at IS NULL;--> statement-breakpoint
CREATE INDEX "users_tenant_idx" ON "users" USING btree ("tenant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_events_provider_event_unique" ON "webhook_events" USING btree ("tenant_id","provider","provider_event_id");--> statement-breakpoint
CREATE INDEX "webhook_events_tenant_idx" ON "webhook_events" USING btree ("tenant_id","received_at");--> statement-breakpoint
CREATE INDEX "webhook_events_unprocessed_idx" ON "webhook_events" USING btree ("processed_at","received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "whatsapp_settings_phone_unique" ON "whatsapp_settings" USING btree ("phone_number_id");--> statement-breakpoint
CREATE UNIQUE INDEX "whatsapp_settings_verify_unique" ON "whatsapp_settings" USING btree ("verify_token_hash");