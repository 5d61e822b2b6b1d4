/** `jixiao review <file | unit>`: the automatic review as a readable report grouped by project, or JSON. */
import { readFile, stat } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { reviewDocument } from '../../app/review/review-document';
import { reviewStoredUnitYear } from '../../app/review/review-stored-unit-year';
import type { Finding, Severity } from '../../core/finding';
import type { UnitYear } from '../../core/model';
import type { ReviewReport } from '../../core/review';
import { exitCodes } from '../exit-codes';
import { print, printJson, withDeps, type GlobalOptions } from '../context';
import { renderCounts, renderFinding } from '../format';
import { parseYear } from './import';

interface ReviewOptions {
  year?: number;
  pack?: string;
  json?: boolean;
  minSeverity?: Severity;
}

export function registerReview(program: Command, globals: () => GlobalOptions): void {
  program
    .command('review')
    .description('智能审核：按规则包检查绩效目标，逐条说明问题、位置、原因和修改建议；有错误时退出码为 3')
    .argument('<target>', '文件（.txt/.docx/.xlsx，不导入），或已导入单位的编码/名称')
    .option('--year <year>', '年度', parseYear)
    .option('--pack <pack>', '规则包编号（见 jixiao packs）或规则包 JSON 文件（默认按单位区划和年度选择）')
    .option('--json', '以 JSON 输出')
    .option('--min-severity <severity>', '只显示不低于此级别的发现：error | warning | info', parseSeverity)
    .action(async (target: string, options: ReviewOptions) => {
      const reviewed = (await isFile(target)) ? await reviewFile(target, options) : await withDeps(globals(), (deps) => reviewStoredUnitYear(deps, { unit: target, ...options }));
      if (!reviewed) return;
      if (options.json) printJson(reviewed.report);
      else print(renderReview(reviewed.unitYear, reviewed.report));
      if (reviewed.report.summary.bySeverity.error > 0) process.exitCode = exitCodes.documentErrors;
    });
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

async function reviewFile(path: string, options: ReviewOptions) {
  const result = await reviewDocument({ bytes: new Uint8Array(await readFile(path)), ...options });
  if (result.unitYear) return result;
  print(['文件无法读取，未能审核：', ...result.readFindings.map(renderFinding)].join('\n'));
  process.exitCode = exitCodes.documentErrors;
  return null;
}

function parseSeverity(text: string): Severity {
  if (text === 'error' || text === 'warning' || text === 'info') return text;
  throw new InvalidArgumentError(`级别“${text}”无效，可选：error、warning、info。`);
}

/** The report: the department plan's findings, then each project's, then the summary line. */
function renderReview(unitYear: UnitYear, report: ReviewReport): string {
  const header = `智能审核　${report.unit.code} ${report.unit.name}　${report.year} 年度　规则包：${report.pack.id}（${report.pack.name}）`;
  const groups = new Map<number, Finding[]>();
  for (const finding of report.findings) {
    const key = finding.location.project ?? 0;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  const sections = [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([project, findings]) => [groupTitle(unitYear, project), ...findings.map((finding) => indent(renderFinding(withinGroup(finding))))].join('\n'));
  const summary = `共 ${report.summary.total} 条：${renderCounts(report.summary.bySeverity)}`;
  return [header, ...sections, summary].join('\n\n');
}

function groupTitle(unitYear: UnitYear, project: number): string {
  if (project === 0) return '■ 部门整体绩效目标及全局';
  const entry = unitYear.projects[project - 1];
  return `■ 项目${project} ${entry?.name ?? ''}（${entry?.code ?? ''}）`;
}

/** Inside a project's group the project need not be named again in each finding's location. */
function withinGroup(finding: Finding): Finding {
  const { project: _project, projectCode: _projectCode, ...location } = finding.location;
  return { ...finding, location };
}

const indent = (text: string) => text.split('\n').map((line) => `  ${line}`).join('\n');
