/**
 * pg_hba.conf parser, following the server's tokenizer (hba.c): fields split
 * on blanks, lists on commas, `"…"` quoting, `#` comments, `@file` and
 * `+group` items, and a backslash at the end of a line continuing the record.
 * Problems the server reports when it loads the file become problem spans.
 */
import type { ParseProblem, ParseResult, Span } from '../../engine/types';
import type { SourceFile } from '../../engine/source';
import { maskPrefix, parseCidr, parseIp } from './hba-address';
import {
  AUTH_METHODS,
  RECORD_TYPES,
  type HbaAddress,
  type HbaField,
  type HbaInclude,
  type HbaRecord,
  type HbaRecordType,
  type HbaToken,
  type PgHbaFile,
} from './hba-model';

/** A record's text with backslash continuations joined, and the file offset of each character. */
interface LogicalLine {
  text: string;
  offsets: number[];
  line: number;
  endLine: number;
}

function logicalLines(source: SourceFile): LogicalLine[] {
  const out: LogicalLine[] = [];
  let current: LogicalLine | undefined;
  for (let line = 0; line < source.lineCount; line++) {
    const text = source.lineText(line);
    const start = source.lineStart(line);
    const continued = text.endsWith('\\');
    const kept = continued ? text.slice(0, -1) : text;
    current ??= { text: '', offsets: [], line, endLine: line };
    for (let i = 0; i < kept.length; i++) current.offsets.push(start + i);
    current.text += kept;
    current.endLine = line;
    if (!continued) {
      current.offsets.push(start + kept.length);
      out.push(current);
      current = undefined;
    }
  }
  if (current) {
    current.offsets.push(source.text.length);
    out.push(current);
  }
  return out;
}

const isBlank = (c: string): boolean => c === ' ' || c === '\t' || c === '\r';

/**
 * Fields of a logical line. As in the server, only a comma that ends a token
 * continues the list (`a, b` is one field; `a ,b` is two), and blanks and
 * commas before a token are skipped.
 */
function tokenizeFields(ll: LogicalLine): HbaField[] {
  const fields: HbaField[] = [];
  const s = ll.text;
  let i = 0;
  let listOpen = false;
  const spanOf = (from: number, to: number): Span => ({ start: ll.offsets[from]!, end: ll.offsets[Math.max(from, to - 1)]! + (to > from ? 1 : 0) });
  while (i < s.length) {
    while (i < s.length && (isBlank(s[i]!) || s[i] === ',')) i++;
    if (i >= s.length || s[i] === '#') break;
    const start = i;
    let text = '';
    let inQuote = false;
    let quoted = false;
    let trailingComma = false;
    while (i < s.length && (inQuote || !isBlank(s[i]!))) {
      const c = s[i]!;
      if (c === '#' && !inQuote) break;
      if (c === ',' && !inQuote) {
        trailingComma = true;
        break;
      }
      if (c === '"') {
        if (inQuote && s[i + 1] === '"') {
          text += '"';
          i += 2;
          continue;
        }
        inQuote = !inQuote;
        quoted = true;
      } else text += c;
      i++;
    }
    const token: HbaToken = { raw: s.slice(start, i), text, span: spanOf(start, i), quoted };
    const current = fields[fields.length - 1];
    if (listOpen && current) {
      current.items.push(token);
      current.span = { start: current.span.start, end: token.span.end };
    } else fields.push({ items: [token], span: token.span });
    listOpen = trailingComma;
    if (trailingComma) i++;
  }
  return fields;
}

