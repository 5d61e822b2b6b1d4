import { describe, expect, it } from 'vitest';
import { allRules, listRules } from './catalogue';
import { ruleFamilies } from './rule';
import { listRulePacks } from './rule-packs';

describe('the rule catalogue', () => {
  it('names every rule family.kebab-name, with a Chinese title and explanation', () => {
    const rules = listRules();
    expect(rules.length).toBeGreaterThanOrEqual(40);
    for (const rule of rules) {
      expect(rule.id).toMatch(new RegExp(`^${rule.family}\\.[a-z0-9]+(-[a-z0-9]+)*$`));
      expect(rule.title).toMatch(/\p{Script=Han}/u);
      expect(rule.explanation).toMatch(/\p{Script=Han}.*。$/u);
    }
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    expect(new Set(rules.map((rule) => rule.family))).toEqual(new Set(ruleFamilies));
  });

  it('is wholly configured by the national pack, so that every rule is switchable and tunable', () => {
    const [national] = listRulePacks();
    expect(Object.keys(national?.rules ?? {}).sort()).toEqual(allRules.map((rule) => rule.id).sort());
  });
});
