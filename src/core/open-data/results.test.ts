/** The monitoring and self-evaluation fields of the open-data records: filled from the tables, null elsewhere. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedMonitoringTable, seedSelfEvaluationTable } from '../docx/evaluation-fixtures';
import { seedUnitYear, seedUrl } from '../xlsx/test-workbooks';
import { exportOpenDataCsv, openDataRecords, openDataRecordSchema } from './index';

const seed = seedUnitYear(readFileSync(seedUrl));

describe('results in the open-data records', () => {
  it('carries the monitoring fields of the reported indicators', () => {
    const records = openDataRecords([seed], { monitoring: [seedMonitoringTable(seed)] });
    const [first, second] = records;
    expect(first).toMatchObject({ perf_comp: '1%', est_perf_annual: '1%', ana_dev_reasons: '经费保障：上级补助资金7月下旬才到位，采购推迟到8月。', complete_rate: '1.00', ind_comp: null });
    expect(second).toMatchObject({ perf_comp: '100%', complete_rate: '100.00' });
    expect(records.every((record) => openDataRecordSchema.safeParse(record).success)).toBe(true);
  });

  it('carries the self-evaluation fields of the evaluated projects, null for the others', () => {
    const table = seedSelfEvaluationTable(seed);
    const records = openDataRecords([seed], { selfEvaluation: [table] });
    const evaluated = records.filter((record) => record.eval_score !== null);
    expect(evaluated).toHaveLength(table.projects.reduce((sum, entry) => sum + entry.project.indicators.length, 0));
    expect(evaluated[0]).toMatchObject({ ind_comp: '100%', ind_weight: '12.50', eval_score: '12.50', devi_analy: null, perf_comp: null });
    expect(exportOpenDataCsv([seed], { selfEvaluation: [table] }).split('\r\n')[0]?.endsWith('ind_comp,ind_weight,eval_score,devi_analy')).toBe(true);
  });

  it('leaves the targets export without results', () => {
    expect(openDataRecords([seed]).every((record) => record.perf_comp === null && record.eval_score === null)).toBe(true);
  });
});
