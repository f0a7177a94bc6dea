/**
 * Core types shared by formats, rules and the outer layers (LSP, CLI).
 * Everything here is editor-agnostic: positions are UTF-16 offsets into the
 * document text, exactly as JavaScript strings index them.
 */

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export const SEVERITY_ORDER: Record<Severity, number> = {
  error: 3,
  warning: 2,
  information: 1,
  hint: 0,
};

export type FormatId = 'compose' | 'nginx' | 'postgresql' | 'pg-hba' | 'redis';

/** A half-open range of offsets `[start, end)` into the document text. */
export interface Span {
  start: number;
  end: number;
}

/** Replace `[start, end)` with `newText`. Insertions have start === end. */
export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  /** At most one fix per finding is preferred; `--fix` and fix-all apply it. */
  isPreferred?: boolean;
  /** True when the edit changes how the service behaves at runtime; the title must say so. */
  changesBehavior?: boolean;
  edits: TextEdit[];
  /**
   * A secret the fix generates (a new random password). Editors apply it as
   * is; reports written to files (JSON) show a placeholder instead, so they
   * hold no credential and read the same from run to run.
   */
  generatedSecret?: string;
}

export interface RelatedLocation {
  /** Absolute path of another file, or undefined for the same document. */
  path?: string;
  span: Span;
  message: string;
}

/** What a rule hands to `context.report`. */
export interface ReportDescriptor {
  /** Where the problem is written. For another file, set `path` too. */
  span: Span;
  /** Key into the rule's `meta.messages`. */
  messageId: string;
  /** Values for `{{placeholders}}` in the message. */
  data?: Record<string, string | number>;
  fixes?: Fix[];
  /** Overrides the configured severity for this one finding (e.g. a softer case). */
  severity?: Severity;
  related?: RelatedLocation[];
  /**
   * The finding is written in another file than the one being linted (e.g. an
   * nginx include); spans and fixes then refer to that file.
   */
  path?: string;
}

/** A finding after the engine resolved message, severity, checklist items. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  /** Absolute or caller-relative path of the file the span refers to. */
  path: string;
  checklist: string[];
  fixes: Fix[];
  related: RelatedLocation[];
}

export interface RuleOptionSpec {
  /** Default value of the option; its JSON type is the option's type. */
  default: unknown;
  description: string;
}

export interface RuleMeta {
  /** `<format>/<kebab-name>` */
  id: string;
  description: string;
  /** Ids of checklist items (see rules/checklist) this rule checks. */
  checklist: string[];
  severity: Severity;
  fixable: boolean;
  messages: Record<string, string>;
  options?: Record<string, RuleOptionSpec>;
  /**
   * 'section': what the rule reports inside one section of the tree (see
   * `Format.sections`, e.g. one compose service) depends only on that
   * section's text and the document's shared context, never on other
   * sections or other files, so the engine may reuse those findings while the
   * section is unchanged. Unset: the rule always runs over the whole tree.
   */
  scope?: 'section';
}

/** Read-only access to other files, limited by the host to the workspace roots. */
export interface FileHost {
  /** Text of the file, or undefined when it does not exist, is unreadable or lies outside the roots. */
  readFile(path: string): string | undefined;
  /** Mode bits and size, or undefined (same limits as readFile). */
  stat(path: string): { mode: number; size: number; isFile: boolean } | undefined;
  /** Absolute paths of files matching a glob pattern relative to `base` (or absolute). */
  glob(pattern: string, base: string): string[];
}

export interface RuleContext<Tree> {
  readonly tree: Tree;
  readonly source: SourceFile;
  /** Absolute path of the document (or its URI path for untitled documents). */
  readonly path: string;
  /** Rule options: defaults merged with configuration. */
  readonly options: Readonly<Record<string, unknown>>;
  readonly host: FileHost;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule<Tree = unknown> {
  meta: RuleMeta;
  format: FormatId;
  check(context: RuleContext<Tree>): void;
}

export interface ParseProblem {
  span: Span;
  message: string;
  severity?: Severity;
}

export interface ParseResult<Tree> {
  /** Undefined when the text is not a document of this format at all. */
  tree: Tree | undefined;
  problems: ParseProblem[];
}

export interface Format<Tree = unknown> {
  id: FormatId;
  /** Human name used in messages. */
  name: string;
  /** VS Code / LSP language ids that mark a document as this format. */
  languageIds: string[];
  /** Whether a path (and, optionally, its content) belongs to this format. */
  matchesPath(path: string): boolean;
  /** Called after matchesPath accepted the path: does the content look like this format? */
  matchesContent?(text: string, path: string): boolean;
  /** `path` is the document's path ('' when unknown); trees may record it. */
  parse(source: SourceFile, path: string): ParseResult<Tree>;
  /**
   * Independent sections of a parsed tree, so results of section-scoped rules
   * can be reused while a section's text is unchanged (optional; undefined
   * when this tree cannot be split safely).
   */
  sections?(tree: Tree, source: SourceFile): TreeSections<Tree> | undefined;
  /**
   * The tree will not be used again, so the parser may reuse its nodes for
   * later parses (optional; see Linter.release).
   */
  release?(tree: Tree): void;
}

/** A tree split into sections: each section's tree holds the shared context and that section alone. */
export interface TreeSections<Tree> {
  /** Text everything outside the sections that section-scoped rules may read (e.g. top-level compose blocks). */
  context: string;
  parts: { offset: number; text: string; tree: Tree }[];
}

import type { SourceFile } from './source';
export type { SourceFile };
