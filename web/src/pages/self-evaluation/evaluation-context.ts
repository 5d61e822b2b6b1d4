/** What every cell of the self-evaluation table needs: the evaluation as saved, the draft and how to change it, problems and findings by cell. */
import { createContext, useContext } from 'react';
import type { SelfEvaluationFindingJson, SelfEvaluationJson } from '../../api/self-evaluation';
import type { EvaluationDraft, FundsDraft, IndicatorEvaluationDraft, Problems } from './evaluation-draft';

export interface EvaluationEditing {
  evaluation: SelfEvaluationJson;
  draft: EvaluationDraft;
  editable: boolean;
  /** Weights are edited in place (the 分值 column becomes inputs). */
  editingWeights: boolean;
  /** Every score shows its working under it (otherwise on hover). */
  showWorking: boolean;
  /** The draft differs from what was saved: scores are those of the last save. */
  dirty: boolean;
  problems: Problems;
  findingsOf: (cell: string) => SelfEvaluationFindingJson[];
  setFunds: (changes: Partial<FundsDraft>) => void;
  setRow: (indicatorId: string, changes: Partial<IndicatorEvaluationDraft>) => void;
  setWeight: (weightId: string, changes: { weight?: string; reason?: string }) => void;
}

export const EvaluationEditingContext = createContext<EvaluationEditing | null>(null);

export function useEvaluationEditing(): EvaluationEditing {
  const editing = useContext(EvaluationEditingContext);
  if (!editing) throw new Error('useEvaluationEditing outside <EvaluationEditingContext>');
  return editing;
}
