import { describe, expect, it } from 'vitest';
import { assertEditable, assertGradeable, isEditable, nextStatus, unitYearStatuses, type UnitYearStatus } from './unit-year-status';

const state = (status: UnitYearStatus, published = false) => ({ status, published });
const graded = (grade: '优' | '良' | '中' | '差' | null, name = '选调生经费') => ({ code: 'P1', name, grade });

describe('the life of a unit year', () => {
  it('goes draft → submitted → approved, or back to returned and submitted again', () => {
    expect(nextStatus(state('draft'), 'submit')).toBe('submitted');
    expect(nextStatus(state('submitted'), 'return')).toBe('returned');
    expect(nextStatus(state('returned'), 'submit')).toBe('submitted');
    expect(nextStatus(state('submitted'), 'approve', [graded('优'), graded('良')])).toBe('approved');
    expect(nextStatus(state('approved'), 'publish')).toBe('approved');
  });

  it('refuses a step out of order with a conflict naming the status', () => {
    expect(() => nextStatus(state('draft'), 'approve')).toThrow(
      expect.objectContaining({ code: 'conflict', message: '该单位年度的绩效目标填报中，只有“已提交待审核”的绩效目标才能批复。', details: { reason: 'status', status: 'draft' } }),
    );
    expect(() => nextStatus(state('approved'), 'submit')).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(() => nextStatus(state('submitted'), 'publish')).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(() => nextStatus(state('approved', true), 'publish')).toThrow(expect.objectContaining({ message: expect.stringContaining('已经公开') }));
  });

  it('approves only when every project is graded 优 or 良', () => {
    expect(() => nextStatus(state('submitted'), 'approve', [graded('优'), graded(null, '远教经费'), graded('中', '党建经费')])).toThrow(
      expect.objectContaining({
        code: 'conflict',
        message: expect.stringContaining('远教经费（未评定）、党建经费（中）'),
        details: { reason: 'grades', projects: [graded(null, '远教经费'), graded('中', '党建经费')] },
      }),
    );
  });

  it('lets targets change only while written or revised, and be graded only while submitted', () => {
    expect(unitYearStatuses.filter(isEditable)).toEqual(['draft', 'returned']);
    expect(() => assertEditable(state('submitted'))).toThrow(expect.objectContaining({ code: 'conflict', details: { reason: 'status', status: 'submitted' } }));
    expect(() => assertEditable(state('returned'))).not.toThrow();
    expect(() => assertGradeable(state('draft'))).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(() => assertGradeable(state('submitted'))).not.toThrow();
  });
});
