/** Usernames: compared in one normal form (NFKC, trimmed, lower case), so "ZhangSan" and "ｚｈａｎｇｓａｎ" are one. */
import { DomainError } from '../../core/errors';

/** Letters (any script, so 张三 works), digits, dot, underscore, hyphen; 2 to 32 characters. */
const usernamePattern = /^[\p{L}\p{N}._-]{2,32}$/u;

export function normalizeUsername(username: string): string {
  return username.normalize('NFKC').trim().toLowerCase();
}

/**
 * The normal form of a new username.
 * @throws DomainError('validation_failed') naming the field `username` when it has other characters or length
 */
export function acceptUsername(username: string): string {
  const normal = normalizeUsername(username);
  if (usernamePattern.test(normal)) return normal;
  const message = '用户名须为 2 到 32 个字符，只能包含文字、字母、数字和 . _ - 符号，不能有空格。';
  throw new DomainError('validation_failed', message, { fields: [{ path: 'username', message }] });
}
