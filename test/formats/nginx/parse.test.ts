import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { parseNginx, walkNginxDirectives, setNginxFilePath } from '../../../server/formats/nginx';
import type { NginxDirective } from '../../../server/formats/nginx';

const parse = (text: string) => parseNginx(text, '/etc/nginx/nginx.conf');

/** Name and argument values of every directive, nested as blocks nest. */
type Shape = [string, string[], Shape[]?];
function shape(directives: NginxDirective[]): Shape[] {
  return directives.map((d) => (d.block ? [d.name, d.args.map((a) => a.value), shape(d.block.children)] : [d.name, d.args.map((a) => a.value)]));
}
const problems = (text: string) => parse(text).problems.map((p) => [p.span.start, p.span.end, p.message]);

test('directive, argument and terminator offsets', () => {
  const text = 'listen 80 default_server;\n';
  const { file, problems } = parse(text);
  assert.deepEqual(problems, []);
  const d = file.directives[0]!;
  assert.equal(d.name, 'listen');
  assert.deepEqual(d.nameSpan, { start: 0, end: 6 });
  assert.deepEqual(d.span, { start: 0, end: 25 });
  assert.deepEqual(d.args.map((a) => [a.value, a.span.start, a.span.end, a.quote]), [
    ['80', 7, 9, null],
    ['default_server', 10, 24, null],
  ]);
  assert.equal(d.file, '/etc/nginx/nginx.conf');
  assert.equal(file.path, '/etc/nginx/nginx.conf');
});

test('quoted strings keep raw text and unescape like nginx', () => {
  const text = `add_header X "a \\"b\\" \\\\ \\t\\n\\r \\x" 'it\\'s';`;
  const d = parse(text).file.directives[0]!;
  const [, dq, sq] = d.args;
  assert.equal(dq!.raw, `"a \\"b\\" \\\\ \\t\\n\\r \\x"`);
  assert.equal(dq!.value, 'a "b" \\ \t\n\r \\x');
  assert.equal(dq!.quote, '"');
  assert.deepEqual(dq!.span, { start: 13, end: 13 + dq!.raw.length });
  assert.equal(sq!.value, "it's");
  assert.equal(sq!.quote, "'");
  assert.equal(text.slice(sq!.span.start, sq!.span.end), `'it\\'s'`);
});

test('a quote inside a word is an ordinary character; a backslash keeps a separator in the word', () => {
  assert.deepEqual(shape(parse('a b"c d\\ e\\;f;').file.directives), [['a', ['b"c', 'd\\ e\\;f']]]);
});

test('${var} does not open a block, a bare { after a word does', () => {
  const { file, problems } = parse('set $a "${b}";\nreturn 200 ${host}x;');
  assert.deepEqual(problems, []);
  assert.deepEqual(shape(file.directives), [['set', ['$a', '${b}']], ['return', ['200', '${host}x']]]);
  assert.deepEqual(file.directives[1]!.args[1]!.span, { start: 26, end: 34 });
});

test('# starts a comment only at the start of a token', () => {
  const text = 'a b#c; # real\nd #x\n e;';
  const { file, problems } = parse(text);
  assert.deepEqual(problems, []);
  assert.deepEqual(shape(file.directives), [['a', ['b#c']], ['d', ['e']]]);
  assert.deepEqual(file.comments.map((c) => [c.text, c.span.start, c.span.end]), [
    [' real', 7, 13],
    ['x', 16, 18],
  ]);
  assert.equal(file.directives[0]!.trailingComment, file.comments[0]);
  assert.equal(file.directives[1]!.trailingComment, undefined);
});

test('} inside a word belongs to the word, as in nginx', () => {
  assert.deepEqual(shape(parse('s { return 200 ok}; }').file.directives), [['s', [], [['return', ['200', 'ok}']]]]]);
});

test('trailing comments attach to the directive or block ending on that line', () => {
  const text = 'server { # opens\n  listen 80; # port\n} # end\n# own line\n';
  const { file } = parse(text);
  const server = file.directives[0]!;
  assert.equal(server.trailingComment?.text, ' end');
  assert.equal(server.block!.children[0]!.trailingComment?.text, ' port');
  assert.deepEqual(server.block!.comments.map((c) => c.text), [' opens', ' port']);
  assert.deepEqual(file.comments.map((c) => c.text), [' end', ' own line']);
});

