/** The review rules Jixiao knows (id, family, title, explanation, default severity), for everyone. */
import { listRules as catalogue, type RuleInfo } from '../../core/review';

/** Every rule of the catalogue, by id. */
export function listRules(): RuleInfo[] {
  return catalogue();
}
