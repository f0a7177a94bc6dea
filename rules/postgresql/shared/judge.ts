/**
 * Judging parameter values, shared by the postgresql.conf rules and the
 * compose rules that read `postgres -c name=value` arguments: a judge looks
 * at the value the server ends up with and says what is wrong and what to set.
 */
import type { FileHost, Severity } from '../../../server/engine/types';

export interface SuggestedValue {
  /** The value as the server should read it (quoting is added where it is written). */
  value: string;
  title: string;
  changesBehavior: boolean;
  preferred: boolean;
}

export interface Judgement {
  messageId: string;
  data?: Record<string, string | number>;
  severity?: Severity;
  suggestions: SuggestedValue[];
}

/** The value of another parameter, as the same configuration sets it (or its default). */
export type Lookup = (key: string) => { value: string; explicit: boolean };

export interface JudgeInput {
  value: string;
  /** False when nobody sets the parameter and `value` is the server default. */
  explicit: boolean;
  lookup: Lookup;
  /** For checks on files named in values (e.g. preload libraries); absent in containers. */
  host?: FileHost;
}

export interface SettingJudge {
  /** Lower-case parameter name. */
  param: string;
  /** Message templates this judge's messageIds refer to. */
  messages: Record<string, string>;
  judge(input: JudgeInput): Judgement | undefined;
  /**
   * False when a container setting is normal (listen_addresses = '*' is how a
   * container accepts connections through its published port).
   */
  inContainers?: boolean;
}
