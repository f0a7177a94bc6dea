/**
 * Engine throughput: per format, lint of the real corpus and of generated
 * large files, the cost of linting relative to the bare parse of the same
 * text, and the memory a lint result holds.
 */
import { dirname } from 'node:path';
import type { Linter } from '../../../server/engine/linter';
import { FsHost } from '../../../server/node/fs-host';
import type { FileHost, FormatId } from '../../../server/engine/types';
import { composeLines, corpusByFormat, nginxSingle, nginxWithIncludes, stockPgHba, stockPostgresql, stockRedis, type Input } from './inputs';
import { mb, memoryOf, ms, perSecond, timeWithin, type Row } from './measure';

let coldRun = 0;
/**
 * Compose parses and section results are cached per path and text, so a
 * repeated lint of one file costs a fraction of the first. Throughput rows
 * measure the first lint: each run gets a path of its own.
 */
export function coldPath(path: string, format: FormatId): string {
  return format === 'compose' ? path.replace(/[^/]*$/, (name) => `cold-${coldRun++}/${name}`) : path;
}

function parseAndLint(linter: Linter, input: Input, host: FileHost | undefined): { parseMs: number; lintMs: number; findings: number } {
  const format = linter.format(input.format)!;
  const parseMs = timeWithin(1500, 3, () => linter.parse(format, input.text, coldPath(input.path, input.format)));
  let findings = 0;
  const lintMs = timeWithin(3000, 3, () => {
    findings = linter.lintText(input.text, { path: coldPath(input.path, input.format), format: input.format, ...(host ? { host } : {}) }).findings.length;
  });
  return { parseMs, lintMs, findings };
}

/** A re-lint after a one-line edit in the middle of the file, as while typing: unchanged sections are reused. */
function relintAfterEdit(linter: Linter, input: Input): number {
  const path = coldPath(input.path, input.format);
  const middle = input.text.indexOf('\n', input.text.length >> 1);
  let k = 0;
  linter.lintText(input.text, { path, format: input.format });
  return timeWithin(1500, 5, () => {
    const text = `${input.text.slice(0, middle)} # edit ${k++}${input.text.slice(middle)}`;
    linter.lintText(text, { path, format: input.format });
  });
}

function ratioRow(section: string, what: string, parseMs: number, lintMs: number): Row {
  const ratio = lintMs / parseMs;
  return { section, measure: `${what}: lint / parse`, value: `${ratio.toFixed(2)}×`, target: '≤ 2×', met: ratio <= 2 };
}

export function corpusRows(linter: Linter): Row[] {
  const rows: Row[] = [];
  for (const [format, samples] of corpusByFormat(linter)) {
    const bytes = samples.reduce((n, s) => n + s.text.length, 0);
    const f = linter.format(format)!;
    const parseMs = timeWithin(2000, 3, () => samples.forEach((s) => linter.parse(f, s.text, coldPath(s.path, format))));
    const lintMs = timeWithin(4000, 3, () => samples.forEach((s) => linter.lintText(s.text, { path: coldPath(s.path, format), format })));
    const section = `engine: ${format} corpus`;
    rows.push({ section, measure: `${samples.length} files, ${(bytes / 1024).toFixed(0)} KiB: lint all`, value: `${ms(lintMs)} (${perSecond(bytes, lintMs)})` });
    rows.push(ratioRow(section, 'corpus', parseMs, lintMs));
  }
  return rows;
}

export function largeFileRows(linter: Linter): Row[] {
  const rows: Row[] = [];
  const inputs: { input: Input; host?: FileHost }[] = [
    { input: composeLines(10_000) },
    { input: nginxSingle(10_000) },
    ...[nginxWithIncludes(100, 100)].map((input) => ({ input, host: new FsHost({ roots: [dirname(input.path)] }) as FileHost })),
    { input: stockRedis(10) },
    { input: stockPostgresql(10) },
    { input: stockPgHba(10) },
  ];
  for (const { input, host } of inputs) {
    const section = `engine: ${input.format} large`;
    const { parseMs, lintMs, findings } = parseAndLint(linter, input, host);
    const bytes = input.text.length + (input.extraBytes ?? 0);
    rows.push({ section, measure: `${input.name} (${mb(bytes)}): parse`, value: ms(parseMs) });
    rows.push({ section, measure: `${input.name}: lint, ${findings} findings`, value: `${ms(lintMs)} (${perSecond(bytes, lintMs)})` });
    // With includes, the parse of the included files happens inside the lint: no like-for-like ratio.
    if (!input.extraBytes) rows.push(ratioRow(section, input.name, parseMs, lintMs));
    if (input.format === 'compose') rows.push({ section, measure: `${input.name}: re-lint after a one-line edit (unchanged services reused)`, value: ms(relintAfterEdit(linter, input)) });
    const mem = memoryOf(() => linter.lintText(input.text, { path: input.path, format: input.format as FormatId, ...(host ? { host } : {}) }));
    rows.push({ section, measure: `${input.name}: heap held by the result / RSS`, value: `${mb(mem.heapDelta)} / ${mb(mem.rss)}` });
  }
  return rows;
}
