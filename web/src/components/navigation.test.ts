import { describe, expect, test } from 'vitest';
import { navigationFor } from './navigation';

const labelsOf = (role: Parameters<typeof navigationFor>[0]) => navigationFor(role).map((item) => item.label);

describe('the menu by role (accounts only: the public has no menu): monitoring and self-evaluation', () => {
  test('unit users report and self-evaluate their unit', () => {
    expect(labelsOf('unit_editor')).toEqual(expect.arrayContaining(['运行监控', '绩效自评']));
    expect(labelsOf('unit_leader')).toEqual(expect.arrayContaining(['运行监控', '绩效自评']));
  });

  test('finance reviewers and admins run rounds and read the ranking', () => {
    expect(labelsOf('finance_reviewer')).toEqual(expect.arrayContaining(['绩效看板', '运行监控', '绩效自评']));
    expect(labelsOf('admin')).toEqual(expect.arrayContaining(['运行监控', '绩效自评', '用户管理']));
  });
});
