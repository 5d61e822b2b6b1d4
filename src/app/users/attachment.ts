/**
 * Checking what an account is attached to against its role: unit users need an existing unit, finance
 * reviewers an existing division, admins neither. Errors name the field, for the form that sent it.
 */
import { attachmentOf, roleLabels, type AccountRole } from '../../core/access/roles';
import { DomainError } from '../../core/errors';
import type { Orm } from '../../db/database';
import { findDivision, findUnitByCode } from '../../db/directory.repository';

export interface AttachmentInput {
  role: AccountRole;
  unitCode: string | null;
  divisionCode: string | null;
}

export interface Attachment {
  unitId: string | null;
  divisionCode: string | null;
}

/**
 * The unit id and division code to store for the role.
 * @throws DomainError('validation_failed') with the field (`unitCode` or `divisionCode`) that is missing,
 *   unknown, or given for a role that has none
 */
export async function resolveAttachment(executor: Orm, input: AttachmentInput): Promise<Attachment> {
  const kind = attachmentOf(input.role);
  const label = roleLabels[input.role];
  if (kind !== 'unit' && input.unitCode !== null) throw fieldError('unitCode', `${label}不属于任何单位，请不要填写所属单位。`);
  if (kind !== 'division' && input.divisionCode !== null) throw fieldError('divisionCode', `${label}不属于财政区划，请不要填写财政区划。`);
  if (kind === 'unit') {
    if (input.unitCode === null) throw fieldError('unitCode', `${label}必须指定所属单位。`);
    const unit = await findUnitByCode(executor, input.unitCode);
    if (!unit) throw fieldError('unitCode', `没有编码为 ${input.unitCode} 的单位。请先登记该单位，或导入它的绩效目标文件。`);
    return { unitId: unit.id, divisionCode: null };
  }
  if (kind === 'division') {
    if (input.divisionCode === null) throw fieldError('divisionCode', `${label}必须指定所属财政区划。`);
    const division = await findDivision(executor, input.divisionCode);
    if (!division) throw fieldError('divisionCode', `没有编码为 ${input.divisionCode} 的财政区划。请先登记该区划。`);
    return { unitId: null, divisionCode: division.code };
  }
  return { unitId: null, divisionCode: null };
}

function fieldError(path: string, message: string): DomainError {
  return new DomainError('validation_failed', message, { fields: [{ path, message }] });
}
