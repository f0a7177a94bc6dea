/**
 * Every regular expression in the rules and formats, fed adversarial text
 * (long runs of the characters it mentions, alternating pairs, a failing
 * character at the end) must finish quickly: no catastrophic backtracking on
 * a config line someone crafted. Expressions are collected from the sources
 * with the TypeScript parser: literals, and RegExp(...) with literal patterns.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';
import { walkFiles } from '../../server/node/walk';
import { repoPath } from '../harness/paths';

interface Found {
  where: string;
  regex: RegExp;
}

function collect(): { found: Found[]; dynamic: string[] } {
  const found: Found[] = [];
  const dynamic: string[] = [];
  for (const top of [repoPath('rules'), repoPath('server', 'formats'), repoPath('server', 'engine')]) {
    for (const path of walkFiles(top)) {
      if (!path.endsWith('.ts')) continue;
      const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
      const where = (node: ts.Node) => `${relative(repoPath(), path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      const visit = (node: ts.Node): void => {
        if (ts.isRegularExpressionLiteral(node)) {
          const text = node.text;
          const slash = text.lastIndexOf('/');
          found.push({ where: where(node), regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
        } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
          const [pattern, flags] = node.arguments ?? [];
          if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
            found.push({ where: where(node), regex: new RegExp(pattern.text, flags ? (flags as ts.StringLiteral).text : '') });
          } else dynamic.push(where(node));
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
  }
  return { found, dynamic };
}

const BASE = [' ', '\t', '\n', 'a', 'A', '0', '"', "'", '\\', '/', '.', '-', ':', '=', '#', '$', '{', '}', '(', ')', ',', ';', '*', '@', 'é'];
const ESCAPES: Record<string, string> = { s: ' ', d: '0', w: 'a', t: '\t', n: '\n', r: '\r' };

/** Characters the pattern mentions, literally or through \s \d \w \t \n \r. */
function alphabet(regex: RegExp): string[] {
  const chars = new Set<string>();
  const src = regex.source;
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\\' && i + 1 < src.length) {
      const e = src[++i]!;
      chars.add(ESCAPES[e] ?? e);
    } else if (!'^$|?+*()[]{}'.includes(src[i]!)) chars.add(src[i]!);
  }
  return [...chars].slice(0, 16);
}

function adversarialInputs(regex: RegExp, length: number): string[] {
  const own = alphabet(regex);
  const inputs: string[] = [];
  for (const c of new Set([...own, ...BASE])) inputs.push(c.repeat(length) + '\u0001', c.repeat(length));
  for (const a of own) for (const b of own) if (a !== b) inputs.push((a + b).repeat(length / 2) + '\u0001');
  // Near-matches: the pattern's own text repeated, then a character that breaks it.
  const literal = own.join('');
  if (literal) inputs.push(literal.repeat(Math.ceil(length / literal.length)) + '\u0001');
  return inputs;
}

describe('regular expressions resist catastrophic backtracking', () => {
  const { found, dynamic } = collect();

  it('finds the expressions of every format and rule set', () => {
    assert.ok(found.length > 200, `only ${found.length} expressions found`);
    for (const dir of ['rules/compose', 'rules/nginx', 'rules/redis', 'rules/postgresql', 'server/formats/nginx', 'server/formats/redis', 'server/formats/postgresql', 'server/formats/compose']) {
      assert.ok(found.some((f) => f.where.startsWith(dir)), `no expression found under ${dir}`);
    }
    // Patterns built at run time come from escaped literals or globs (glob.ts escapes all but * ? [ {).
    assert.ok(dynamic.length < 20, `${dynamic.length} dynamic patterns: ${dynamic.join(', ')}`);
  });

  it('every expression runs in linear-ish time on 8,000-character adversarial lines', () => {
    const slow: string[] = [];
    for (const { where, regex } of found) {
      const inputs = adversarialInputs(regex, 8000);
      const t0 = performance.now();
      for (const input of inputs) {
        regex.lastIndex = 0;
        regex.test(input);
        if (regex.global || regex.sticky) input.replace(new RegExp(regex.source, regex.flags), '');
      }
      const ms = performance.now() - t0;
      if (ms > 400) slow.push(`${where} /${regex.source}/${regex.flags}: ${ms.toFixed(0)} ms`);
    }
    assert.deepEqual(slow, []);
  });
});
