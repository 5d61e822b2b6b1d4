/**
 * The indicator framework of a pack, indexed for rules: which level 1 and level 2 a name means, their
 * roles, and the nearest framework name to a misspelled one.
 */
import type { Level1, Level1Role, Level2, Level2Role, RulePack } from './rule-pack';

export interface FrameworkIndex {
  readonly level1: readonly Level1[];
  level1Named(name: string): Level1 | undefined;
  /** The level 2 of that name anywhere in the framework, with its level 1. */
  level2Named(name: string): { level1: Level1; level2: Level2 } | undefined;
  /** The framework name closest in spelling among `candidates`, or undefined when none is close. */
  nearest(name: string, candidates: readonly string[]): string | undefined;
}

/** What the framework says an indicator is, from its level-1 and level-2 names. */
export interface IndicatorRoles {
  level1: Level1Role | undefined;
  level2: Level2Role | undefined;
  /** The framework level 1 it belongs to: by its own name, else its level 2's parent. */
  level1Name: string | undefined;
}

/** Indexes the pack's framework by name; names are matched as written, then trimmed. */
export function indexFramework(pack: RulePack): FrameworkIndex {
  const level1 = pack.framework.level1;
  const byName = new Map(level1.map((entry) => [entry.name, entry]));
  const level2ByName = new Map<string, { level1: Level1; level2: Level2 }>();
  for (const parent of level1) for (const child of parent.level2) level2ByName.set(child.name, { level1: parent, level2: child });
  return {
    level1,
    level1Named: (name) => byName.get(name) ?? byName.get(name.trim()),
    level2Named: (name) => level2ByName.get(name) ?? level2ByName.get(name.trim()),
    nearest: (name, candidates) => nearestName(name.trim(), candidates),
  };
}

/** Roles of an indicator: level 1 by its own name, else the parent of its level 2. */
export function rolesOf(framework: FrameworkIndex, level1Name: string, level2Name: string): IndicatorRoles {
  const found = framework.level2Named(level2Name);
  const level1 = framework.level1Named(level1Name) ?? found?.level1;
  return { level1: level1?.role, level2: found?.level2.role, level1Name: level1?.name };
}

function nearestName(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // Close means a third of the characters at most (数量指示 → 数量指标, not 成本指标 → 数量指标), or
  // one name inside the other (效益 → 效益指标).
  if (best === undefined) return undefined;
  const contained = name.length >= 2 && (best.includes(name) || name.includes(best));
  return contained || bestDistance <= Math.floor(name.length / 3) ? best : undefined;
}

/** Levenshtein distance over UTF-16 units (names are short). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] as number;
}
