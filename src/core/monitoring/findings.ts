/** Finding codes of monitoring, and how findings are made. */
import { makeFinding, type Finding, type Location, type Severity } from '../finding';

export const monitoringFindingCodes = {
  'monitoring.round': 'error',
  'monitoring.project-mismatch': 'error',
  'monitoring.amount': 'error',
  'monitoring.overspend-explanation': 'error',
  'monitoring.indicator-missing': 'error',
  'monitoring.indicator-unknown': 'error',
  'monitoring.indicator-duplicate': 'error',
  'monitoring.progress-missing': 'error',
  'monitoring.progress-kind': 'error',
  'monitoring.progress-unreadable': 'error',
  'monitoring.likelihood-missing': 'error',
  'monitoring.cause-missing': 'error',
  'monitoring.remark-missing': 'error',
  'monitoring.rectification-missing': 'error',
  'monitoring.explanation-empty': 'error',
  'monitoring.explanation-copied': 'error',
} as const satisfies Record<string, Severity>;

export type MonitoringFindingCode = keyof typeof monitoringFindingCodes;

/** A finding with the code's severity. */
export function monitoringFinding(code: MonitoringFindingCode, location: Location, message: string, suggestion?: string): Finding {
  return makeFinding(code, monitoringFindingCodes[code], location, message, suggestion);
}
