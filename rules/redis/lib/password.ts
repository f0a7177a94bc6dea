/** Judging a Redis password: length, variety and well-known samples. */

/** Sample and default passwords seen in docs, tutorials and images. */
export const KNOWN_SAMPLE_PASSWORDS: readonly string[] = [
  'foobared', 'password', 'passw0rd', 'changeme', 'change-me', 'redis', 'redispass', 'redispassword', 'redis_password',
  'secret', 'admin', 'root', 'default', 'test', '123456', '12345678', 'qwerty', 'letmein', 'mypassword', 'yourpassword',
  'your_password', 'somepassword', 'ffa9203c493aa99', 'p@ssw0rd',
];

export interface PasswordPolicy {
  minLength: number;
  minDistinctCharacters: number;
}

export const DEFAULT_POLICY: PasswordPolicy = { minLength: 32, minDistinctCharacters: 8 };

/** Why a password is weak, or undefined when it is acceptable. */
export function passwordWeakness(value: string, policy: PasswordPolicy = DEFAULT_POLICY): string | undefined {
  const lower = value.toLowerCase();
  if (KNOWN_SAMPLE_PASSWORDS.some((s) => s.toLowerCase() === lower || lower === s.toLowerCase() + '1' || lower === s.toLowerCase() + '123')) {
    return 'is a well-known sample password';
  }
  if (value.length < policy.minLength) return `is ${value.length} characters long (at least ${policy.minLength} needed, e.g. 32 random bytes as hex)`;
  if (new Set(value).size < policy.minDistinctCharacters) return `uses only ${new Set(value).size} distinct characters`;
  return undefined;
}
