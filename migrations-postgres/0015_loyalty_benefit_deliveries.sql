CREATE TABLE "loyalty_benefit_deliveries" (
	"tenant_id" text NOT NULL,
	"benefit_id" text NOT NULL,
	"reservation_id" text NOT NULL,
	"delivered_by_type" text NOT NULL,
	"delivered_by" text NOT NULL,
	"delivered_at" bigint NOT NULL,
	CONSTRAINT "loyalty_benefit_deliveries_tenant_id_benefit_id_pk" PRIMARY KEY("tenant_id","benefit_id")
);
--> statement-breakpoint
ALTER TABLE "loyalty_benefit_deliveries" ADD CONSTRAINT "loyalty_benefit_deliveries_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "loyalty_benefit_deliveries_reservation_idx" ON "loyalty_benefit_deliveries" USING btree ("tenant_id","reservation_id");