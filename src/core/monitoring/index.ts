/**
 * 绩效运行监控: the round and report types, validation, the spending and indicator lights that explain
 * themselves, and the project, unit and division summaries. Pure; thresholds come from the rule pack
 * (`pack.monitoring`).
 */
export * from './types';
export { validateRound, validateProjectReport, requiredExplanations, type RequiredExplanations } from './validate-report';
export { spendingLight, executionPercent } from './spending-light';
export { indicatorLight } from './indicator-light';
export { scheduledShare, type ScheduledShare } from './schedule';
export { judgeRatio, type BandJudgement } from './bands';
export { projectLights, summarizeUnitMonitoring, divisionView, worstOf, type ProjectLights, type UnitMonitoringSummary, type DivisionRow, type LightCounts } from './summary';
export { monitoringFindingCodes, type MonitoringFindingCode } from './findings';
