/**
 * What a password must be. Length matters most (argon2id makes each guess slow; a short password falls
 * anyway), so the rules are few and every refusal says in Chinese what to change.
 */

export const passwordPolicy = {
  minLength: 10,
  /** Long inputs only cost hashing time; no human types more. */
  maxLength: 128,
  /** Of: letters, digits, other characters (symbols, Chinese characters). */
  minCharacterKinds: 2,
} as const;

export interface PasswordProblem {
  code: 'too-short' | 'too-long' | 'too-simple' | 'contains-username' | 'repeated';
  message: string;
}

/** The problems of `password` for the account `username`; empty when it is acceptable. */
export function checkPassword(password: string, username: string): PasswordProblem[] {
  const length = [...password].length;
  if (length < passwordPolicy.minLength) {
    return [{ code: 'too-short', message: `密码太短：至少需要 ${passwordPolicy.minLength} 个字符，当前只有 ${length} 个。` }];
  }
  if (length > passwordPolicy.maxLength) {
    return [{ code: 'too-long', message: `密码太长：最多 ${passwordPolicy.maxLength} 个字符。` }];
  }
  const problems: PasswordProblem[] = [];
  if (new Set(password).size <= 2) {
    problems.push({ code: 'repeated', message: '密码不能只由一两个字符重复组成。' });
  }
  if (characterKinds(password) < passwordPolicy.minCharacterKinds) {
    problems.push({ code: 'too-simple', message: '密码太简单：请同时包含字母、数字、符号中的至少两类。' });
  }
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && password.toLowerCase().includes(name)) {
    problems.push({ code: 'contains-username', message: '密码不能包含用户名。' });
  }
  return problems;
}

function characterKinds(password: string): number {
  const letters = /\p{Lu}|\p{Ll}/u.test(password) ? 1 : 0;
  const digits = /\p{Nd}/u.test(password) ? 1 : 0;
  const others = /[^\p{Lu}\p{Ll}\p{Nd}]/u.test(password) ? 1 : 0;
  return letters + digits + others;
}
