/**
 * What a review rule is: an id, a family, a Chinese title and explanation, a default severity, the
 * settings it reads from a rule pack (a zod shape), and a pure check over one unit's year.
 */
import { z } from 'zod';
import type { Evidence, Location, Severity } from '../finding';
import type { ReviewContext } from './context';
import { severitySchema } from './rule-pack';

export const ruleFamilies = ['structure', 'values', 'money', 'spending-plan', 'consistency', 'quality'] as const;
export type RuleFamily = (typeof ruleFamilies)[number];

/** The catalogue entry of a rule, as `jixiao rules` and the web app show it. */
export interface RuleInfo {
  /** `family.kebab-name`, e.g. `values.unknown-unit`. */
  id: string;
  family: RuleFamily;
  /** Short Chinese title. */
  title: string;
  /** Why it matters, 1–3 Chinese sentences. */
  explanation: string;
  defaultSeverity: Severity;
  /** The names of the settings the rule reads from its pack entry (thresholds), for documentation. */
  settingNames: string[];
}

/** What a check reports: a finding without code and severity, which the engine adds from the pack. */
export interface RuleFinding {
  location: Location;
  message: string;
  suggestion?: string;
  evidence?: Evidence[];
}

/** A check bound to its settings. */
export type BoundCheck = (context: ReviewContext) => RuleFinding[];

export interface ReviewRule extends RuleInfo {
  /** The schema of the rule's entry in a pack: `enabled`, `severity` and the rule's own settings. */
  entrySchema: z.ZodType;
  /** Parses the rule's settings (already validated) and returns the check bound to them. */
  bind(entry: unknown): BoundCheck;
}

const entryBase = { enabled: z.boolean().optional(), severity: severitySchema.optional() };

interface RuleDefinition<Shape extends z.ZodRawShape> extends Omit<RuleInfo, 'settingNames'> {
  /** The rule's thresholds, required in the pack that enables the rule (no hidden defaults in code). */
  settings: Shape;
  check(context: ReviewContext, settings: z.output<z.ZodObject<Shape>>): RuleFinding[];
}

/**
 * Declares a rule. The settings shape becomes part of the pack schema, so that a pack with a missing or
 * mistyped threshold is reported at validation, never at review time.
 */
export function defineRule<Shape extends z.ZodRawShape>(definition: RuleDefinition<Shape>): ReviewRule {
  const { settings, check, ...info } = definition;
  const settingsSchema = z.object(settings);
  const entrySchema = z.strictObject({ ...entryBase, ...settings });
  return {
    ...info,
    settingNames: Object.keys(settings),
    entrySchema,
    bind(entry: unknown): BoundCheck {
      const parsed = settingsSchema.parse(entry);
      return (context) => check(context, parsed);
    },
  };
}

/** Rules without settings use this shape. */
export const noSettings = {} satisfies z.ZodRawShape;

/** The shared empty result of a check that finds nothing in one item (spares an array per item). */
export const noFindings: readonly RuleFinding[] = Object.freeze([]);
