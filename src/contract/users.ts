/** Accounts and the directory they attach to (units, divisions), as the API takes and gives them. */
import { z } from 'zod';
import { accountRoles } from '../core/access/roles';
import { booleanQuery, pageQuerySchema, pageSchema } from './pagination';

export const accountRoleSchema = z.enum(accountRoles).describe('unit_editor 单位填报人；unit_leader 单位负责人；finance_reviewer 财政审核人；admin 系统管理员');
export const usernameSchema = z.string().trim().min(2, '用户名至少 2 个字符。').max(32, '用户名最多 32 个字符。');
export const displayNameSchema = z.string().trim().min(1, '请填写姓名。').max(50, '姓名最多 50 个字符。');
export const passwordSchema = z.string().min(1, '请填写密码。').max(128, '密码最多 128 个字符。');
export const unitCodeSchema = z.string().trim().min(1, '请填写单位编码。').max(64, '单位编码最多 64 个字符。');
export const divisionCodeSchema = z.string().trim().regex(/^\d{2,12}$/, '财政区划编码应为 2 到 12 位数字，如 130322。');

export const userSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    role: accountRoleSchema,
    unit: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable().describe('单位用户所属单位'),
    division: z.object({ code: z.string(), name: z.string() }).nullable().describe('财政审核人所属区划'),
    disabled: z.boolean(),
    lastLoginAt: z.iso.datetime().nullable(),
    passwordChangedAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int().describe('修改时原样送回 expectedVersion，用于发现并发修改'),
  })
  .meta({ id: 'User' });

export const userIdParamsSchema = z.object({ id: z.string().max(100) });

export const listUsersQuerySchema = pageQuerySchema.extend({
  role: accountRoleSchema.optional(),
  unit: z.string().max(64).optional().describe('单位编码'),
  division: z.string().max(12).optional().describe('财政区划编码'),
  q: z.string().max(100).optional().describe('用户名或姓名中的文字'),
  disabled: booleanQuery.optional(),
});

export const userPageSchema = pageSchema(userSchema);

export const createUserRequestSchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  role: accountRoleSchema,
  unitCode: unitCodeSchema.nullish(),
  divisionCode: divisionCodeSchema.nullish(),
  password: passwordSchema,
});

export const updateUserRequestSchema = z.object({
  expectedVersion: z.number().int().min(1),
  displayName: displayNameSchema.optional(),
  role: accountRoleSchema.optional(),
  unitCode: unitCodeSchema.nullish(),
  divisionCode: divisionCodeSchema.nullish(),
  disabled: z.boolean().optional(),
});

export const resetPasswordRequestSchema = z.object({ password: passwordSchema });

export const unitEntrySchema = z.object({ id: z.uuid(), code: z.string(), name: z.string(), divisionCode: z.string().nullable() });
export const divisionEntrySchema = z.object({ code: z.string(), name: z.string() });
export const directorySchema = z.object({ units: z.array(unitEntrySchema), divisions: z.array(divisionEntrySchema) });

export const registerUnitRequestSchema = z.object({
  code: unitCodeSchema,
  name: z.string().trim().min(1, '请填写单位名称。').max(200),
  divisionCode: divisionCodeSchema.nullish(),
});
export const registerDivisionRequestSchema = z.object({
  code: divisionCodeSchema,
  name: z.string().trim().min(1, '请填写区划名称。').max(100),
});

export type UserJson = z.infer<typeof userSchema>;
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

/** What presentUser needs of an account (the shape src/app gives). */
export interface UserLike {
  id: string;
  username: string;
  displayName: string;
  role: UserJson['role'];
  unitId: string | null;
  unitCode: string | null;
  unitName: string | null;
  divisionCode: string | null;
  divisionName: string | null;
  disabled: boolean;
  lastLoginAt: Date | null;
  passwordChangedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export function presentUser(user: UserLike): UserJson {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unit: user.unitId && user.unitCode ? { id: user.unitId, code: user.unitCode, name: user.unitName ?? '' } : null,
    division: user.divisionCode ? { code: user.divisionCode, name: user.divisionName ?? user.divisionCode } : null,
    disabled: user.disabled,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    passwordChangedAt: user.passwordChangedAt.toISOString(),
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    version: user.version,
  };
}
