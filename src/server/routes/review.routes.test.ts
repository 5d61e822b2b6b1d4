/** Findings across unit years, the rule catalogue and packs, and the finance dashboard, over HTTP. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardJson } from '../../contract/dashboard';
import type { FindingListItemJson, RuleJson, RulePackInfoJson } from '../../contract/review';
import type { UnitYearSummaryJson } from '../../contract/unit-years';
import type { Database } from '../../db';
import { openTestDatabase } from '../../db/testing';
import { startTestServer, type TestClient, type TestServer } from '../testing';
import { importSeed, type SeedIds } from './testing-routes';

let db: Database;
let server: TestServer;
let reviewer: TestClient;
let editorB: TestClient;
let seed: SeedIds;
let summary: UnitYearSummaryJson;

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer(db);
  reviewer = await server.userOf('finance_reviewer');
  editorB = await server.userOf('unit_editor', { unit: 'B' });
  seed = await importSeed(server, reviewer);
  summary = (await reviewer.get('/api/unit-years')).json<{ items: UnitYearSummaryJson[] }>().items[0] as UnitYearSummaryJson;
});
afterAll(async () => {
  await server.close();
  await db.close();
});

type FindingPage = { items: FindingListItemJson[]; total: number; bySeverity: { error: number; warning: number; info: number } };
const findings = async (client: TestClient, query = '') => (await client.get(`/api/findings${query}`)).json<FindingPage>();

describe('findings across unit years', () => {
  it('lists the stored findings with unit, project and indicator names and the rule title, counted by severity', async () => {
    const page = await findings(reviewer, '?pageSize=100');
    const stored = summary.findings.error + summary.findings.warning + summary.findings.info;
    expect(page.total).toBe(stored);
    expect(page.bySeverity).toEqual(summary.findings);
    const typo = page.items.find((item) => item.code === 'values.unknown-unit');
    expect(typo).toMatchObject({ unit: { code: '203001' }, year: 2021, status: 'draft', project: { id: seed.projectId }, indicator: { id: seed.indicatorId }, ruleTitle: expect.any(String), field: 'target' });
  });

  it('filters by severity, family, rule, unit year, project, year, division and text, and pages', async () => {
    const errors = await findings(reviewer, '?severity=error');
    expect(errors.total).toBe(summary.findings.error);
    expect(errors.items.every((item) => item.severity === 'error')).toBe(true);
    expect((await findings(reviewer, '?family=values')).items.every((item) => item.family === 'values')).toBe(true);
    const byRule = await findings(reviewer, '?code=values.unknown-unit');
    expect(byRule.items.map((item) => item.indicator?.id)).toContain(seed.indicatorId);
    const ofProject = await findings(reviewer, `?projectId=${seed.projectId}&pageSize=100`);
    expect(ofProject.items.every((item) => item.project?.id === seed.projectId)).toBe(true);
    expect((await findings(reviewer, `?unitYearId=${seed.unitYearId}`)).total).toBe(errors.bySeverity.error + errors.bySeverity.warning + errors.bySeverity.info);
    const text = await findings(reviewer, `?q=${encodeURIComponent('远教')}&pageSize=100`);
    expect(text.total).toBeGreaterThan(0);
    expect(text.items.every((item) => [item.unit.name, item.project?.name, item.indicator?.name, item.message].some((name) => name?.includes('远教')))).toBe(true);
    expect((await findings(reviewer, '?year=2020')).total).toBe(0);
    expect((await findings(reviewer, '?divisionCode=130324')).total).toBe(0);
    const first = await findings(reviewer, '?pageSize=5&page=1');
    const second = await findings(reviewer, '?pageSize=5&page=2');
    expect(second.items.map((item) => item.id)).not.toEqual(first.items.map((item) => item.id));
    expect(second.total).toBe(first.total);
  });

  it('shows another unit nothing, and refuses malformed filters with their names', async () => {
    expect((await findings(editorB)).total).toBe(0);
    expect((await findings(editorB, `?unitYearId=${seed.unitYearId}`)).total).toBe(0);
    const bad = await reviewer.get('/api/findings?severity=fatal&family=style');
    expect(bad.json<{ error: { fields: { path: string }[] } }>().error.fields.map((field) => field.path).sort()).toEqual(['family', 'severity']);
  });
});

describe('the rule catalogue', () => {
  it('lists every rule with its family, title, explanation and default severity, and the packs', async () => {
    const rules = (await server.anonymous().get('/api/rules')).json<{ items: RuleJson[] }>().items;
    expect(rules.find((rule) => rule.id === 'values.unknown-unit')).toMatchObject({ family: 'values', title: expect.any(String), explanation: expect.any(String) });
    const packs = (await server.anonymous().get('/api/rule-packs')).json<{ items: RulePackInfoJson[] }>().items;
    const hebei = packs.find((pack) => pack.id === 'hebei-2021');
    expect(hebei).toMatchObject({ region: '13', years: { from: 2021 } });
    expect(hebei?.enabledRules).toContain('values.unknown-unit');
  });
});

describe('the dashboard', () => {
  it('gives each unit of the division with its budget, projects, findings and status, findings by family, and the spending curves', async () => {
    const dashboard = (await reviewer.get('/api/dashboard')).json<DashboardJson>();
    expect(dashboard).toMatchObject({ year: 2021, divisionCode: null, totals: { units: 1, projects: 9, indicators: 103, budgetTotal: 354.72, byStatus: { draft: 1, submitted: 0 } } });
    expect(dashboard.units).toEqual([expect.objectContaining({ unitYearId: seed.unitYearId, budgetTotal: 354.72, projectCount: 9, status: 'draft', findings: summary.findings })]);
    expect(dashboard.findingsByFamily.map((family) => family.family)).toEqual(['structure', 'values', 'money', 'spending-plan', 'consistency', 'quality']);
    expect(dashboard.findingsByFamily.reduce((sum, family) => sum + family.total, 0)).toBe(summary.findings.error + summary.findings.warning + summary.findings.info);
    const [curve] = dashboard.spendingCurves;
    expect(curve?.unitYearId).toBe(seed.unitYearId);
    expect(curve?.budgetCovered).toBeGreaterThan(0);
    expect(curve?.budgetCovered).toBeLessThanOrEqual(354.72);
    const percents = curve?.points.map((point) => point.percent) ?? [];
    expect(percents.length).toBeGreaterThan(0);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.every((percent) => percent >= 0 && percent <= 100)).toBe(true);
  });

  it('is empty for a year without data, for another division, and for the public while nothing is published', async () => {
    expect((await reviewer.get('/api/dashboard?year=2005')).json<DashboardJson>()).toMatchObject({ year: 2005, units: [], totals: { units: 0, budgetTotal: 0 } });
    expect((await editorB.get('/api/dashboard')).json<DashboardJson>()).toMatchObject({ year: null, units: [] });
    expect((await server.anonymous().get('/api/dashboard')).json<DashboardJson>().units).toEqual([]);
  });
});
