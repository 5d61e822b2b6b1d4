import { describe, expect, it } from 'vitest';
import { buildIndicator, buildProject, buildUnitYear } from '../../testing/builders';
import { messagesOf, runRule } from '../testing';
import { documentNumberFormat } from './quality-basis';

describe('quality.document-number-format', () => {
  it('reports a document number with square brackets, once per project and text', () => {
    const indicators = [buildIndicator({ basis: '冀财行【2020】149号' }), buildIndicator({ name: '补贴执行率', basis: '冀财行【2020】149号' })];
    const findings = runRule(documentNumberFormat, buildUnitYear({ projects: [buildProject({ indicators })] }));
    expect(messagesOf(findings)).toEqual(['项目“干部培训经费”指标“培训人数”的指标值确定依据中的文号“冀财行【2020】149号”格式不规范，年份应使用六角括号“〔〕”。']);
    expect(findings[0]?.suggestion).toBe('改为“冀财行〔2020〕149号”。');
    expect(findings[0]?.evidence).toHaveLength(1);
  });

  it('accepts the standard form, with spaces', () => {
    const indicators = [buildIndicator({ basis: '关于开展组织史资料续编工作的通知（昌组〔2018〕53号）' }), buildIndicator({ name: '二', basis: '秦组字〔2020〕9 号关于印发《重点任务》的通知' })];
    expect(runRule(documentNumberFormat, buildUnitYear({ projects: [buildProject({ indicators })] }))).toEqual([]);
  });
});
