import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { checkPassword } from './password-policy';
import { authorize, authorizeRecord, can, scopeFilter } from './policy';

const unitA = { unitId: 'unit-a', divisionCode: '130322' };
const unitB = { unitId: 'unit-b', divisionCode: '130324' };
const actor = (role: Actor['role'], scope: Partial<Actor> = {}): Actor => ({ userId: 'u', role, unitId: null, divisionCode: null, ...scope });
const editorA = actor('unit_editor', unitA);
const reviewerA = actor('finance_reviewer', { divisionCode: '130322' });

describe('the permission policy', () => {
  it('lets unit roles reach their unit, reviewers their division, admins all, the public published records', () => {
    expect(can(editorA, 'edit_targets', unitA)).toBe(true);
    expect(can(editorA, 'edit_targets', unitB)).toBe(false);
    expect(can(reviewerA, 'grade_projects', unitA)).toBe(true);
    expect(can(reviewerA, 'grade_projects', unitB)).toBe(false);
    expect(can(actor('admin'), 'manage_users', unitB)).toBe(true);
    expect(can(actor('public', { userId: null }), 'read_targets', { ...unitA, published: true })).toBe(true);
    expect(can(actor('public', { userId: null }), 'read_targets', unitA)).toBe(false);
  });

  it('answers a role that may never act with forbidden (unauthenticated for the public), a record out of scope with not_found', () => {
    expect(() => authorize(editorA, 'grade_projects')).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(() => authorize(actor('public', { userId: null }), 'edit_targets')).toThrow(expect.objectContaining({ code: 'unauthenticated' }));
    expect(() => authorizeRecord(editorA, 'edit_targets', unitB, (r) => r, '该项目')).toThrow(expect.objectContaining({ code: 'not_found', message: '没有找到该项目。' }));
    expect(() => authorizeRecord<typeof unitA>(editorA, 'edit_targets', null, (r) => r)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('lets units report monitoring and self-evaluate their own unit, leaders submit, finance open rounds and rank their division', () => {
    const leaderA = actor('unit_leader', unitA);
    expect(can(editorA, 'report_monitoring', unitA)).toBe(true);
    expect(can(editorA, 'report_monitoring', unitB)).toBe(false);
    expect(can(editorA, 'submit_monitoring', unitA)).toBe(false);
    expect(can(leaderA, 'submit_monitoring', unitA)).toBe(true);
    expect(can(editorA, 'self_evaluate', unitA)).toBe(true);
    expect(can(reviewerA, 'self_evaluate', unitA)).toBe(false);
    expect(can(reviewerA, 'open_monitoring_round', { unitId: null, divisionCode: '130322' })).toBe(true);
    expect(can(reviewerA, 'open_monitoring_round', { unitId: null, divisionCode: '130324' })).toBe(false);
    expect(can(reviewerA, 'read_self_evaluation', unitA)).toBe(true);
    expect(scopeFilter(reviewerA, 'rank_self_evaluations')).toEqual({ kind: 'division', divisionCode: '130322' });
    expect(() => authorize(editorA, 'rank_self_evaluations')).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(() => authorize(actor('public', { userId: null }), 'read_monitoring')).toThrow(expect.objectContaining({ code: 'unauthenticated' }));
    expect(can(actor('admin'), 'submit_monitoring', unitB)).toBe(true);
  });

  it('turns the scope into a list filter', () => {
    expect(scopeFilter(reviewerA, 'read_audit')).toEqual({ kind: 'division', divisionCode: '130322' });
    expect(scopeFilter(actor('unit_leader', unitA), 'read_audit')).toEqual({ kind: 'unit', unitId: 'unit-a' });
    expect(scopeFilter(actor('admin'), 'read_audit')).toEqual({ kind: 'everything' });
    expect(() => scopeFilter(editorA, 'read_audit')).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });
});

describe('the password policy', () => {
  it('asks for length and two kinds of characters, and not the username', () => {
    expect(checkPassword('short1', 'li').map((p) => p.code)).toEqual(['too-short']);
    expect(checkPassword('abcdefghijkl', 'li').map((p) => p.code)).toEqual(['too-simple']);
    expect(checkPassword('zhangsan-2021', 'zhangsan').map((p) => p.code)).toEqual(['contains-username']);
    expect(checkPassword('长城-Great-Wall-9', 'li')).toEqual([]);
  });
});
