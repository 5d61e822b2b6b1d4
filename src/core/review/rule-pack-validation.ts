/**
 * Validation of rule packs: shape (zod), `extends` (resolved against a library of packs, deep-merged,
 * cycles refused), rule ids against the catalogue, each rule's settings against the rule's own schema,
 * and the cross-field sense of the data (weights add up to 100, bands descend …). A malformed pack
 * gives located findings, never an exception.
 */
import { z } from 'zod';
import type { Finding, WithFindings } from '../finding';
import { hasErrors } from '../finding';
import { ruleById } from './catalogue';
import { findingsOfIssue, packFinding } from './pack-findings';
import { builtInPackSources } from './packs/sources';
import { rulePackHeaderSchema, rulePackSchema, type RulePack } from './rule-pack';
import { checkPackSense } from './rule-pack-sense';

export interface ValidateOptions {
  /** The packs `extends` may name (raw JSON); the built-in packs by default. The pack itself replaces a library pack of its id. */
  library?: readonly unknown[];
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key, recursively; arrays and values of the child replace the parent's. */
export function deepMerge(parent: unknown, child: unknown): unknown {
  if (!isObject(parent) || !isObject(child)) return child === undefined ? parent : child;
  const merged: JsonObject = { ...parent };
  for (const [key, value] of Object.entries(child)) merged[key] = deepMerge(parent[key], value);
  return merged;
}

function libraryById(library: readonly unknown[]): Map<string, JsonObject> {
  const byId = new Map<string, JsonObject>();
  for (const pack of library) if (isObject(pack) && typeof pack.id === 'string') byId.set(pack.id, pack);
  return byId;
}

/** The chain pack → parent → … → root, or findings (unknown parent, cycle, invalid parent header). */
function resolveChain(pack: JsonObject, library: Map<string, JsonObject>): WithFindings<JsonObject[]> {
  const chain = [pack];
  const seen = new Set<string>([String(pack.id)]);
  for (let current = pack; current.extends !== undefined; ) {
    const parentId = current.extends;
    const path = ['extends'];
    if (typeof parentId !== 'string') return { value: chain, findings: [] };
    if (seen.has(parentId)) {
      const cycle = [...chain.map((link) => String(link.id)), parentId].join(' → ');
      return { value: chain, findings: [packFinding('rule-pack.extends-cycle', path, `继承关系形成了循环：${cycle}。`, '去掉其中一个规则包的 extends，使继承关系有始有终。')] };
    }
    const parent = library.get(parentId);
    if (!parent) {
      return { value: chain, findings: [packFinding('rule-pack.unknown-parent', path, `继承的规则包“${parentId}”不存在。`, `可继承的规则包：${[...library.keys()].join('、')}。`)] };
    }
    const header = rulePackHeaderSchema.safeParse(parent, { reportInput: true });
    if (!header.success) {
      return { value: chain, findings: [packFinding('rule-pack.unknown-parent', path, `继承的规则包“${parentId}”本身格式不正确。`, '先修正被继承的规则包。')] };
    }
    seen.add(parentId);
    chain.push(parent);
    current = parent;
  }
  return { value: chain, findings: [] };
}

// The rules are checked one by one against each rule's own schema, so that every problem is reported once.
const packWithoutRulesSchema = rulePackSchema.extend({ rules: z.record(z.string(), z.unknown()) });

function checkRules(rules: unknown): Finding[] {
  if (!isObject(rules)) return [];
  return Object.entries(rules).flatMap(([id, entry]) => {
    const rule = ruleById(id);
    if (!rule) return [packFinding('rule-pack.unknown-rule', ['rules', id], `没有编号为“${id}”的审核规则。`, '检查拼写；可用的规则见 `jixiao rules`。')];
    const parsed = rule.entrySchema.safeParse(entry, { reportInput: true });
    return parsed.success ? [] : parsed.error.issues.flatMap((issue) => findingsOfIssue(issue, ['rules', id]));
  });
}

/**
 * Validates a rule pack given as parsed JSON: returns the resolved pack (ancestors merged in) when it
 * has no error, else null, with every problem as a located finding. Never throws.
 */
export function validateRulePack(json: unknown, options: ValidateOptions = {}): WithFindings<RulePack | null> {
  const header = rulePackHeaderSchema.safeParse(json, { reportInput: true });
  if (!header.success || !isObject(json)) {
    return { value: null, findings: header.success ? [packFinding('rule-pack.invalid', [], '规则包应为一个 JSON 对象。')] : header.error.issues.flatMap((issue) => findingsOfIssue(issue)) };
  }
  const library = libraryById(options.library ?? builtInPackSources);
  library.set(String(json.id), json);
  const chain = resolveChain(json, library);
  if (chain.findings.length > 0) return { value: null, findings: chain.findings };
  const merged = chain.value.reduceRight<unknown>((parent, child) => deepMerge(parent, child), {});
  if (isObject(merged)) merged.extends = json.extends;
  const shaped = packWithoutRulesSchema.safeParse(merged, { reportInput: true });
  const findings = [...(shaped.success ? [] : shaped.error.issues.flatMap((issue) => findingsOfIssue(issue))), ...checkRules(isObject(merged) ? merged.rules : undefined)];
  const parsed = rulePackSchema.safeParse(merged);
  if (!parsed.success) return { value: null, findings: hasErrors(findings) ? findings : parsed.error.issues.flatMap((issue) => findingsOfIssue(issue)) };
  if (hasErrors(findings)) return { value: null, findings };
  const sense = checkPackSense(parsed.data);
  return { value: hasErrors(sense) ? null : parsed.data, findings: sense };
}
