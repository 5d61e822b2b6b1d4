/** Stored findings with what the rule catalogue says of their rule: its title and why it matters. */
import { listRules, type RuleInfo } from '../../core/review';

export interface RuleNote {
  ruleTitle: string;
  explanation: string;
}

let catalogue: Map<string, RuleInfo> | null = null;

/** The title and explanation of the rule `code`; the code itself when the catalogue no longer has the rule. */
function ruleNoteOf(code: string): RuleNote {
  catalogue ??= new Map(listRules().map((rule) => [rule.id, rule]));
  const rule = catalogue.get(code);
  return rule ? { ruleTitle: rule.title, explanation: rule.explanation } : { ruleTitle: code, explanation: '' };
}

/** `findings` each with its rule's note. */
export function withRuleNotes<T extends { code: string }>(findings: readonly T[]): (T & RuleNote)[] {
  return findings.map((finding) => ({ ...finding, ...ruleNoteOf(finding.code) }));
}
