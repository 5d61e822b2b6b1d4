CREATE TABLE "department_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_year_id" uuid NOT NULL,
	"overall_goal" text NOT NULL,
	"commitments" text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "department_plans_unit_year_unique" UNIQUE("unit_year_id")
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"file_name" text NOT NULL,
	"encoding" text,
	"sha256" text NOT NULL,
	"byte_size" integer NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"imported_by" text,
	"replaced" boolean NOT NULL,
	"findings" jsonb NOT NULL,
	"source" "bytea" NOT NULL,
	CONSTRAINT "imports_sha256_check" CHECK ("imports"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "imports_byte_size_check" CHECK ("imports"."byte_size" = octet_length("imports"."source")),
	CONSTRAINT "imports_sha256_of_source_check" CHECK ("imports"."sha256" = encode(sha256("imports"."source"), 'hex'))
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"level1" text NOT NULL,
	"level2" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"basis" text NOT NULL,
	"target_raw" text NOT NULL,
	"target_kind" text NOT NULL,
	"comparator" text,
	"value" numeric,
	"value_text" text,
	"upper" numeric,
	"measure_unit" text,
	"direction" text,
	"deadline" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_position_unique" UNIQUE("project_id","position"),
	CONSTRAINT "indicators_target_kind_check" CHECK ("indicators"."target_kind" IN ('quantitative', 'deadline', 'qualitative')),
	CONSTRAINT "indicators_comparator_check" CHECK ("indicators"."comparator" IN ('≥', '≤', '=', '>', '<', '~')),
	CONSTRAINT "indicators_direction_check" CHECK ("indicators"."direction" IN ('higher', 'lower', 'exact')),
	CONSTRAINT "indicators_target_shape_check" CHECK (CASE "indicators"."target_kind"
        WHEN 'quantitative' THEN "indicators"."comparator" IS NOT NULL AND "indicators"."value" IS NOT NULL
          AND "indicators"."value_text" IS NOT NULL AND "indicators"."measure_unit" IS NOT NULL AND "indicators"."direction" IS NOT NULL
          AND "indicators"."deadline" IS NULL
        WHEN 'deadline' THEN "indicators"."deadline" IS NOT NULL AND "indicators"."comparator" IN ('≤', '=')
          AND "indicators"."value" IS NULL AND "indicators"."direction" IS NULL
        ELSE "indicators"."comparator" IS NULL AND "indicators"."value" IS NULL AND "indicators"."deadline" IS NULL
      END)
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"department_plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "measures_position_unique" UNIQUE("department_plan_id","position")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_year_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"budget_total" bigint NOT NULL,
	"budget_fiscal" bigint NOT NULL,
	"budget_other" bigint NOT NULL,
	"budget_total_raw" text NOT NULL,
	"budget_fiscal_raw" text NOT NULL,
	"budget_other_raw" text NOT NULL,
	"purpose" text NOT NULL,
	"goals" text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_code_unique" UNIQUE("unit_year_id","code"),
	CONSTRAINT "projects_position_unique" UNIQUE("unit_year_id","position")
);
--> statement-breakpoint
CREATE TABLE "spending_checkpoints" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"month" integer NOT NULL,
	"percent" numeric,
	"raw" text NOT NULL,
	CONSTRAINT "spending_checkpoints_position_unique" UNIQUE("project_id","position"),
	CONSTRAINT "spending_checkpoints_month_check" CHECK ("spending_checkpoints"."month" BETWEEN 1 AND 12)
);
--> statement-breakpoint
CREATE TABLE "sub_goals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"department_plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"goal" text NOT NULL,
	"indicator_text" text NOT NULL,
	CONSTRAINT "sub_goals_position_unique" UNIQUE("department_plan_id","position")
);
--> statement-breakpoint
CREATE TABLE "unit_years" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"money_unit" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_years_unit_year_unique" UNIQUE("unit_id","year"),
	CONSTRAINT "unit_years_money_unit_check" CHECK ("unit_years"."money_unit" IN ('万元', '元'))
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"division_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "department_plans" ADD CONSTRAINT "department_plans_unit_year_id_unit_years_id_fk" FOREIGN KEY ("unit_year_id") REFERENCES "public"."unit_years"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_department_plan_id_department_plans_id_fk" FOREIGN KEY ("department_plan_id") REFERENCES "public"."department_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_unit_year_id_unit_years_id_fk" FOREIGN KEY ("unit_year_id") REFERENCES "public"."unit_years"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spending_checkpoints" ADD CONSTRAINT "spending_checkpoints_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sub_goals" ADD CONSTRAINT "sub_goals_department_plan_id_department_plans_id_fk" FOREIGN KEY ("department_plan_id") REFERENCES "public"."department_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_years" ADD CONSTRAINT "unit_years_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "imports_unit_year_index" ON "imports" USING btree ("unit_id","year","imported_at");