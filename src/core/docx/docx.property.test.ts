/**
 * Properties: import(export(x)) deep-equals x for generated unit years (bench/generate.ts), also with
 * free text (line breaks, blank lines, tabs, XML specials, spaces at either end) in the cells that
 * hold text as written; and whatever the bytes, the importer answers with findings, never throws.
 *
 * Not carried, by the layout rather than by Word: goals are paragraphs (trimmed, blank ones dropped),
 * 一级/二级指标 cells left blank mean "merged from above", and a sub-goal title gets a （N） numbering
 * when it has none, so these keep the generator's realistic texts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateUnitYears } from '../../../bench/generate';
import type { UnitYear } from '../model';
import { parseTarget } from '../target/parse-target';
import { exportTargetsDocx, importTargetsDocx } from './index';

const documents = fc
  .record({ seed: fc.integer({ min: 1, max: 1_000_000 }), projects: fc.integer({ min: 1, max: 3 }), indicators: fc.integer({ min: 1, max: 12 }) })
  .map(({ seed, projects, indicators }) => generateUnitYears({ seed, units: 1, projectsPerUnit: projects, indicatorsPerProject: indicators })[0]);

const freeText = fc.string({ unit: fc.constantFrom('a', '7', '。', '中', '文', '\n', ' ', '\t', '%', '≥', '&', '<', '>', '"', "'", '；'), maxLength: 30 });

/** Puts free text into the cells the importer keeps as written. */
function withFreeText(unitYear: UnitYear, texts: readonly string[]): UnitYear {
  let next = 0;
  const take = () => texts[next++ % texts.length] ?? '';
  return {
    ...unitYear,
    projects: unitYear.projects.map((project) => ({
      ...project,
      purpose: take(),
      indicators: project.indicators.map((indicator) => {
        const raw = take();
        return { ...indicator, description: take(), basis: take(), target: parseTarget(raw).value };
      }),
    })),
  };
}

describe('importTargetsDocx(exportTargetsDocx(x)) is x', () => {
  it('for generated documents', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (unitYear) => {
        if (!unitYear) return;
        const { unitYear: read, findings } = await importTargetsDocx(await exportTargetsDocx(unitYear));
        expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
        expect(read).toEqual(unitYear);
      }),
      { numRuns: 25 },
    );
  });

  it('with free text in the use of funds, descriptions, target values and bases', async () => {
    await fc.assert(
      fc.asyncProperty(documents, fc.array(freeText, { minLength: 1, maxLength: 20 }), async (unitYear, texts) => {
        if (!unitYear) return;
        const document = withFreeText(unitYear, texts);
        const { unitYear: read } = await importTargetsDocx(await exportTargetsDocx(document));
        expect(read).toEqual(document);
      }),
      { numRuns: 20 },
    );
  });
});

describe('importTargetsDocx never throws', () => {
  it('for arbitrary bytes, and answers an error whenever there is no model', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        const result = await importTargetsDocx(bytes);
        expect(result.unitYear !== null || result.findings.some((finding) => finding.severity === 'error')).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('for an exported file with random bytes overwritten', async () => {
    const exported = await exportTargetsDocx(generateUnitYears({ seed: 7, units: 1, projectsPerUnit: 2, indicatorsPerProject: 9 })[0] as UnitYear);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ at: fc.nat({ max: exported.length - 1 }), byte: fc.nat({ max: 255 }) }), { minLength: 1, maxLength: 20 }), async (changes) => {
        const bytes = exported.slice();
        for (const change of changes) bytes[change.at] = change.byte;
        const result = await importTargetsDocx(bytes);
        expect(result.unitYear !== null || result.findings.some((finding) => finding.severity === 'error')).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
