import { describe, expect, it } from 'vitest';
import { parseTarget } from './parse-target';
import { seedTargets } from './seed-targets.fixture';

describe('the 103 target values of the Changli 2021 document', () => {
  it('has one row for each of the 103 indicators', () => {
    expect(seedTargets).toHaveLength(103);
  });

  it.each(seedTargets.map((row, index) => ({ ...row, index: index + 1 })))('$index: $raw', ({ raw, expected, finding }) => {
    const { value, findings } = parseTarget(raw);
    expect(value).toEqual({ ...expected, raw });
    expect(findings.map(({ code, severity }) => ({ code, severity }))).toEqual(finding === undefined ? [] : [finding]);
  });
});
