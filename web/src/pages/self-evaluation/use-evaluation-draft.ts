/**
 * The self-evaluation being typed and the version it started from; saving sends that version and starts again
 * from what the server answers (with the new score, working and findings); a 409 keeps the draft for the
 * conflict dialog; a 400 places the server's field messages at their cells.
 */
import { App } from 'antd';
import { useMemo, useState } from 'react';
import { messageOf } from '../../api/client';
import { useSaveSelfEvaluation, type SelfEvaluationJson } from '../../api/self-evaluation';
import { evaluationConflictOf, evaluationFieldProblemsOf, type EvaluationConflict } from './evaluation-conflict';
import { changedOwners, evaluationDraftOf, evaluationProblemsOf, evaluationRequestOf, problemsWithin, type EvaluationDraft, type FundsDraft, type IndicatorEvaluationDraft } from './evaluation-draft';

export function useEvaluationDraft(evaluation: SelfEvaluationJson) {
  const [base, setBase] = useState(evaluation);
  const [draft, setDraft] = useState<EvaluationDraft>(() => evaluationDraftOf(evaluation));
  const [conflict, setConflict] = useState<EvaluationConflict | null>(null);
  const save = useSaveSelfEvaluation(evaluation.project.id);
  const { message, modal } = App.useApp();
  const restart = (saved: SelfEvaluationJson) => {
    setBase(saved);
    setDraft(evaluationDraftOf(saved));
    setConflict(null);
  };
  const saved = useMemo(() => evaluationDraftOf(base), [base]);
  const dirty = JSON.stringify(evaluationRequestOf(draft, 0)) !== JSON.stringify(evaluationRequestOf(saved, 0));
  const fieldProblems = useMemo(() => evaluationFieldProblemsOf(save.error, draft), [save.error, draft]);
  const problems = useMemo(() => new Map([...fieldProblems, ...problemsWithin(evaluationProblemsOf(evaluation, draft), changedOwners(saved, draft))]), [fieldProblems, evaluation, draft, saved]);
  const send = (version: number) =>
    save.mutate(evaluationRequestOf(draft, version), {
      onSuccess: (saved) => {
        restart(saved);
        const errors = saved.findings.filter((finding) => finding.severity === 'error').length;
        void message.success(errors > 0 ? `已保存并重新计分。还有 ${errors} 个问题，见表中标红处。` : '已保存并重新计分。');
      },
      onError: (error) => {
        const found = evaluationConflictOf(error);
        if (found) setConflict(found);
        else if (evaluationFieldProblemsOf(error, draft).size === 0) void modal.error({ title: '没有保存', content: messageOf(error) });
      },
    });
  return {
    base,
    draft,
    dirty,
    problems,
    conflict,
    saving: save.isPending,
    save: () => send(base.version),
    overwrite: () => conflict && send(conflict.currentVersion),
    keepTheirs: () => conflict && restart(conflict.theirs),
    discard: () => restart(base),
    setFunds: (changes: Partial<FundsDraft>) => setDraft((current) => ({ ...current, ...changes })),
    setRow: (indicatorId: string, changes: Partial<IndicatorEvaluationDraft>) =>
      setDraft((current) => ({ ...current, indicators: current.indicators.map((row) => (row.indicatorId === indicatorId ? { ...row, ...changes } : row)) })),
    setWeight: (weightId: string, changes: { weight?: string; reason?: string }) =>
      setDraft((current) => ({ ...current, weights: current.weights.map((weight) => (weight.id === weightId ? { ...weight, ...changes } : weight)) })),
  };
}