function parseAddress(fields: HbaField[], index: number, problems: ParseProblem[]): { address: HbaAddress | undefined; next: number } {
  const field = fields[index]!;
  if (field.items.length > 1) {
    problems.push({ span: field.span, message: 'Multiple values in the address field: the server rejects this line.' });
  }
  const token = field.items[0]!;
  const keyword = token.quoted ? undefined : (['all', 'samehost', 'samenet'] as const).find((k) => k === token.text);
  if (keyword) return { address: { kind: keyword, token }, next: index + 1 };
  if (token.text.includes('/')) {
    const range = parseCidr(token.text);
    if (!range) {
      problems.push({ span: token.span, message: `Invalid IP address range "${token.text}": the server rejects this line.` });
      return { address: undefined, next: index + 1 };
    }
    return { address: { kind: 'cidr', token, mask: undefined, range }, next: index + 1 };
  }
  const ip = parseIp(token.text);
  if (!ip) return { address: { kind: 'hostname', token }, next: index + 1 };
  // A plain address is followed by a netmask column.
  const maskField = fields[index + 1];
  const mask = maskField?.items[0];
  const prefix = mask ? maskPrefix(mask.text, ip.family) : undefined;
  if (!mask || prefix === undefined) {
    problems.push({
      span: mask ? mask.span : token.span,
      message: mask ? `Invalid IP mask "${mask.text}": the server rejects this line.` : 'An IP address needs a CIDR length or a netmask column: the server rejects this line.',
    });
    return { address: undefined, next: index + (mask ? 2 : 1) };
  }
  const range = parseCidr(`${token.text}/${prefix}`)!;
  return { address: { kind: 'cidr', token, mask, range }, next: index + 2 };
}

function parseLine(ll: LogicalLine, problems: ParseProblem[]): HbaRecord | HbaInclude | undefined {
  const fields = tokenizeFields(ll);
  if (fields.length === 0) return undefined;
  const first = fields[0]!.items[0]!;
  const lineSpan: Span = { start: fields[0]!.span.start, end: fields[fields.length - 1]!.span.end };
  const directive = (['include', 'include_if_exists', 'include_dir'] as const).find((d) => d === first.text && !first.quoted);
  if (directive) {
    const target = fields[1]?.items[0];
    if (!target || fields.length > 2) {
      problems.push({ span: lineSpan, message: `"${directive}" takes exactly one file or folder name.` });
      return undefined;
    }
    return { kind: 'include', directive, directiveToken: first, target, line: ll.line, span: lineSpan };
  }
  const type = RECORD_TYPES.find((t) => t === first.text);
  if (!type || fields[0]!.items.length > 1) {
    problems.push({ span: first.span, message: `Invalid connection type "${first.text}": expected local, host, hostssl, hostnossl, hostgssenc or hostnogssenc.` });
    return undefined;
  }
  const minFields = type === 'local' ? 4 : 5;
  if (fields.length < minFields) {
    problems.push({ span: lineSpan, message: `Incomplete "${type}" record: expected ${type === 'local' ? 'database, user and method' : 'database, user, address and method'}.` });
    return undefined;
  }
  let next = 3;
  let address: HbaAddress | undefined;
  if (type !== 'local') {
    const before = problems.length;
    ({ address, next } = parseAddress(fields, 3, problems));
    if (problems.length > before) return undefined;
  }
  const methodField = fields[next];
  if (!methodField) {
    problems.push({ span: lineSpan, message: 'Missing authentication method: the server rejects this line.' });
    return undefined;
  }
  const method = methodField.items[0]!;
  if (!(AUTH_METHODS as readonly string[]).includes(method.text) || methodField.items.length > 1) {
    problems.push({ span: methodField.span, message: `Invalid authentication method "${methodField.items.map((t) => t.text).join(',')}".` });
    return undefined;
  }
  const options = [];
  for (const field of fields.slice(next + 1)) {
    for (const token of field.items) {
      const eq = token.text.indexOf('=');
      if (eq <= 0) {
        problems.push({ span: token.span, message: `Authentication option "${token.text}" is not in name=value format.` });
        return undefined;
      }
      options.push({ name: token.text.slice(0, eq), value: token.text.slice(eq + 1), token });
    }
  }
  return {
    kind: 'record',
    type: type as HbaRecordType,
    typeToken: first,
    database: fields[1]!,
    user: fields[2]!,
    address,
    method,
    options,
    line: ll.line,
    endLine: ll.endLine,
    span: lineSpan,
  };
}

export function parsePgHba(source: SourceFile): ParseResult<PgHbaFile> {
  const problems: ParseProblem[] = [];
  const file: PgHbaFile = { entries: [], records: [] };
  for (const ll of logicalLines(source)) {
    const entry = parseLine(ll, problems);
    if (!entry) continue;
    file.entries.push(entry);
    if (entry.kind === 'record') file.records.push(entry);
  }
  return { tree: file, problems };
}
