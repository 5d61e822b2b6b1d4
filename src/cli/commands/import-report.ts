/** The readable report of one imported file. */
import type { ImportDocumentResult, ImportOutcome } from '../../app/import-document';
import type { DocumentFormat } from '../../core/documents/read-document';
import { countBySeverity } from '../../core/finding';
import { addFen, formatAmount } from '../../core/money';
import { renderCounts, renderFinding } from '../format';

const outcomeText: Record<ImportOutcome, string> = {
  stored: '已导入。',
  replaced: '已导入，并替换了该单位该年度原有的数据。',
  rejected: '文件有错误，未导入任何数据。请按上面的提示修改后重新导入。',
  checked: '检查完毕（--dry-run，未导入）。',
};

const formatText: Record<DocumentFormat, string> = { text: '文本', docx: 'Word 文件', xlsx: 'Excel 文件' };

export function renderImportReport(result: ImportDocumentResult): string {
  const encoding = result.encoding ? `，编码 ${result.encoding.toUpperCase()}` : '';
  const lines = [`${result.fileName}（${formatText[result.format]}${encoding}）`];
  const unitYear = result.unitYear;
  if (unitYear) {
    const { unit, departmentPlan: plan, projects } = unitYear;
    const indicators = projects.reduce((sum, project) => sum + project.indicators.length, 0);
    const total = addFen(...projects.map((project) => project.budget.total));
    lines.push(
      `单位：${unit.code} ${unit.name}${unit.divisionCode ? `（区划 ${unit.divisionCode}）` : ''}　年度：${unitYear.year}`,
      `部门整体绩效目标：分项绩效目标 ${plan.subGoals.length} 个，工作保障措施 ${plan.measures.length} 条`,
      `项目 ${projects.length} 个，绩效指标 ${indicators} 个，预算合计 ${formatAmount(total, '万元')} 万元`,
    );
  }
  lines.push(`发现：${renderCounts(countBySeverity(result.findings))}`);
  lines.push(...result.findings.map(renderFinding));
  lines.push(`结果：${outcomeText[result.outcome]}`);
  if (result.review && unitYear) {
    const { pack, summary } = result.review;
    lines.push(`智能审核（规则包 ${pack.id}）：${renderCounts(summary.bySeverity)}。详情：npx jixiao review ${unitYear.unit.code} --year ${unitYear.year}`);
  }
  return lines.join('\n');
}
