/**
 * Property: importing the text export of a generated unit year gives the unit year back, whole
 * (bench/generate.ts makes documents in the seed's layout with every target form it knows).
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { generateUnitYears } from '../../../bench/generate';
import { emitTextExport, importTextExport } from './index';

it('importTextExport(emitTextExport(x)) is x for generated documents', () => {
  fc.assert(
    fc.property(
      fc.record({ seed: fc.integer({ min: 1, max: 1_000_000 }), projects: fc.integer({ min: 1, max: 4 }), indicators: fc.integer({ min: 1, max: 20 }) }),
      ({ seed, projects, indicators }) => {
        const [unitYear] = generateUnitYears({ seed, units: 1, projectsPerUnit: projects, indicatorsPerProject: indicators });
        if (!unitYear) throw new Error('the generator makes one unit year');
        const read = importTextExport(new TextEncoder().encode(emitTextExport(unitYear)));
        expect(read.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
        expect(read.unitYear).toEqual(unitYear);
      },
    ),
    { numRuns: 40 },
  );
});
