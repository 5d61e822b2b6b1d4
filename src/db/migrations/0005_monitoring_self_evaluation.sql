CREATE TABLE "monitoring_indicator_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"progress" jsonb,
	"expected" jsonb,
	"likelihood" text,
	"causes" jsonb NOT NULL,
	"remark" text NOT NULL,
	"rectification_needed" boolean NOT NULL,
	"rectification_action" text NOT NULL,
	CONSTRAINT "monitoring_indicator_reports_indicator_unique" UNIQUE("report_id","indicator_id"),
	CONSTRAINT "monitoring_indicator_reports_likelihood_check" CHECK ("monitoring_indicator_reports"."likelihood" IN ('certain', 'possible', 'impossible'))
);
--> statement-breakpoint
CREATE TABLE "monitoring_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"spent" bigint NOT NULL,
	"expected_spent" bigint NOT NULL,
	"overspend_explanation" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitoring_reports_project_unique" UNIQUE("round_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "monitoring_round_units" (
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	CONSTRAINT "monitoring_round_units_round_id_unit_id_pk" PRIMARY KEY("round_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "monitoring_rounds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"cut_off" date NOT NULL,
	"title" text NOT NULL,
	"division_code" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitoring_rounds_cut_off_unique" UNIQUE("division_code","year","cut_off"),
	CONSTRAINT "monitoring_rounds_status_check" CHECK ("monitoring_rounds"."status" IN ('open', 'closed')),
	CONSTRAINT "monitoring_rounds_cut_off_check" CHECK (extract(year from "monitoring_rounds"."cut_off") = "monitoring_rounds"."year"),
	CONSTRAINT "monitoring_rounds_closed_check" CHECK (("monitoring_rounds"."status" = 'closed') = ("monitoring_rounds"."closed_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "self_evaluation_indicators" (
	"id" uuid PRIMARY KEY NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"actual" jsonb,
	"explanation" text NOT NULL,
	"not_applicable" boolean NOT NULL,
	"weight" integer,
	"weight_reason" text,
	CONSTRAINT "self_evaluation_indicators_indicator_unique" UNIQUE("evaluation_id","indicator_id"),
	CONSTRAINT "self_evaluation_indicators_weight_check" CHECK (("self_evaluation_indicators"."weight" IS NULL) = ("self_evaluation_indicators"."weight_reason" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "self_evaluations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"adjusted_budget" bigint NOT NULL,
	"spent" bigint NOT NULL,
	"execution_explanation" text NOT NULL,
	"execution_weight" integer,
	"execution_weight_reason" text,
	"level_weights" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "self_evaluations_project_unique" UNIQUE("project_id"),
	CONSTRAINT "self_evaluations_execution_weight_check" CHECK (("self_evaluations"."execution_weight" IS NULL) = ("self_evaluations"."execution_weight_reason" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "monitoring_indicator_reports" ADD CONSTRAINT "monitoring_indicator_reports_report_id_monitoring_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."monitoring_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_indicator_reports" ADD CONSTRAINT "monitoring_indicator_reports_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_reports" ADD CONSTRAINT "monitoring_reports_round_id_monitoring_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."monitoring_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_reports" ADD CONSTRAINT "monitoring_reports_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_round_units" ADD CONSTRAINT "monitoring_round_units_round_id_monitoring_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."monitoring_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_round_units" ADD CONSTRAINT "monitoring_round_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_round_units" ADD CONSTRAINT "monitoring_round_units_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_rounds" ADD CONSTRAINT "monitoring_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_evaluation_indicators" ADD CONSTRAINT "self_evaluation_indicators_evaluation_id_self_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."self_evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_evaluation_indicators" ADD CONSTRAINT "self_evaluation_indicators_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_evaluations" ADD CONSTRAINT "self_evaluations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitoring_indicator_reports_indicator_index" ON "monitoring_indicator_reports" USING btree ("indicator_id");--> statement-breakpoint
CREATE INDEX "monitoring_reports_project_index" ON "monitoring_reports" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "monitoring_round_units_unit_index" ON "monitoring_round_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "monitoring_rounds_year_index" ON "monitoring_rounds" USING btree ("year");--> statement-breakpoint
CREATE INDEX "self_evaluation_indicators_indicator_index" ON "self_evaluation_indicators" USING btree ("indicator_id");