import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor';
import { authorize, roleMay } from '../access/policy';
import { roles } from '../access/roles';
import { permissionsFor } from './unit-year-status';

const unitA = { unitId: 'unit-a', divisionCode: '130322' };
const actor = (role: Actor['role'], scope: Partial<Actor> = {}): Actor => ({ userId: 'u', role, unitId: null, divisionCode: null, ...scope });
const editor = actor('unit_editor', unitA);
const leader = actor('unit_leader', unitA);
const reviewer = actor('finance_reviewer', { divisionCode: '130322' });
const admin = actor('admin');
const visitor = actor('public', { userId: null });

describe('what each role may do with a unit year, in each status', () => {
  it('lets only finance reviewers and admins approve or return targets', () => {
    expect(roles.filter((role) => roleMay(role, 'approve_targets'))).toEqual(['finance_reviewer', 'admin']);
    expect(() => authorize(leader, 'approve_targets')).toThrow(expect.objectContaining({ code: 'forbidden', message: expect.stringContaining('批复或退回绩效目标') }));
  });

  it('offers editing to the unit while draft, submitting to its leader, review steps to finance once submitted', () => {
    const draft = { status: 'draft', published: false } as const;
    const submitted = { status: 'submitted', published: false } as const;
    const approved = { status: 'approved', published: false } as const;
    expect(permissionsFor(editor, unitA, draft)).toEqual({ edit: true, submit: false, approve: false, return: false, publish: false, grade: false });
    expect(permissionsFor(leader, unitA, draft)).toMatchObject({ edit: true, submit: true });
    expect(permissionsFor(leader, unitA, submitted)).toMatchObject({ edit: false, submit: false });
    expect(permissionsFor(reviewer, unitA, submitted)).toEqual({ edit: false, submit: false, approve: true, return: true, publish: false, grade: true });
    expect(permissionsFor(reviewer, { unitId: 'unit-b', divisionCode: '130324' }, submitted)).toMatchObject({ approve: false, grade: false });
    expect(permissionsFor(admin, unitA, approved)).toMatchObject({ publish: true, approve: false });
    expect(permissionsFor(admin, unitA, { status: 'approved', published: true })).toMatchObject({ publish: false });
    expect(permissionsFor(visitor, { ...unitA, published: true }, { status: 'approved', published: true })).toEqual({ edit: false, submit: false, approve: false, return: false, publish: false, grade: false });
  });
});
