/** The syntax tree of a postgresql.conf file: every token keeps its exact offsets. */
import type { Span } from '../../engine/types';
import type { ConfToken } from './conf-lexer';

export type IncludeKind = 'include' | 'include_if_exists' | 'include_dir';

export interface ConfValue {
  /** As written, quotes included. */
  raw: string;
  /** As the server reads it: quotes removed, escapes resolved. */
  text: string;
  span: Span;
  quoted: boolean;
}

export interface ConfSetting {
  name: ConfToken;
  /** Lower-case name: the server compares names case-insensitively. */
  key: string;
  equals: Span | undefined;
  value: ConfValue;
  /** 0-based line. */
  line: number;
  /** From the name (or the `#` of a commented-out line) to the end of the value. */
  span: Span;
  /** Trailing `# …` comment, when there is one. */
  comment: Span | undefined;
  /**
   * A commented-out setting such as `#ssl = off`: the text from the `#` up to
   * the name, which uncommenting removes. Undefined for live settings.
   */
  commentPrefix: Span | undefined;
  /** Set for include, include_if_exists and include_dir. */
  include: IncludeKind | undefined;
}

export interface PgConfFile {
  /** Live settings and include directives in file order (a later one overrides an earlier one). */
  entries: ConfSetting[];
  /** Commented-out settings of known parameters (the sample file's `#name = default` lines). */
  commented: ConfSetting[];
}
