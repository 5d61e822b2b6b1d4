/**
 * Properties: whatever the bytes, importTextExport answers with findings and never throws; and the
 * seed, damaged at random (lines dropped or doubled), still gives located findings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTextExport, type TextImportResult } from './index';
import { readFileSync } from 'node:fs';
import { fixtureUrl, seedFile, utf8 } from './test-fixtures';

const seedLines = readFileSync(fixtureUrl(seedFile), 'utf8').split('\n');

function isWellFormed(result: TextImportResult): boolean {
  const linesInRange = result.findings.every((finding) => finding.location.line === undefined || (finding.location.line >= 1 && finding.location.line <= result.lineCount));
  const noModelMeansError = result.unitYear !== null || result.findings.some((finding) => finding.severity === 'error');
  return linesInRange && noModelMeansError;
}

/** The seed with some lines dropped and some doubled: each entry says what happens to one line. */
const damagedSeed = fc
  .array(fc.record({ line: fc.nat({ max: 1200 }), change: fc.constantFrom('drop', 'double') }), { minLength: 1, maxLength: 40 })
  .map((changes) => {
    const plan = new Map(changes.map((entry) => [entry.line, entry.change]));
    return seedLines.flatMap((line, index) => {
      const change = plan.get(index);
      if (change === 'drop') return [];
      return change === 'double' ? [line, line] : [line];
    });
  });

describe('importTextExport never throws', () => {
  it('for arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        expect(isWellFormed(importTextExport(bytes))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('for arbitrary text, tabs and line ends included', () => {
    const pieces = fc.constantFrom('\t', '\n', '\r\n', ' ', '第二部分', '1.项目绩效目标表', '单位：万元', '项目编码', '一级指标', '50%', '二十万', '（一）', '一、');
    const text = fc.array(fc.oneof(pieces, fc.string()), { maxLength: 200 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => {
        expect(isWellFormed(importTextExport(utf8(value)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('for the seed with random lines dropped or doubled', () => {
    fc.assert(
      fc.property(damagedSeed, (lines) => {
        expect(isWellFormed(importTextExport(utf8(lines.join('\n'))))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
