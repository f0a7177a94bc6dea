/**
 * Table-driven rule tests in the manner of ESLint's RuleTester: every valid
 * case must produce no finding from the rule; every invalid case must produce
 * exactly the listed findings (1-based line/column ranges, message id) and,
 * after its preferred fixes are applied, exactly `output`. The fixed output is
 * re-linted: it must parse and keep only the findings that had no preferred fix,
 * and fixing it again must change nothing.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Linter } from '../../server/engine/linter';
import { fixAll } from '../../server/engine/fix-all';
import { applyEdits } from '../../server/engine/edits';
import { emptyConfig, type Config } from '../../server/engine/config';
import { SourceFile } from '../../server/engine/source';
import type { FileHost, Finding, Rule } from '../../server/engine/types';
import { ALL_FORMATS } from '../../server/formats';

export interface ExpectedError {
  messageId?: string;
  /** Substring the message must contain. */
  message?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity?: Finding['severity'];
  /** Titles of all fixes offered, in order, when given. */
  fixTitles?: string[];
  /**
   * The text after applying each fix of this finding on its own, in order,
   * when given: how fixes that are only offered (not preferred, so `--fix`
   * leaves them) are tested. Each result must parse.
   */
  fixOutputs?: string[];
}

interface CaseBase {
  code: string;
  name?: string;
  options?: Record<string, unknown>;
  filename?: string;
  host?: FileHost;
}

export type ValidCase = string | CaseBase;

export interface InvalidCase extends CaseBase {
  errors: ExpectedError[];
  /** Text after applying preferred fixes; null when no preferred fix exists. */
  output: string | null;
}

const DEFAULT_FILENAMES: Record<string, string> = {
  compose: '/work/project/docker-compose.yml',
  nginx: '/work/project/nginx/nginx.conf',
  postgresql: '/work/project/postgresql.conf',
  'pg-hba': '/work/project/pg_hba.conf',
  redis: '/work/project/redis.conf',
};

function configFor(rule: Rule, options: Record<string, unknown> | undefined): Config {
  const config = emptyConfig();
  config.rules[rule.meta.id] = options ? { options } : {};
  return config;
}

function lintOnly(linter: Linter, rule: Rule, c: CaseBase): Finding[] {
  const path = c.filename ?? DEFAULT_FILENAMES[rule.format]!;
  const result = linter.lintText(c.code, { path, format: rule.format, config: configFor(rule, c.options), ...(c.host ? { host: c.host } : {}) });
  return result.findings;
}

function describeFinding(source: SourceFile, f: Finding): string {
  const s = source.positionAt(f.span.start);
  const e = source.positionAt(f.span.end);
  return `${f.ruleId} ${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ${f.message}`;
}

export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const formats = ALL_FORMATS.filter((f) => f.id === rule.format);
  const linter = new Linter(formats, [rule]);
  describe(rule.meta.id, () => {
    it('has both valid and invalid cases', () => {
      assert.ok(cases.valid.length > 0, 'no valid cases');
      assert.ok(cases.invalid.length > 0, 'no invalid cases');
    });
    cases.valid.forEach((raw, i) => {
      const c: CaseBase = typeof raw === 'string' ? { code: raw } : raw;
      it(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const source = new SourceFile(c.code);
        const findings = lintOnly(linter, rule, c);
        assert.deepEqual(findings.map((f) => describeFinding(source, f)), []);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const source = new SourceFile(c.code);
        const findings = lintOnly(linter, rule, c);
        const parseErrors = findings.filter((f) => f.ruleId !== rule.meta.id);
        assert.deepEqual(parseErrors.map((f) => describeFinding(source, f)), [], 'unexpected parse problems');
        const actual = findings.map((f) => {
          const s = source.positionAt(f.span.start);
          const e = source.positionAt(f.span.end);
          return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, f };
        });
        assert.equal(
          actual.length,
          c.errors.length,
          `expected ${c.errors.length} finding(s), got:\n${findings.map((f) => describeFinding(source, f)).join('\n')}`,
        );
        c.errors.forEach((expected, j) => {
          const got = actual[j]!;
          assert.deepEqual(
            { line: got.line, column: got.column, endLine: got.endLine, endColumn: got.endColumn },
            { line: expected.line, column: expected.column, endLine: expected.endLine, endColumn: expected.endColumn },
            `range of finding ${j + 1}: ${describeFinding(source, got.f)}`,
          );
          if (expected.messageId) {
            const template = rule.meta.messages[expected.messageId];
            assert.ok(template !== undefined, `unknown messageId ${expected.messageId}`);
            const pattern = new RegExp('^' + template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\\\{\s*\w+\s*\\\}\\\}/g, '[\\s\\S]*') + '$');
            assert.match(got.f.message, pattern, `message of finding ${j + 1}`);
          }
          if (expected.message) assert.ok(got.f.message.includes(expected.message), `message "${got.f.message}" lacks "${expected.message}"`);
          if (expected.severity) assert.equal(got.f.severity, expected.severity);
          if (expected.fixTitles) assert.deepEqual(got.f.fixes.map((x) => x.title), expected.fixTitles);
          if (expected.fixOutputs) {
            const outputs = got.f.fixes.map((x) => applyEdits(c.code, x.edits));
            assert.deepEqual(outputs, expected.fixOutputs, `text after each fix of finding ${j + 1}`);
            for (const out of outputs) {
              const problems = lintOnly(linter, rule, { ...c, code: out }).filter((f) => f.ruleId !== rule.meta.id);
              assert.deepEqual(problems.map((f) => describeFinding(new SourceFile(out), f)), [], 'text after an offered fix does not parse');
            }
          }
          for (const fix of got.f.fixes) {
            // A generated secret must reach the user, not a batch run: reports and --fix never carry one.
            if (fix.generatedSecret !== undefined) assert.ok(!fix.isPreferred, `fix "${fix.title}" generates a secret and must not be preferred`);
            if (fix.changesBehavior) assert.match(fix.title, /change|bind|restrict|runtime|behaviou?r|clients|restart/i, `fix "${fix.title}" changes behaviour but its title does not say so`);
            for (const e of fix.edits) {
              assert.ok(e.start >= 0 && e.end <= c.code.length && e.start <= e.end, `fix edit out of range in "${fix.title}"`);
            }
          }
          assert.ok(got.f.fixes.filter((x) => x.isPreferred).length <= 1, 'more than one preferred fix');
        });
        const path = c.filename ?? DEFAULT_FILENAMES[rule.format]!;
        const options = { path, format: rule.format, config: configFor(rule, c.options), ...(c.host ? { host: c.host } : {}) };
        const fixed = fixAll(linter, c.code, options);
        if (c.output === null) {
          assert.equal(fixed.text, c.code, 'a preferred fix was applied but output is null');
          return;
        }
        assert.equal(fixed.text, c.output, 'fixed output');
        const relint = linter.lintText(fixed.text, options).findings;
        const fixedSource = new SourceFile(fixed.text);
        assert.deepEqual(
          relint.filter((f) => f.ruleId !== rule.meta.id).map((f) => describeFinding(fixedSource, f)),
          [],
          'fixed output does not parse',
        );
        const unfixable = findings.filter((f) => !f.fixes.some((x) => x.isPreferred)).length;
        assert.equal(
          relint.length,
          unfixable,
          `fixed output should keep only the ${unfixable} finding(s) without a preferred fix:\n${relint.map((f) => describeFinding(fixedSource, f)).join('\n')}`,
        );
        assert.equal(fixAll(linter, fixed.text, options).text, fixed.text, 'fixing twice changed the text');
      });
    });
  });
}
