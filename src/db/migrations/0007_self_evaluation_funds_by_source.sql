ALTER TABLE "self_evaluations" ADD COLUMN "adjusted_budget_fiscal" bigint;--> statement-breakpoint
ALTER TABLE "self_evaluations" ADD COLUMN "adjusted_budget_carryover" bigint;--> statement-breakpoint
ALTER TABLE "self_evaluations" ADD COLUMN "adjusted_budget_other" bigint;--> statement-breakpoint
ALTER TABLE "self_evaluations" ADD COLUMN "spent_fiscal" bigint;--> statement-breakpoint
ALTER TABLE "self_evaluations" ADD COLUMN "spent_carryover" bigint;--> statement-breakpoint
ALTER TABLE "self_evaluations" ADD COLUMN "spent_other" bigint;