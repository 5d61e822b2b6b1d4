ALTER TABLE "imports" ADD COLUMN "format" text;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "preview" jsonb;--> statement-breakpoint
ALTER TABLE "unit_years" ADD COLUMN "status_comment" text;--> statement-breakpoint
CREATE INDEX "imports_uploaded_by_index" ON "imports" USING btree ("uploaded_by","imported_at");--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_format_check" CHECK ("imports"."format" IN ('text', 'docx', 'xlsx'));