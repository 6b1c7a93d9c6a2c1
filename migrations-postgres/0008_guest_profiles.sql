CREATE TABLE "guest_merges" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"target_id" text NOT NULL,
	"other_id" text NOT NULL,
	"target_before" text NOT NULL,
	"merged_by" text NOT NULL,
	"created_at" bigint NOT NULL,
	"undone_at" bigint
);
--> statement-breakpoint
CREATE TABLE "guest_subjects" (
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"tenant_id" text NOT NULL,
	"guest_id" text NOT NULL,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL,
	CONSTRAINT "guest_subjects_subject_type_subject_id_pk" PRIMARY KEY("subject_type","subject_id")
);
--> statement-breakpoint
CREATE TABLE "guests" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"email" text,
	"lang" text,
	"notes" text,
	"tags" text NOT NULL,
	"marketing_consent" smallint DEFAULT 0 NOT NULL,
	"merged_into" text,
	"anonymised_at" bigint,
	"created_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL,
	"updated_at" bigint DEFAULT (floor(extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "guest_merges" ADD CONSTRAINT "guest_merges_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_subjects" ADD CONSTRAINT "guest_subjects_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guests" ADD CONSTRAINT "guests_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "guest_merges_tenant_idx" ON "guest_merges" USING btree ("tenant_id","target_id");--> statement-breakpoint
CREATE INDEX "guest_subjects_guest_idx" ON "guest_subjects" USING btree ("tenant_id","guest_id");--> statement-breakpoint
CREATE UNIQUE INDEX "guests_phone_unique" ON "guests" USING btree ("tenant_id","phone");--> statement-breakpoint
CREATE UNIQUE INDEX "guests_email_unique" ON "guests" USING btree ("tenant_id","email");--> statement-breakpoint
CREATE INDEX "guests_tenant_name_idx" ON "guests" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE INDEX "guests_merged_into_idx" ON "guests" USING btree ("merged_into");