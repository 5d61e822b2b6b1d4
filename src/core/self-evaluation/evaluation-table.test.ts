import { describe, expect, it } from 'vitest';
import { fen } from '../money';
import { buildProject } from '../testing/builders';
import { fundsRows } from './evaluation-table';
import { evaluationOf, pack } from './testing';
import { scoreProject } from './validate';

const wan = (amount: number) => fen(amount * 1_000_000);
const project = buildProject({ budget: { total: '20.00', fiscal: '15.00', other: '5.00' } });

function rowsOf(changes: Parameters<typeof evaluationOf>[1]) {
  const evaluation = evaluationOf(project, { adjustedBudget: wan(22), spent: wan(20), ...changes });
  return fundsRows({ project, evaluation, goalCompletion: '', score: scoreProject(project, evaluation, pack()).value }).map(({ label, initial, adjusted, spent, weight, rate, score }) => [label, initial, adjusted, spent, weight, rate, score]);
}

describe('the funds block of the self-evaluation table', () => {
  it('fills the source rows with the parts given, blanks where not given; 上年结转资金 has no 年初预算数', () => {
    expect(rowsOf({ adjustedBudgetBySource: { fiscal: wan(15), carryover: wan(2), other: wan(5) }, spentBySource: { fiscal: wan(20), carryover: null, other: null } })).toEqual([
      ['年度资金总额', wan(20), wan(22), wan(20), '16.67', '90.91%', '15.15'],
      ['其中：当年财政拨款', wan(15), wan(15), wan(20), '', '', ''],
      ['上年结转资金', null, wan(2), null, '', '', ''],
      ['其他资金', wan(5), wan(5), null, '', '', ''],
    ]);
  });

  it('leaves the source rows blank when the amounts are not split', () => {
    expect(rowsOf({}).slice(1).map(([label, initial, adjusted, spent]) => [label, initial, adjusted, spent])).toEqual([
      ['其中：当年财政拨款', wan(15), null, null],
      ['上年结转资金', null, null, null],
      ['其他资金', wan(5), null, null],
    ]);
  });
});
