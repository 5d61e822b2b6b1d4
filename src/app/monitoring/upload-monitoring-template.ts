/**
 * A unit uploads its filled monitoring template: every project of the workbook is stored in one audited
 * transaction, or nothing is. Any bad cell, a sheet made from an older version of a report (someone saved since
 * the download) or a file that is not the template refuses the whole upload with every problem located at its
 * cell. Projects left blank, and projects whose figures did not change, are not saved again.
 */
import { isDeepStrictEqual } from 'node:util';
import { authorize } from '../../core/access/policy';
import { DomainError } from '../../core/errors';
import { hasErrors, type Finding } from '../../core/finding';
import { readMonitoringTemplate, type TemplateReport } from '../../core/xlsx/read-monitoring-template';
import { templateSheetName, type MonitoringTemplate } from '../../core/xlsx/monitoring-template-layout';
import type { Orm } from '../../db/database';
import { findReport, saveReportRows, type ReportInput, type StoredReport } from '../../db/monitoring-report.repository';
import type { Caller } from '../audit/caller';
import { withAudit, type RecordAudit } from '../audit/record';
import type { Deps } from '../deps';
import { readReportEdit } from './read-report-edit';
import { assertNotSubmitted, assertRoundOpen, openRoundUnit } from './round-access';
import { reportSnapshot } from './save-monitoring-report';
import { loadUnitMonitoring, type UnitMonitoringView } from './show-unit-monitoring';
import { loadUnitRoundData, monitoringTemplateOf } from './unit-round-data';

export interface TemplateFile {
  fileName: string;
  bytes: Uint8Array;
}

interface ReadyReport {
  projectId: string;
  version: number;
  input: ReportInput;
}

/** The reports to store, or findings: a sheet older than the stored report, figures that cannot be stored. */
function readyReports(template: MonitoringTemplate, reports: readonly TemplateReport[], findings: Finding[]): ReadyReport[] {
  return reports.flatMap((report) => {
    const index = template.projects.findIndex((entry) => entry.id === report.projectId);
    const entry = template.projects[index];
    if (!entry || (report.blank && entry.version === 0)) return [];
    const where = { projectCode: entry.project.code, cell: `'${templateSheetName(index)}'` };
    if (report.version !== entry.version) {
      findings.push({ code: 'monitoring-template.stale', severity: 'error', location: where, message: `工作表“${templateSheetName(index)}”（项目“${entry.project.name}”）是按第${report.version}版填报数据生成的，下载模板后已有人保存了第${entry.version}版。请重新下载模板后填写。` });
      return [];
    }
    const reading = readReportEdit(report, entry.indicatorIds);
    if (!reading.ok) {
      for (const problem of reading.problems) findings.push({ code: 'monitoring-template.cell', severity: 'error', location: { ...where, field: problem.path }, message: `工作表“${templateSheetName(index)}”：${problem.message}` });
      return [];
    }
    return [{ projectId: entry.id, version: entry.version, input: reading.value }];
  });
}

const figures = (report: ReportInput | StoredReport) => ({ spent: report.spent, expectedSpent: report.expectedSpent, overspendExplanation: report.overspendExplanation, indicators: report.indicators });

function refusal(findings: readonly Finding[]): DomainError {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const shown = errors.slice(0, 3).map((finding) => finding.message).join('；');
  return new DomainError('import_rejected', `模板有${errors.length}处问题，没有保存任何数据：${shown}${errors.length > 3 ? '……' : ''}`, { findings });
}

async function store(tx: Orm, target: { roundId: string; unitId: string; divisionCode: string; at: Date }, ready: ReadyReport, record: RecordAudit): Promise<void> {
  const before = await findReport(tx, target.roundId, ready.projectId);
  if (before && isDeepStrictEqual(figures(before), figures(ready.input))) return;
  const savedId = await saveReportRows(tx, { roundId: target.roundId, projectId: ready.projectId, expectedVersion: ready.version, at: target.at }, ready.input);
  if (!savedId) throw new DomainError('conflict', '上传期间有人保存了该单位的监控填报，没有保存任何数据。请重新下载模板后填写。', { reason: 'version' });
  const after = await findReport(tx, target.roundId, ready.projectId);
  await record({ action: 'monitoring_report.upload', entityType: 'monitoring_report', entityId: savedId, unitId: target.unitId, divisionCode: target.divisionCode, before: reportSnapshot(before), after: reportSnapshot(after) });
}

/**
 * Reads the uploaded template (received only once the caller's role may report) and stores its projects;
 * answers the unit's view.
 * @throws DomainError('import_rejected') any problem in the workbook (`details.findings`, each at its cell); nothing stored
 * @throws DomainError('conflict') the round is closed or the unit has submitted; someone saved during the upload
 * @throws DomainError('not_found' | 'forbidden' | 'unauthenticated') as the policy decides
 */
export async function uploadMonitoringTemplate(deps: Deps, input: { caller: Caller; roundId: string; unitId: string; receive: () => Promise<TemplateFile> }): Promise<UnitMonitoringView> {
  const { caller } = input;
  authorize(caller.actor, 'report_monitoring');
  const file = await input.receive();
  return withAudit(deps, caller, async (tx, record) => {
    const { round, roundUnit } = await openRoundUnit(tx, caller, input, 'report_monitoring', 'share');
    assertRoundOpen(round);
    assertNotSubmitted(roundUnit);
    const template = monitoringTemplateOf(round, await loadUnitRoundData(tx, round, roundUnit));
    const reading = await readMonitoringTemplate(file.bytes, template);
    const findings = [...reading.findings];
    const ready = readyReports(template, reading.value, findings);
    if (hasErrors(findings)) throw refusal(findings);
    const target = { roundId: round.id, unitId: roundUnit.unit.id, divisionCode: round.divisionCode, at: deps.clock() };
    for (const report of ready) await store(tx, target, report, record);
    return loadUnitMonitoring(tx, caller.actor, round, roundUnit);
  });
}
