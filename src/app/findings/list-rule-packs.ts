/** The built-in rule packs: which region and years each applies to, and the rules it enables. */
import { listRulePacks as builtInPacks } from '../../core/review';

export interface RulePackInfo {
  id: string;
  name: string;
  description: string | null;
  region: string;
  years: { from: number; to: number | null };
  enabledRules: string[];
}

/** Every built-in pack, with the ids of the rules it enables. */
export function listRulePacks(): RulePackInfo[] {
  return builtInPacks().map((pack) => ({
    id: pack.id,
    name: pack.name,
    description: pack.description ?? null,
    region: pack.region,
    years: pack.years,
    enabledRules: Object.entries(pack.rules)
      .filter(([, entry]) => entry.enabled !== false)
      .map(([id]) => id)
      .sort(),
  }));
}
