CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_username" text,
	"actor_display_name" text NOT NULL,
	"actor_role" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"unit_id" uuid,
	"division_code" text,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	"ip" text,
	CONSTRAINT "audit_events_seq_unique" UNIQUE("seq"),
	CONSTRAINT "audit_events_actor_role_check" CHECK ("audit_events"."actor_role" IN ('unit_editor', 'unit_leader', 'finance_reviewer', 'admin', 'public'))
);
--> statement-breakpoint
CREATE TABLE "divisions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_lockouts" (
	"username" text PRIMARY KEY NOT NULL,
	"locked_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit_counters" (
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL,
	CONSTRAINT "rate_limit_counters_bucket_key_window_start_pk" PRIMARY KEY("bucket","key","window_start")
);
--> statement-breakpoint
CREATE TABLE "review_findings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_year_id" uuid NOT NULL,
	"project_id" uuid,
	"indicator_id" uuid,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"family" text NOT NULL,
	"severity" text NOT NULL,
	"message" text NOT NULL,
	"suggestion" text,
	"location" jsonb NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_findings_position_unique" UNIQUE("unit_year_id","position"),
	CONSTRAINT "review_findings_family_check" CHECK ("review_findings"."family" IN ('structure', 'values', 'money', 'spending-plan', 'consistency', 'quality')),
	CONSTRAINT "review_findings_severity_check" CHECK ("review_findings"."severity" IN ('error', 'warning', 'info'))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text,
	CONSTRAINT "sessions_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"unit_id" uuid,
	"division_code" text,
	"password_hash" text NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"password_changed_at" timestamp with time zone NOT NULL,
	"last_login_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username"),
	CONSTRAINT "users_role_check" CHECK ("users"."role" IN ('unit_editor', 'unit_leader', 'finance_reviewer', 'admin')),
	CONSTRAINT "users_attachment_check" CHECK (CASE "users"."role"
        WHEN 'unit_editor' THEN "users"."unit_id" IS NOT NULL AND "users"."division_code" IS NULL
        WHEN 'unit_leader' THEN "users"."unit_id" IS NOT NULL AND "users"."division_code" IS NULL
        WHEN 'finance_reviewer' THEN "users"."division_code" IS NOT NULL AND "users"."unit_id" IS NULL
        ELSE "users"."unit_id" IS NULL AND "users"."division_code" IS NULL
      END)
);
--> statement-breakpoint
ALTER TABLE "imports" ALTER COLUMN "unit_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ALTER COLUMN "year" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ALTER COLUMN "replaced" SET DEFAULT false;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "status" text DEFAULT 'stored' NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "uploaded_by" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "review_grade" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "review_comment" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "graded_by" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "graded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "unit_years" ADD COLUMN "status" text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "unit_years" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "unit_years" ADD COLUMN "submitted_by" uuid;--> statement-breakpoint
ALTER TABLE "unit_years" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_findings" ADD CONSTRAINT "review_findings_unit_year_id_unit_years_id_fk" FOREIGN KEY ("unit_year_id") REFERENCES "public"."unit_years"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_findings" ADD CONSTRAINT "review_findings_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_findings" ADD CONSTRAINT "review_findings_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_division_code_divisions_code_fk" FOREIGN KEY ("division_code") REFERENCES "public"."divisions"("code") ON DELETE restrict ON UPDATE cascade;--> statement-breakpoint
CREATE INDEX "audit_events_occurred_index" ON "audit_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_unit_index" ON "audit_events" USING btree ("unit_id","seq");--> statement-breakpoint
CREATE INDEX "audit_events_division_index" ON "audit_events" USING btree ("division_code","seq");--> statement-breakpoint
CREATE INDEX "audit_events_entity_index" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_index" ON "audit_events" USING btree ("actor_user_id","seq");--> statement-breakpoint
CREATE INDEX "review_findings_project_index" ON "review_findings" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "review_findings_indicator_index" ON "review_findings" USING btree ("indicator_id");--> statement-breakpoint
CREATE INDEX "sessions_user_index" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_index" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "users_unit_index" ON "users" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "users_division_index" ON "users" USING btree ("division_code");--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_graded_by_users_id_fk" FOREIGN KEY ("graded_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_years" ADD CONSTRAINT "unit_years_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_status_check" CHECK ("imports"."status" IN ('preview', 'stored', 'rejected'));--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_stored_has_unit_check" CHECK ("imports"."status" <> 'stored' OR ("imports"."unit_id" IS NOT NULL AND "imports"."year" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_review_grade_check" CHECK ("projects"."review_grade" IN ('优', '良', '中', '差'));--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_graded_check" CHECK (("projects"."review_grade" IS NULL) = ("projects"."graded_at" IS NULL) AND ("projects"."graded_at" IS NULL) = ("projects"."graded_by" IS NULL));--> statement-breakpoint
ALTER TABLE "unit_years" ADD CONSTRAINT "unit_years_status_check" CHECK ("unit_years"."status" IN ('draft', 'submitted', 'approved', 'returned'));--> statement-breakpoint
ALTER TABLE "unit_years" ADD CONSTRAINT "unit_years_submitted_check" CHECK (("unit_years"."submitted_at" IS NULL) = ("unit_years"."submitted_by" IS NULL));