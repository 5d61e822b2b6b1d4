/** Logging in and out, the session, changing one's password, first-run setup, health. */
import { z } from 'zod';
import { passwordSchema, userSchema, usernameSchema, displayNameSchema, presentUser, type UserLike } from './users';

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1, '请填写用户名。').max(64),
  password: z.string().min(1, '请填写密码。').max(256),
});

export const sessionSchema = z
  .object({
    user: userSchema,
    csrfToken: z.string().describe('之后每个修改数据的请求（POST/PUT/PATCH/DELETE）都要在 X-CSRF-Token 请求头中带上它'),
    expiresAt: z.iso.datetime().describe('会话最迟的结束时间'),
    idleExpiresAt: z.iso.datetime().describe('若此前没有新的请求，会话在此时结束'),
  })
  .meta({ id: 'Session' });

/** GET /api/auth/session: the session, or `{ user: null }` when not logged in. */
export const sessionStateSchema = z.union([sessionSchema, z.object({ user: z.null() })]);

export const changePasswordRequestSchema = z.object({ currentPassword: z.string().min(1, '请填写当前密码。').max(256), newPassword: passwordSchema });

export const setupStatusSchema = z.object({
  needsSetup: z.boolean().describe('还没有任何账号：需要创建第一个管理员'),
  databaseEmpty: z.boolean().describe('数据库中还没有任何单位年度数据'),
});

export const setupRequestSchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
  loadDemoData: z.boolean().default(false).describe('同时导入示例数据（昌黎县委组织部 2021 年绩效目标），仅当数据库为空时'),
});

export const setupResponseSchema = z.object({ admin: userSchema, demoLoaded: z.boolean() });

export const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});

export const okSchema = z.object({ ok: z.literal(true) });

export type SessionJson = z.infer<typeof sessionSchema>;

export function presentSession(session: { user: UserLike; csrfToken: string; expiresAt: Date; idleExpiresAt: Date }): SessionJson {
  return {
    user: presentUser(session.user),
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt.toISOString(),
    idleExpiresAt: session.idleExpiresAt.toISOString(),
  };
}
