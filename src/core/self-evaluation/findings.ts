/** Finding codes of self-evaluation, and how findings are made and located. */
import { makeFinding, type Finding, type Location, type Severity } from '../finding';

export const selfEvaluationFindingCodes = {
  'self-evaluation.project-mismatch': 'error',
  'self-evaluation.amount': 'error',
  'self-evaluation.indicator-missing': 'error',
  'self-evaluation.indicator-unknown': 'error',
  'self-evaluation.indicator-duplicate': 'error',
  'self-evaluation.actual-missing': 'error',
  'self-evaluation.actual-kind': 'error',
  'self-evaluation.actual-unreadable': 'error',
  'self-evaluation.evaluator-score': 'error',
  'self-evaluation.explanation-missing': 'error',
  'self-evaluation.explanation-copied': 'error',
  'self-evaluation.weights-unplaced': 'error',
  'self-evaluation.weights-redistributed': 'info',
  'self-evaluation.weights-invalid': 'error',
  'self-evaluation.weights-mismatch': 'error',
  'self-evaluation.weights-level-sum': 'error',
  'self-evaluation.weights-total': 'error',
  'self-evaluation.weights-reason': 'error',
  'self-evaluation.nothing-to-score': 'error',
} as const satisfies Record<string, Severity>;

export type SelfEvaluationFindingCode = keyof typeof selfEvaluationFindingCodes;

/** A finding with the code's severity. */
export function selfEvaluationFinding(code: SelfEvaluationFindingCode, location: Location, message: string, suggestion?: string): Finding {
  return makeFinding(code, selfEvaluationFindingCodes[code], location, message, suggestion);
}

/** Where an indicator's cell is: project code, 1-based indicator, model field and column header. */
export function indicatorAt(projectCode: string, indicator: number, field: string, cell: string): Location {
  return { projectCode, indicator, field, cell };
}

/** Where a project-level cell is. */
export function projectAt(projectCode: string, field: string, cell: string): Location {
  return { projectCode, field, cell };
}
