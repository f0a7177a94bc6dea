/**
 * Findings of the shared Redis checks, independent of where the directives
 * are written. Rules for redis.conf and for compose commands turn them into
 * reports and text edits for their own syntax.
 */
import type { Severity, Span } from '../../../server/engine/types';
import type { RedisArg, RedisDirective } from '../../../server/formats/redis/ast';
import { generatePassword } from './random';

export type IssueEdit =
  /** Replace one argument's value. */
  | { kind: 'replace-arg'; arg: RedisArg; value: string }
  /** Add directive lines after the line holding `after` (a comment or directive), or at the end. */
  | { kind: 'insert-lines'; after?: Span; lines: { name: string; args: string[] }[] }
  /** Add arguments at the end of a directive. */
  | { kind: 'append-args'; directive: RedisDirective; args: string[] }
  /** Replace a whole directive (name and arguments). */
  | { kind: 'replace-directive'; directive: RedisDirective; name: string; args: string[] };

export interface IssueFix {
  title: string;
  changesBehavior: boolean;
  preferred: boolean;
  edits: IssueEdit[];
  /** A password the fix generates: reports leave it out (see Fix.generatedSecret). */
  secret?: string;
}

export interface Issue {
  messageId: string;
  span: Span;
  data: Record<string, string | number>;
  severity?: Severity;
  fixes: IssueFix[];
  /** Set when the finding is about a file other than the document (include, aclfile): not reported. */
  path?: string;
}

export const CLIENTS_NEED_PASSWORD = 'changes runtime behaviour: clients must be given the new password';

/**
 * A fix that sets a new random password. It is offered, never preferred:
 * clients must be given the password, which no batch fix can do, and
 * `--fix` output stays the same from run to run.
 */
export function newPasswordFix(title: string, edits: (password: string) => IssueEdit[]): IssueFix {
  const password = generatePassword();
  return { title, changesBehavior: true, preferred: false, edits: edits(password), secret: password };
}
