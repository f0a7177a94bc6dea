/**
 * The parser against the real nginx (Debian's /usr/sbin/nginx, run as
 * `nginx -t` on a throwaway prefix).
 *
 * Accept/reject: whenever we report a problem nginx must reject the config,
 * and whenever nginx reports a syntax error (its tokenizer's messages) we must
 * report a problem — on the same line unless nginx hit the end of the file.
 * nginx also rejects for reasons a syntax parser does not judge (unknown
 * directive, argument counts, missing files, unresolvable upstream hosts);
 * those runs only require that we report nothing before the line nginx
 * stopped at.
 *
 * Structure: `nginx -T` only prints the files it read, verbatim, so it cannot
 * show how nginx split them. Instead every statement we parse is written twice
 * into a `types {}` block, where nginx echoes the name and each argument it
 * read (see echoConfig); the echo must equal our tree's.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { parseNginx } from '../../../server/formats/nginx';
import type { NginxFile } from '../../../server/formats/nginx';
import { SourceFile } from '../../../server/engine/source';
import { corpusPath } from '../../harness/paths';
import { breakConfig, validLocationBody } from './generate';
import { NginxSandbox, actualEcho, echoConfig, expectedEcho, isSyntaxError, requireNginx, type NginxRun } from './nginx-oracle';

let sandbox: NginxSandbox;
before(() => {
  requireNginx();
  sandbox = new NginxSandbox();
});
after(() => sandbox?.dispose());

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/**
 * Compares one run with our problems; returns a description of a disagreement, or undefined.
 * Two of our problems sit earlier than where nginx notices them, by design: an
 * unclosed block is reported at its `{` (nginx notices at the end of the file)
 * and a missing `;` right after the last argument (nginx notices at the next token).
 */
function disagreement(text: string, problems: { span: { start: number }; message: string }[], run: NginxRun, path: string): string | undefined {
  const source = new SourceFile(text);
  const lastLine = source.lineCount;
  const lines = problems.map((p) => ({
    line: source.lineOf(p.span.start) + 1,
    noticed: /block is not closed/.test(p.message) ? lastLine : source.lineOf(p.span.start) + 1,
    missingSemicolon: /^missing ";"/.test(p.message),
  }));
  const ourLines = lines.map((l) => l.line);
  const inThisFile = run.errorFile === path;
  if (run.ok) return ourLines.length ? `nginx accepts, we report problems on lines ${ourLines.join(', ')}` : undefined;
  if (isSyntaxError(run)) {
    if (!ourLines.length) return `nginx: ${run.error} (line ${run.errorLine}), we report nothing`;
    const atEnd = /end of file/.test(run.error!);
    const matches = lines.some((l) => l.line === run.errorLine || (l.missingSemicolon && l.line < run.errorLine!));
    if (inThisFile && !atEnd && !matches) return `nginx: ${run.error} on line ${run.errorLine}, we report lines ${ourLines.join(', ')}`;
    return undefined;
  }
  // A semantic stop: nothing we notice before it may be a syntax problem.
  if (inThisFile && lines.some((l) => l.noticed < run.errorLine!)) {
    return `nginx stops at line ${run.errorLine} (${run.error}), we report earlier lines ${ourLines.join(', ')}`;
  }
  return undefined;
}

function levelOf(file: NginxFile): 'main' | 'http' | 'server' {
  const names = new Set(file.directives.map((d) => d.name));
  if (names.has('events') || names.has('http')) return 'main';
  if (names.has('server') || names.has('upstream') || names.has('map') || names.has('types')) return 'http';
  if (names.has('location') || names.has('listen') || names.has('server_name')) return 'server';
  return 'http';
}

function checkEcho(text: string, file: NginxFile, label: string): number {
  const { config, statements } = echoConfig(text, file);
  const run = sandbox.test(sandbox.write(`echo-${Math.random().toString(36).slice(2)}.conf`, config));
  assert.ok(run.ok, `${label}: nginx rejects our statements in types {}: ${run.error} (line ${run.errorLine})`);
  assert.deepEqual(actualEcho(run.output), expectedEcho(statements), `${label}: nginx tokenized a statement differently`);
  return statements.length;
}

