/**
 * The checklist messages between the language server and the editor. Both
 * sides import this file, so it stays free of `vscode` and of anything that
 * touches the file system.
 *
 * The server sends what it can know (the automated checks: which items the
 * workspace's files fail or pass); the editor combines that with
 * `.hardenlint/checklist.json` (evidence, accepted risks), which it reads and
 * writes itself, so ticking an item updates the view without a round trip.
 */
import { NotificationType, NotificationType0, RequestType0 } from 'vscode-languageserver-protocol';
import type { CheckResults, LocatedFinding } from './status';
import type { FormatId } from '../engine/types';

/** A finding as sent: the located finding plus the document URI to open. */
export interface ChecklistFinding extends LocatedFinding {
  uri: string;
}

export interface ChecklistScanSkipped {
  uri: string;
  path: string;
  format: FormatId | undefined;
  reason: string;
}

export interface ChecklistStatusParams {
  /** Increases with every status the server sends; the editor ignores older ones. */
  revision: number;
  /** Workspace folder paths, first one holds `.hardenlint/checklist.json`. */
  roots: string[];
  /** True while a scan is running (the status is from the previous complete scan). */
  scanning: boolean;
  /** Automated checks by item id; findings carry their document URI. */
  checks: CheckResults & {
    items: Record<string, CheckResults['items'][string] & { findings: ChecklistFinding[] }>;
    otherFindings: ChecklistFinding[];
  };
  /** Config files that were found but not linted (too large, binary). */
  skipped: ChecklistScanSkipped[];
  /** Problems in `.hardenlint.yaml` files, by path. */
  configErrors: Record<string, string[]>;
}

/** Server → client: the workspace's checklist status changed. */
export const CHECKLIST_STATUS_METHOD = 'hardenlint/checklistStatus';
export const ChecklistStatusNotification = new NotificationType<ChecklistStatusParams>(CHECKLIST_STATUS_METHOD);

/** Client → server: rescan the whole workspace now (e.g. from the view's refresh button). */
export const CHECKLIST_REFRESH_METHOD = 'hardenlint/checklistRefresh';
export const ChecklistRefreshRequest = new RequestType0<void, void>(CHECKLIST_REFRESH_METHOD);

/** Client → server: the view became visible and wants the current status sent again. */
export const CHECKLIST_RESEND_METHOD = 'hardenlint/checklistResend';
export const ChecklistResendNotification = new NotificationType0(CHECKLIST_RESEND_METHOD);

/** Build the notification from a scan, with the server's own path → URI conversion. */
export function toStatusParams(
  scan: { checks: CheckResults; skipped: { path: string; format: FormatId | undefined; reason: string }[]; configErrors: Record<string, string[]> },
  meta: { revision: number; roots: string[]; scanning: boolean },
  toUri: (path: string) => string,
): ChecklistStatusParams {
  const withUri = (f: LocatedFinding): ChecklistFinding => ({ ...f, uri: toUri(f.path) });
  const items: ChecklistStatusParams['checks']['items'] = {};
  for (const [id, check] of Object.entries(scan.checks.items)) items[id] = { ...check, findings: check.findings.map(withUri) };
  return {
    ...meta,
    checks: { items, filesByFormat: scan.checks.filesByFormat, otherFindings: scan.checks.otherFindings.map(withUri) },
    skipped: scan.skipped.map((s) => ({ ...s, uri: toUri(s.path) })),
    configErrors: scan.configErrors,
  };
}
