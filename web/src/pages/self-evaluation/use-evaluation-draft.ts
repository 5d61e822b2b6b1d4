/**
 * The self-evaluation being typed and the version it started from (useVersionedDraft): saving answers with the
 * new score, working and findings.
 */
import { useSaveSelfEvaluation, type SaveSelfEvaluationRequest, type SelfEvaluationJson } from '../../api/self-evaluation';
import { useVersionedDraft, type DraftRules } from '../../components/versioned-draft';
import { evaluationConflictOf, evaluationFieldProblemsOf } from './evaluation-conflict';
import { changedOwners, evaluationDraftOf, evaluationProblemsOf, evaluationRequestOf, type EvaluationDraft, type FundsDraft, type IndicatorEvaluationDraft } from './evaluation-draft';

const evaluationRules: DraftRules<SelfEvaluationJson, EvaluationDraft, SaveSelfEvaluationRequest> = {
  draftOf: evaluationDraftOf,
  requestOf: (_, draft, version) => evaluationRequestOf(draft, version),
  problemsOf: evaluationProblemsOf,
  changedOwners,
  fieldProblemsOf: evaluationFieldProblemsOf,
  conflictOf: evaluationConflictOf,
  savedMessage: (saved) => {
    const errors = saved.findings.filter((finding) => finding.severity === 'error').length;
    return errors > 0 ? `已保存并重新计分。还有 ${errors} 个问题，见表中标红处。` : '已保存并重新计分。';
  },
};

export function useEvaluationDraft(evaluation: SelfEvaluationJson) {
  const { setDraft, ...state } = useVersionedDraft(evaluation, evaluationRules, useSaveSelfEvaluation(evaluation.project.id));
  return {
    ...state,
    setFunds: (changes: Partial<FundsDraft>) => setDraft((current) => ({ ...current, ...changes })),
    setRow: (indicatorId: string, changes: Partial<IndicatorEvaluationDraft>) =>
      setDraft((current) => ({ ...current, indicators: current.indicators.map((row) => (row.indicatorId === indicatorId ? { ...row, ...changes } : row)) })),
    setWeight: (weightId: string, changes: { weight?: string; reason?: string }) =>
      setDraft((current) => ({ ...current, weights: current.weights.map((weight) => (weight.id === weightId ? { ...weight, ...changes } : weight)) })),
  };
}
