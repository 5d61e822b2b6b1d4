/**
 * Helpers for the monitoring and self-evaluation route tests (used by tests only): units by code, rounds, and
 * reports on track for a project as the API gives it.
 */
import type { IndicatorReportRequest, MonitoringProjectJson, MonitoringRoundJson, MonitoringUnitJson, SaveMonitoringReportRequest } from '../../contract/monitoring';
import type { TestClient } from '../testing';

/** The id of the unit with `code`, as the directory gives it to an admin. */
export async function unitIdOf(admin: TestClient, code: string): Promise<string> {
  const list = (await admin.get(`/api/unit-years?q=${code}`)).json<{ items: { unit: { id: string; code: string } }[] }>();
  const id = list.items.find((item) => item.unit.code === code)?.unit.id;
  if (!id) throw new Error(`no unit ${code}`);
  return id;
}

/** Opens a round of 2021 at `cutOff` as `reviewer` (all units of division 130322 unless named). */
export async function openRound(reviewer: TestClient, cutOff = '2021-07-31', unitIds?: string[]): Promise<MonitoringRoundJson> {
  const response = await reviewer.post('/api/monitoring-rounds', { year: 2021, cutOff, ...(unitIds ? { unitIds } : {}) });
  if (response.statusCode !== 201) throw new Error(`opening a round failed: ${response.statusCode} ${response.body}`);
  return response.json<MonitoringRoundJson>();
}

/** A row on track for an indicator: its target value (or achieved), certain, nothing to explain. */
export function onTrackRow(indicator: MonitoringProjectJson['indicators'][number]): IndicatorReportRequest {
  const progress = indicator.target.kind === 'quantitative' && indicator.target.value !== null ? { kind: 'number' as const, value: String(indicator.target.value) } : { kind: 'status' as const, status: 'achieved' as const };
  return { indicatorId: indicator.id, progress, expected: progress, likelihood: 'certain', causes: [], remark: '', rectification: { needed: false, action: '' } };
}

/** A report of `project` with every indicator on track and the whole budget spent. */
export function onTrackReport(project: MonitoringProjectJson, overrides: Partial<SaveMonitoringReportRequest> = {}): SaveMonitoringReportRequest {
  const budget = project.budget.toFixed(6);
  return { expectedVersion: project.version, spent: budget, expectedSpent: budget, overspendExplanation: '', indicators: project.indicators.map(onTrackRow), ...overrides };
}

/** The unit's monitoring in a round as `client` reads it. */
export async function unitMonitoring(client: TestClient, roundId: string, unitId: string): Promise<MonitoringUnitJson> {
  const response = await client.get(`/api/monitoring-rounds/${roundId}/units/${unitId}`);
  if (response.statusCode !== 200) throw new Error(`reading the unit failed: ${response.statusCode} ${response.body}`);
  return response.json<MonitoringUnitJson>();
}