test('blocks keep brace offsets, parent links and nesting', () => {
  const text = 'http {\n  server {\n    location / { return 204; }\n  }\n}\n';
  const { file, problems } = parse(text);
  assert.deepEqual(problems, []);
  const http = file.directives[0]!;
  const server = http.block!.children[0]!;
  const location = server.block!.children[0]!;
  assert.deepEqual([http.block!.open, http.block!.close, http.block!.closed], [5, 54, true]);
  assert.deepEqual(http.span, { start: 0, end: 54 });
  assert.deepEqual([location.block!.open, location.block!.close], [33, 48]);
  assert.equal(server.parent, http);
  assert.equal(location.parent, server);
  assert.equal(location.block!.children[0]!.parent, location);
  assert.equal(http.parent, undefined);
  assert.deepEqual(walkNginxDirectives(file).map((d) => d.name), ['http', 'server', 'location', 'return']);
});

test('if conditions with braces in a quoted regex, and ")" after a quote', () => {
  const text = 'if ($request_uri ~* "^/(a|b){2}") { return 403; }';
  const { file, problems } = parse(text);
  assert.deepEqual(problems, []);
  assert.deepEqual(shape(file.directives), [['if', ['($request_uri', '~*', '^/(a|b){2}', ')'], [['return', ['403']]]]]);
  assert.deepEqual(file.directives[0]!.args[3]!.span, { start: 32, end: 33 });
});

test('an unquoted regex quantifier is kept in the word and reported (nginx would open a block)', () => {
  const text = 'if ($uri ~ ^/x{1,3}$) { return 403; }';
  const { file, problems } = parse(text);
  assert.deepEqual(shape(file.directives), [['if', ['($uri', '~', '^/x{1,3}$)'], [['return', ['403']]]]]);
  assert.deepEqual(problems.map((p) => [p.span.start, p.span.end]), [[14, 19]]);
  assert.match(problems[0]!.message, /quote/);
});

test('map, types and geo bodies are entries named by their first word', () => {
  const text = 'map $uri $bad { default 0; ~^/admin 1; "~*\\.php$" 1; }\ntypes { text/html html htm; }';
  const { file, problems } = parse(text);
  assert.deepEqual(problems, []);
  assert.deepEqual(shape(file.directives), [
    ['map', ['$uri', '$bad'], [['default', ['0']], ['~^/admin', ['1']], ['~*\\.php$', ['1']]]],
    ['types', [], [['text/html', ['html', 'htm']]]],
  ]);
});

test('*_by_lua_block bodies are read verbatim as Lua', () => {
  const body = ' local s = "}" -- } comment\n local t = [==[ } ]==] --[[ { ]] if x then y = {a={}} end ';
  const text = `content_by_lua_block {${body}}\nlisten 80;`;
  const { file, problems } = parse(text);
  assert.deepEqual(problems, []);
  const lua = file.directives[0]!;
  assert.equal(lua.block!.raw!.text, body);
  assert.deepEqual(lua.block!.raw!.span, { start: 22, end: 22 + body.length });
  assert.deepEqual(lua.block!.children, []);
  assert.equal(lua.block!.close, 23 + body.length);
  assert.deepEqual(shape(file.directives.slice(1)), [['listen', ['80']]]);
});

test('an unclosed lua block is reported at its brace', () => {
  assert.deepEqual(problems('init_by_lua_block { x = "}"'), [[18, 19, '"init_by_lua_block" block is not closed: missing "}"']]);
});

test('unclosed block: problem at its "{", naming the directive; the rest still parses', () => {
  const text = 'http {\n  server {\n    listen 80;\n';
  const { file, problems } = parse(text);
  assert.deepEqual(problems.map((p) => [p.span.start, p.span.end, p.message]), [
    [16, 17, '"server" block is not closed: missing "}"'],
    [5, 6, '"http" block is not closed: missing "}"'],
  ]);
  const http = file.directives[0]!;
  assert.equal(http.block!.closed, false);
  assert.equal(http.block!.close, text.length);
  assert.equal(http.span.end, text.length);
  assert.deepEqual(shape(file.directives), [['http', [], [['server', [], [['listen', ['80']]]]]]]);
});