test('corpus: nginx and the parser agree on every file', () => {
  const root = corpusPath('nginx');
  const summary = { files: 0, accepted: 0, semantic: 0, statements: 0 };
  const failures: string[] = [];
  for (const path of files(root)) {
    const text = readFileSync(path, 'utf8');
    const { file, problems } = parseNginx(text, path);
    const level = levelOf(file);
    const run = level === 'main' ? { ...sandbox.test(path), path } : sandbox.testAt(text, level);
    const name = relative(root, path);
    summary.files++;
    if (run.ok) summary.accepted++;
    else if (!isSyntaxError(run)) summary.semantic++;
    const problem = disagreement(text, problems, run, level === 'main' ? path : run.path);
    if (problem) failures.push(`${name}: ${problem}`);
    if (problems.length === 0) summary.statements += checkEcho(text, file, name);
  }
  assert.deepEqual(failures, []);
  assert.ok(summary.statements > 1000, `only ${summary.statements} statements compared`);
  console.log(`corpus differential: ${JSON.stringify(summary)}`);
});

test('generated configs: valid ones are accepted by both with the same tokens; broken ones rejected by both', () => {
  const failures: string[] = [];
  let accepted = 0;
  let rejected = 0;
  for (let seed = 1; seed <= 150; seed++) {
    const valid = validLocationBody(seed);
    const cases = [{ text: valid, how: 'valid' }];
    const broken = breakConfig(valid, seed * 7919);
    if (broken) cases.push(broken);
    for (const { text, how } of cases) {
      const { file, problems } = parseNginx(text, 'generated.conf');
      const run = sandbox.testAt(text, 'location');
      if (how === 'valid' && !run.ok) failures.push(`seed ${seed}: generator produced a config nginx rejects: ${run.error}\n${text}`);
      if (run.ok) accepted++;
      else rejected++;
      const problem = disagreement(text, problems, run, run.path);
      if (problem) failures.push(`seed ${seed} (${how}): ${problem}\n${JSON.stringify(text)}`);
      if (problems.length === 0 && run.ok) checkEcho(text, file, `seed ${seed} (${how})`);
    }
  }
  assert.deepEqual(failures, []);
  assert.ok(accepted > 150 && rejected > 50, `accepted ${accepted}, rejected ${rejected}`);
});

test('hand-written edge cases agree with nginx', () => {
  const cases: Array<[string, 'main' | 'http' | 'location']> = [
    ['\ufeffevents {}\n', 'main'],
    ['events {}\nhttp {}\n}\n', 'main'],
    ['events {}\nhttp {\n', 'main'],
    ['events {}\n;\n', 'main'],
    ['events {}\nhttp { { } }\n', 'main'],
    ['return 200 ok};', 'location'],
    ['return 200 "a"x;', 'location'],
    ['return 200 "a"}', 'location'],
    ['return 200 "unclosed;\n', 'location'],
    ['return 200 a\n', 'location'],
    ['if ($uri ~ ^/x{1,3}$) { return 403; }', 'location'],
    ['if ($uri ~ "^/x{1,3}$") { return 403; }', 'location'],
    ['add_header X a#b;#c\nadd_header Y "$uri${uri}";', 'location'],
    ['map $uri $m { default 0; "~^/(a|b){2}" 1; }\r\n', 'http'],
    ['types { text/html html; }\n', 'http'],
    ['add_header X "a\\"b" always;', 'location'],
  ];
  const failures: string[] = [];
  for (const [text, level] of cases) {
    const { problems } = parseNginx(text, 'case.conf');
    const run = sandbox.testAt(text, level);
    const problem = disagreement(text, problems, run, run.path);
    if (problem) failures.push(`${JSON.stringify(text)}: ${problem}`);
  }
  assert.deepEqual(failures, []);
});
