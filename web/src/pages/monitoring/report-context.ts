/** What every cell of a project's monitoring grid needs: the project, the draft and how to change it, problems and findings by cell. */
import { createContext, useContext } from 'react';
import type { MonitoringFindingJson, MonitoringProjectJson } from '../../api/monitoring';
import type { IndicatorDraft, Problems, ReportDraft } from './report-draft';

export interface ReportEditing {
  project: MonitoringProjectJson;
  draft: ReportDraft;
  editable: boolean;
  /** "1—7月": the months the cut-off covers, for column headers. */
  months: string;
  problems: Problems;
  findingsOf: (cell: string) => MonitoringFindingJson[];
  highlightedIndicatorId: string | null;
  setFunds: (changes: Partial<Omit<ReportDraft, 'indicators'>>) => void;
  setRow: (indicatorId: string, changes: Partial<IndicatorDraft>) => void;
}

export const ReportEditingContext = createContext<ReportEditing | null>(null);

export function useReportEditing(): ReportEditing {
  const editing = useContext(ReportEditingContext);
  if (!editing) throw new Error('useReportEditing outside <ReportEditingContext>');
  return editing;
}
