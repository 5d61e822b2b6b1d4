import { describe, expect, test } from 'vitest';
import { cellOf, indicatorCell, projectCell } from './cells';

const id = '0b6f7c1e-7d43-4a53-9a55-2f0f0c3a9d10';

describe('cellOf: the table cell a finding concerns', () => {
  test("an indicator's field, or its name when the finding names no field of the table", () => {
    expect(cellOf({ indicatorId: id, field: 'target' })).toBe(indicatorCell(id, 'target'));
    expect(cellOf({ indicatorId: id, field: 'basis' })).toBe(`${id}:basis`);
    expect(cellOf({ indicatorId: id, field: null })).toBe(`${id}:name`);
    expect(cellOf({ indicatorId: id, field: 'weight' })).toBe(`${id}:name`);
  });

  test('the project block: budget cells, spending-plan checkpoints, goals, purpose', () => {
    expect(cellOf({ indicatorId: null, field: 'budget.total' })).toBe(projectCell('budget.total'));
    expect(cellOf({ indicatorId: null, field: 'spendingPlan[2]' })).toBe('project:spendingPlan[2]');
    expect(cellOf({ indicatorId: null, field: 'spendingPlan' })).toBe('project:spendingPlan[0]');
    expect(cellOf({ indicatorId: null, field: 'goals[1]' })).toBe('project:goals');
    expect(cellOf({ indicatorId: null, field: 'purpose' })).toBe('project:purpose');
  });

  test('a project finding without a field points at the project name', () => {
    expect(cellOf({ indicatorId: null, field: null })).toBe('project:name');
    expect(cellOf({ indicatorId: null, field: 'indicators' })).toBe('project:name');
  });
});
