ALTER TABLE "quotations" ADD COLUMN "refund_review_at" bigint;--> statement-breakpoint
CREATE INDEX "quotations_refund_review_idx" ON "quotations" USING btree ("refund_review_at");