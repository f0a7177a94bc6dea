/**
 * SARIF 2.1.0 output for code-scanning services. Regions are 1-based lines and
 * 1-based UTF-16 columns (SARIF's default column kind); files below the working
 * folder get URIs relative to the %SRCROOT% base.
 */
import { pathToFileURL } from 'node:url';
import { findItem, plainTitle } from '../../rules/checklist';
import { preferredFix } from '../engine/fix-all';
import type { Linter } from '../engine/linter';
import { PARSE_ERROR_RULE, RULE_FAILURE, UNKNOWN_RULE } from '../engine/linter';
import type { SourceFile } from '../engine/source';
import type { Finding, Severity, Span } from '../engine/types';
import { productInfo } from './product';
import type { FileReport, RunReport } from './report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

function region(source: SourceFile | undefined, span: Span): SarifRegion {
  if (!source) return { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
  const s = source.positionAt(span.start);
  const e = source.positionAt(span.end);
  return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

function artifactLocation(file: FileReport): SarifArtifactLocation {
  if (file.displayPath.startsWith('../') || file.displayPath.startsWith('/')) {
    return { uri: pathToFileURL(file.absPath).href };
  }
  return { uri: file.displayPath.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

interface RuleDescriptor {
  id: string;
  description: string;
  severity: Severity;
  checklist: string[];
  helpUri?: string;
}

function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s|$)/.exec(text);
  return m ? m[0] : text;
}

function ruleDescriptors(linter: Linter): RuleDescriptor[] {
  const { docsBaseUri } = productInfo();
  const rules: RuleDescriptor[] = [...linter.rules]
    .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
    .map((r) => ({
      id: r.meta.id,
      description: r.meta.description,
      severity: r.meta.severity,
      checklist: r.meta.checklist,
      ...(docsBaseUri ? { helpUri: `${docsBaseUri}${r.meta.id}.md` } : {}),
    }));
  rules.push(
    { id: PARSE_ERROR_RULE, description: 'The file could not be parsed; rules did not run on it.', severity: 'error', checklist: [] },
    { id: RULE_FAILURE, description: 'A rule failed on this file; its findings are missing.', severity: 'information', checklist: [] },
    { id: UNKNOWN_RULE, description: 'A suppression comment names a rule that does not exist or does not apply to this format, so it silences nothing.', severity: 'warning', checklist: [] },
  );
  return rules;
}

function sarifRule(rule: RuleDescriptor) {
  const titles = rule.checklist.map((id) => {
    const item = findItem(id);
    return item ? plainTitle(item.item.title) : id;
  });
  return {
    id: rule.id,
    shortDescription: { text: firstSentence(rule.description) },
    fullDescription: { text: rule.description },
    ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    properties: { tags: ['security', ...titles, ...rule.checklist.map((id) => `checklist:${id}`)] },
  };
}

function sarifResult(file: FileReport, finding: Finding, ruleIndex: Map<string, number>) {
  const location = artifactLocation(file);
  const fix = preferredFix(finding);
  const index = ruleIndex.get(finding.ruleId);
  return {
    ruleId: finding.ruleId,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: sarifLevel(finding.severity),
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: region(file.source, finding.span) } }],
    ...(fix
      ? {
          fixes: [
            {
              description: { text: fix.title },
              artifactChanges: [
                {
                  artifactLocation: location,
                  replacements: fix.edits.map((e) => ({
                    deletedRegion: region(file.source, e),
                    insertedContent: { text: e.newText },
                  })),
                },
              ],
            },
          ],
        }
      : {}),
  };
}

export function sarifLog(report: RunReport, linter: Linter) {
  const product = productInfo();
  const rules = ruleDescriptors(linter);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.files.flatMap((file) => file.findings.map((f) => sarifResult(file, f, ruleIndex)));
  const notifications = report.files
    .filter((f) => f.skipped)
    .map((file) => ({
      level: 'note',
      message: { text: `${file.displayPath} skipped: ${file.skipped}` },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(file) } }],
    }));
  const cwdUri = pathToFileURL(report.cwd).href.replace(/\/?$/, '/');
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: product.name,
            version: product.version,
            ...(product.informationUri ? { informationUri: product.informationUri } : {}),
            rules: rules.map(sarifRule),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: cwdUri } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
}

export function formatSarif(report: RunReport, linter: Linter): string {
  return JSON.stringify(sarifLog(report, linter), null, 2) + '\n';
}
