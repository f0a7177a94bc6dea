/**
 * Where generated passwords come from: 256 random bits as hex. Tests swap
 * the source for a fixed value so fixed outputs are deterministic.
 */
import { randomBytes } from 'node:crypto';

const secureSource = (): string => randomBytes(32).toString('hex');
let source: () => string = secureSource;

export function generatePassword(): string {
  return source();
}

/** Replace the random source (tests); call with no argument to restore crypto.randomBytes. */
export function setPasswordSource(next?: () => string): void {
  source = next ?? secureSource;
}