test('stray "}" is reported at it and skipped', () => {
  const text = 'events {}\n}\nhttp {}';
  const { file, problems } = parse(text);
  assert.deepEqual(problems.map((p) => [p.span.start, p.span.end]), [[10, 11]]);
  assert.deepEqual(shape(file.directives), [['events', [], []], ['http', [], []]]);
});

test('missing ";" before "}" or at the end: problem right after the last argument', () => {
  assert.deepEqual(problems('server { listen 80 }'), [[18, 18, 'missing ";" after "listen"']]);
  assert.deepEqual(problems('worker_processes auto\n'), [[21, 21, 'missing ";" after "worker_processes"']]);
  const { file } = parse('server { listen 80 }');
  assert.deepEqual(file.directives[0]!.block!.children[0]!.span, { start: 9, end: 18 });
});

test('unclosed string, stray ";" and "{", and glued text after a quote', () => {
  assert.deepEqual(problems('return 200 "abc;\n'), [[11, 12, 'string is not closed: missing "']]);
  assert.deepEqual(problems('a 1;;'), [[4, 5, 'unexpected ";": no directive before it']]);
  assert.deepEqual(problems('"a"b;').map((p) => p.slice(0, 2)), [[3, 4]]);
  const nameless = parse('http { { listen 80; } server {} }');
  assert.deepEqual(nameless.problems.map((p) => [p.span.start, p.span.end]), [[7, 8]]);
  assert.deepEqual(shape(nameless.file.directives), [['http', [], [['listen', ['80']], ['server', [], []]]]]);
  assert.equal(nameless.file.directives[0]!.block!.children[0]!.parent?.name, 'http');
});

test('CRLF line endings: comments exclude the CR, offsets count it', () => {
  const text = 'a 1; # c\r\nb 2;\r\n';
  const { file, problems } = parse(text);
  assert.deepEqual(problems, []);
  assert.deepEqual(file.comments[0]!.span, { start: 5, end: 8 });
  assert.equal(file.comments[0]!.text, ' c');
  assert.deepEqual(file.directives[1]!.span, { start: 10, end: 14 });
});

test('a byte order mark is skipped and reported (nginx reads it into the first name)', () => {
  const { file, problems } = parse('\ufeffevents {}');
  assert.deepEqual(file.directives[0]!.nameSpan, { start: 1, end: 7 });
  assert.deepEqual(problems.map((p) => [p.span.start, p.span.end]), [[0, 1]]);
});

test('empty, whitespace-only and comment-only files', () => {
  for (const text of ['', '  \n\t\r\n', '# only a comment']) {
    const { file, problems } = parse(text);
    assert.deepEqual([file.directives, problems], [[], []]);
  }
});

test('NUL bytes are ordinary word characters and never throw', () => {
  const { file, problems } = parse('a\u0000b 1;\u0000');
  assert.equal(file.directives[0]!.name, 'a\u0000b');
  assert.deepEqual(problems.map((p) => [p.span.start, p.span.end]), [[7, 7]]);
});

test('10,000 nested blocks parse without overflowing the stack', () => {
  const depth = 10000;
  const text = 'a {'.repeat(depth) + 'x 1;' + '}'.repeat(depth);
  const { file, problems } = parse(text);
  assert.deepEqual(problems, []);
  const all = walkNginxDirectives(file);
  assert.equal(all.length, depth + 1);
  assert.equal(all[all.length - 1]!.name, 'x');
  assert.equal(all[all.length - 1]!.parent, all[depth - 1]);
  const unclosed = parse('a {'.repeat(depth));
  assert.equal(unclosed.problems.length, depth);
});

test('setNginxFilePath stamps the tree parsed without a path', () => {
  const { file } = parseNginx('http { server {} }', '');
  setNginxFilePath(file, '/srv/site.conf');
  assert.deepEqual(walkNginxDirectives(file).map((d) => d.file), ['/srv/site.conf', '/srv/site.conf']);
});
