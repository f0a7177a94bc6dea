import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';
import { lines, memoryHost } from '../support/memory-host';

/** A server sending one policy; its value starts on line 3, column 41 (double quotes). */
const server = (policy: string, quote = '"'): string => `server {\n    listen 443 ssl;\n    add_header Content-Security-Policy ${quote}${policy}${quote} always;\n}\n`;
const OBJECT_FIX = "Add object-src 'none' (changes runtime behaviour: <object> and <embed> no longer load anything)";

const SNIPPET = '/work/project/nginx/snippets/csp.conf';
const TWO_POLICY_SNIPPET = `add_header Content-Security-Policy "default-src * 'unsafe-inline'" always;\nadd_header Content-Security-Policy "default-src 'self'" always;\n`;
const WEAK_SNIPPET = `add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'unsafe-inline'" always;\n`;

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    server("default-src 'self'"),
    { name: 'the checklist policy', code: server("default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'") },
    {
      name: "a strict policy: nonce with 'strict-dynamic' (https: and 'unsafe-inline' are for older browsers), no default-src needed",
      code: server("script-src 'nonce-r4nd0m' 'strict-dynamic' https: 'unsafe-inline'; object-src 'none'; base-uri 'none'"),
    },
    { name: "'unsafe-inline' beside a hash is ignored", code: server("default-src 'self'; script-src 'self' 'sha256-B2yPHKaXnvFWtRChIbabYmUBFZdVfKKXHbWtWidDVF8=' 'unsafe-inline'") },
    { name: "'unsafe-inline' beside a nonce from an nginx variable is ignored", code: server("default-src 'self'; script-src 'self' 'nonce-$request_id' 'unsafe-inline'") },
    { name: "'unsafe-inline' beside 'strict-dynamic' is ignored", code: server("default-src 'self'; script-src 'strict-dynamic' 'unsafe-inline'") },
    { name: "'unsafe-inline' and data: in default-src with script-src and object-src set: styles and images only", code: server("default-src 'self' 'unsafe-inline' data:; script-src 'self'; object-src 'none'") },
    { name: 'named hosts and wasm-unsafe-eval', code: server("default-src 'self'; script-src 'self' https://cdn.example.com 'wasm-unsafe-eval'; object-src 'none'") },
    { name: 'keywords in any case', code: server("DEFAULT-SRC 'SELF'; Script-Src 'Self'") },
    {
      name: "script-src-elem and script-src-attr govern inline scripts and handlers: 'unsafe-inline' in default-src covers only styles",
      code: server("default-src 'self' 'unsafe-inline'; script-src-elem 'self'; script-src-attr 'none'; object-src 'none'"),
    },
    {
      name: "'unsafe-inline' beside a nonce in script-src-elem and beside a hash in script-src-attr is ignored",
      code: server("default-src 'self'; script-src-elem 'nonce-r4nd0m' 'unsafe-inline'; script-src-attr 'unsafe-hashes' 'sha256-B2yPHKaXnvFWtRChIbabYmUBFZdVfKKXHbWtWidDVF8=' 'unsafe-inline'"),
    },
    { name: "'unsafe-inline' beside 'strict-dynamic' in script-src-attr is ignored: handlers are blocked", code: server("default-src 'self'; script-src-attr 'strict-dynamic' 'unsafe-inline'") },
    {
      name: 'with script-src-elem and script-src-attr set, script-src governs eval (and workers) only: its hosts are not judged',
      code: server("default-src 'self'; script-src * data:; script-src-elem 'self'; script-src-attr 'none'; object-src 'none'"),
    },
    { name: "eval is not checked against script-src-elem or script-src-attr, URLs not against script-src-attr", code: server("default-src 'self'; script-src-elem 'self' 'unsafe-eval'; script-src-attr * https: 'unsafe-eval'") },
    { name: 'sandbox without allow-scripts: no script or plugin runs, default-src is not needed', code: server('sandbox') },
    { name: 'sandbox (any case) without allow-scripts: script sources are not judged', code: server("SANDBOX Allow-Forms allow-popups; script-src 'unsafe-inline' 'unsafe-eval' *") },
    {
      name: 'a sandbox sent beside a weak policy blocks its scripts',
      code: `server {\n    add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'" always;\n    add_header Content-Security-Policy "sandbox" always;\n}\n`,
    },
    {
      name: 'values from variables are not judged (h5bp maps)',
      code: "server {\n    add_header Content-Security-Policy $csp always;\n    add_header Content-Security-Policy \"default-src 'self'; script-src $extra_sources\" always;\n}\n",
    },
    {
      name: 'two policies are both enforced: the stricter closes what the other opens',
      code: `server {\n    add_header Content-Security-Policy "default-src * 'unsafe-inline' 'unsafe-eval'" always;\n    add_header Content-Security-Policy "default-src 'self'" always;\n}\n`,
    },
    {
      name: 'a Report-Only policy beside an enforced one is a trial: its sources are not judged',
      code: `server {\n    add_header Content-Security-Policy "default-src 'self'" always;\n    add_header Content-Security-Policy-Report-Only "default-src 'self'; script-src 'self' 'unsafe-inline'" always;\n}\n`,
    },
    {
      name: 'a policy of the http level that every server replaces is never sent',
      code: `http {\n    add_header Content-Security-Policy "default-src *";\n    server {\n        add_header Content-Security-Policy "default-src 'self'";\n    }\n}\n`,
    },
    { name: 'an empty value sends no header', code: 'server {\n    add_header Content-Security-Policy "";\n}\n' },
    {
      name: 'a snippet judged inside the server that includes it, beside a stricter policy',
      code: WEAK_SNIPPET,
      filename: SNIPPET,
      host: memoryHost({
        '/work/project/nginx/nginx.conf': lines('events {}', 'http {', '    server {', '        include snippets/csp.conf;', `        add_header Content-Security-Policy "default-src 'self'" always;`, '    }', '}'),
        [SNIPPET]: WEAK_SNIPPET,
      }),
    },
    {
      name: 'a snippet no nginx.conf includes: its policies are sent together, the stricter closes what the other opens',
      code: TWO_POLICY_SNIPPET,
      filename: SNIPPET,
      host: memoryHost({ [SNIPPET]: TWO_POLICY_SNIPPET }),
    },
  ],
  invalid: [
    {
      name: "the checklist's counter-example: *, 'unsafe-inline' and 'unsafe-eval' in default-src, no object-src",
      code: server("default-src * 'unsafe-inline' 'unsafe-eval'"),
      errors: [
        {
          messageId: 'objectSrcOpen',
          message: 'default-src allows * and there is no object-src, so plugins (<object>, <embed>) load from any origin',
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 52,
          fixTitles: [OBJECT_FIX],
          fixOutputs: [server("default-src * 'unsafe-inline' 'unsafe-eval'; object-src 'none'")],
        },
        { messageId: 'wideSource', message: '* in default-src lets scripts and every resource without its own directive load from any origin.', line: 3, column: 53, endLine: 3, endColumn: 54, fixTitles: [] },
        { messageId: 'unsafeInline', message: "'unsafe-inline' in default-src (there is no script-src)", line: 3, column: 55, endLine: 3, endColumn: 70 },
        { messageId: 'unsafeEval', message: "'unsafe-eval' in default-src (there is no script-src)", line: 3, column: 71, endLine: 3, endColumn: 84 },
      ],
      output: null,
    },
    {
      name: "'unsafe-inline' in script-src without a nonce or hash",
      code: server("default-src 'self'; script-src 'self' 'unsafe-inline'"),
      errors: [{ messageId: 'unsafeInline', message: "'unsafe-inline' in script-src lets", line: 3, column: 79, endLine: 3, endColumn: 94 }],
      output: null,
    },
    {
      name: "'unsafe-eval' is reported beside a nonce and 'strict-dynamic' too",
      code: server("script-src 'nonce-r4nd0m' 'strict-dynamic' 'unsafe-eval'; object-src 'none'"),
      errors: [{ messageId: 'unsafeEval', message: "'unsafe-eval' in script-src", line: 3, column: 84, endLine: 3, endColumn: 97 }],
      output: null,
    },
    {
      name: 'wildcard and scheme sources in script-src and object-src',
      code: server("default-src 'self'; script-src https://* data: http: *:443; object-src *"),
      errors: [
        { messageId: 'wideSource', message: 'https://* in script-src lets scripts load from any HTTPS origin.', line: 3, column: 72, endLine: 3, endColumn: 81 },
        { messageId: 'wideSource', message: 'data: in script-src lets scripts load from data: URLs', line: 3, column: 82, endLine: 3, endColumn: 87 },
        { messageId: 'wideSource', message: 'http: in script-src lets scripts load from any origin, over plain HTTP too.', line: 3, column: 88, endLine: 3, endColumn: 93 },
        { messageId: 'wideSource', message: '*:443 in script-src', line: 3, column: 94, endLine: 3, endColumn: 99 },
        { messageId: 'wideSource', message: '* in object-src lets plugins (<object>, <embed>) load from any origin.', line: 3, column: 112, endLine: 3, endColumn: 113 },
      ],
      output: null,
    },
    {
      name: 'default-src https: with no object-src',
      code: server('default-src https:'),
      errors: [
        { messageId: 'objectSrcOpen', message: 'load from any HTTPS origin', line: 3, column: 41, endLine: 3, endColumn: 52, fixOutputs: [server("default-src https:; object-src 'none'")] },
        { messageId: 'wideSource', message: 'https: in default-src lets scripts and every resource', line: 3, column: 53, endLine: 3, endColumn: 59 },
      ],
      output: null,
    },
    {
      name: 'data: in default-src matters only while it stands in for script-src or object-src',
      code: server("default-src 'self' data:; script-src 'self'"),
      errors: [
        { messageId: 'objectSrcOpen', message: 'default-src allows data: and there is no object-src, so plugins (<object>, <embed>) load from data: URLs', line: 3, column: 41, endLine: 3, endColumn: 52, fixOutputs: [server("default-src 'self' data:; object-src 'none'; script-src 'self'")] },
      ],
      output: null,
    },
    {
      name: 'no default-src: only clickjacking is addressed',
      code: server("frame-ancestors 'self'"),
      errors: [{ messageId: 'noDefaultSrc', message: 'no default-src and no script-src or object-src: scripts (inline ones too) and plugins (<object>, <embed>) are not restricted.', line: 3, column: 41, endLine: 3, endColumn: 63 }],
      output: null,
    },
    {
      name: 'no default-src beside a script-src: plugins are open',
      code: server("script-src 'self'; base-uri 'none';"),
      errors: [{ messageId: 'noDefaultSrc', message: 'no default-src and no object-src: plugins (<object>, <embed>) are not restricted.', line: 3, column: 41, endLine: 3, endColumn: 75 }],
      output: null,
    },
    {
      name: "single-quoted value: spans and the fix go through nginx's escapes",
      code: server("default-src https: \\'self\\'; script-src \\'self\\' \\'unsafe-eval\\'", "'"),
      errors: [
        { messageId: 'objectSrcOpen', line: 3, column: 41, endLine: 3, endColumn: 52, fixOutputs: [server("default-src https: \\'self\\'; object-src \\'none\\'; script-src \\'self\\' \\'unsafe-eval\\'", "'")] },
        { messageId: 'wideSource', message: 'https: in default-src lets every resource without its own directive load from any HTTPS origin.', line: 3, column: 53, endLine: 3, endColumn: 59 },
        { messageId: 'unsafeEval', line: 3, column: 90, endLine: 3, endColumn: 105 },
      ],
      output: null,
    },
    {
      name: 'a value over several lines, keywords in any case',
      code: "server {\n    add_header Content-Security-Policy \"DEFAULT-SRC 'self';\n        Script-Src 'self' 'Unsafe-Inline'\" always;\n}\n",
      errors: [{ messageId: 'unsafeInline', line: 3, column: 27, endLine: 3, endColumn: 42 }],
      output: null,
    },
    {
      name: 'two comma-separated policies that both allow inline scripts',
      code: server("script-src 'self' 'unsafe-inline', default-src 'self' 'unsafe-inline'"),
      errors: [
        { messageId: 'unsafeInline', message: "'unsafe-inline' in script-src", line: 3, column: 59, endLine: 3, endColumn: 74 },
        { messageId: 'unsafeInline', message: "'unsafe-inline' in default-src (there is no script-src)", line: 3, column: 95, endLine: 3, endColumn: 110 },
      ],
      output: null,
    },
    {
      name: "script-src-elem and script-src-attr override script-src: 'unsafe-inline' and * there are reported",
      code: server("default-src 'self'; script-src 'self'; script-src-elem 'self' 'unsafe-inline' *; script-src-attr 'unsafe-inline'; object-src 'none'"),
      errors: [
        { messageId: 'unsafeInline', message: "'unsafe-inline' in script-src-elem lets injected inline scripts run; allow inline code by nonce or hash instead.", line: 3, column: 103, endLine: 3, endColumn: 118 },
        { messageId: 'wideSource', message: '* in script-src-elem lets scripts load from any origin.', line: 3, column: 119, endLine: 3, endColumn: 120 },
        { messageId: 'unsafeInlineHandlers', message: "'unsafe-inline' in script-src-attr lets injected event handlers (onclick and other on* attributes) run; attach handlers from a script with addEventListener instead.", line: 3, column: 138, endLine: 3, endColumn: 153 },
      ],
      output: null,
    },
    {
      name: "'unsafe-inline' in script-src with script-src-elem set governs event handlers only",
      code: server("default-src 'self'; script-src 'self' 'unsafe-inline'; script-src-elem 'self'"),
      errors: [{ messageId: 'unsafeInlineHandlers', message: "'unsafe-inline' in script-src (there is no script-src-attr) lets injected event handlers (onclick and other on* attributes) run; attach handlers from a script with addEventListener instead.", line: 3, column: 79, endLine: 3, endColumn: 94 }],
      output: null,
    },
    {
      name: "with script-src-attr only, default-src governs script elements and eval",
      code: server("default-src 'self' 'unsafe-inline' 'unsafe-eval'; script-src-attr 'none'; object-src 'none'"),
      errors: [
        { messageId: 'unsafeInline', message: "'unsafe-inline' in default-src (there is no script-src-elem or script-src) lets injected inline scripts run; allow inline code by nonce or hash instead.", line: 3, column: 60, endLine: 3, endColumn: 75 },
        { messageId: 'unsafeEval', message: "'unsafe-eval' in default-src (there is no script-src) lets scripts run strings as code", line: 3, column: 76, endLine: 3, endColumn: 89 },
      ],
      output: null,
    },
    {
      name: 'no default-src or script-src beside script-src-elem and script-src-attr: eval is open',
      code: server("script-src-elem 'self'; script-src-attr 'none'; object-src 'none'"),
      errors: [{ messageId: 'noDefaultSrc', message: 'This Content-Security-Policy has no default-src and no script-src: string-to-code calls (eval, new Function) are not restricted.', line: 3, column: 41, endLine: 3, endColumn: 106 }],
      output: null,
    },
    {
      name: 'script-src-elem alone: handlers, eval and plugins are open',
      code: server("script-src-elem 'self'"),
      errors: [
        {
          messageId: 'noDefaultSrc',
          message: 'This Content-Security-Policy has no default-src and no script-src or object-src: inline event handlers, string-to-code calls (eval, new Function) and plugins (<object>, <embed>) are not restricted.',
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 63,
        },
      ],
      output: null,
    },
    {
      name: 'a sandbox without allow-scripts: a wide default-src still opens every other resource, not scripts or plugins',
      code: server('default-src * data:; sandbox'),
      errors: [{ messageId: 'wideSource', message: '* in default-src lets every resource without its own directive except scripts and plugins, which the sandbox directive blocks, load from any origin.', line: 3, column: 53, endLine: 3, endColumn: 54, fixTitles: [] }],
      output: null,
    },
    {
      name: 'sandbox allow-scripts runs scripts: the policy is judged as without a sandbox',
      code: server('sandbox allow-scripts'),
      errors: [{ messageId: 'noDefaultSrc', message: 'This Content-Security-Policy has no default-src and no script-src or object-src: scripts (inline ones too) and plugins (<object>, <embed>) are not restricted.', line: 3, column: 41, endLine: 3, endColumn: 62 }],
      output: null,
    },
    {
      name: 'another policy restricts scripts and plugins: * in default-src is reported for the rest only',
      code: server("default-src * 'unsafe-inline', script-src 'self'; object-src 'none'"),
      errors: [{ messageId: 'wideSource', message: '* in default-src lets every resource without its own directive except scripts and plugins, which another policy restricts, load from any origin.', line: 3, column: 53, endLine: 3, endColumn: 54 }],
      output: null,
    },
    {
      name: 'a sandbox sent beside a wide policy: scripts and plugins are blocked, the rest loads from anywhere',
      code: `server {\n    add_header Content-Security-Policy "default-src * 'unsafe-inline' 'unsafe-eval'" always;\n    add_header Content-Security-Policy "sandbox" always;\n}\n`,
      errors: [{ messageId: 'wideSource', message: '* in default-src lets every resource without its own directive except scripts and plugins, which another policy restricts, load from any origin.', line: 2, column: 53, endLine: 2, endColumn: 54 }],
      output: null,
    },
    {
      name: 'another policy restricts plugins only',
      code: server("default-src *, object-src 'none'"),
      errors: [
        { messageId: 'wideSource', message: '* in default-src lets scripts and every resource without its own directive except plugins, which another policy restricts, load from any origin.', line: 3, column: 53, endLine: 3, endColumn: 54 },
        { messageId: 'noDefaultSrc', message: 'This Content-Security-Policy has no default-src and no script-src: scripts (inline ones too) are not restricted.', line: 3, column: 56, endLine: 3, endColumn: 73 },
      ],
      output: null,
    },
    {
      name: 'another policy restricts event handlers: the inline scripts left open are named',
      code: server("default-src 'self' 'unsafe-inline', default-src 'self'; script-src-elem 'self' 'unsafe-inline'"),
      errors: [
        { messageId: 'unsafeInline', message: "'unsafe-inline' in default-src (there is no script-src) lets injected inline scripts run;", line: 3, column: 60, endLine: 3, endColumn: 75 },
        { messageId: 'unsafeInline', message: "'unsafe-inline' in script-src-elem lets injected inline scripts run;", line: 3, column: 120, endLine: 3, endColumn: 135 },
      ],
      output: null,
    },
    {
      name: 'another policy restricts everything but scripts: * in default-src is reported for scripts',
      code: server("default-src *, default-src 'self'; script-src *"),
      errors: [
        { messageId: 'wideSource', message: '* in default-src lets scripts load from any origin.', line: 3, column: 53, endLine: 3, endColumn: 54 },
        { messageId: 'wideSource', message: '* in script-src lets scripts load from any origin.', line: 3, column: 87, endLine: 3, endColumn: 88 },
      ],
      output: null,
    },
    {
      name: 'a policy of the http level is judged once, where it is written',
      code: `http {\n    add_header Content-Security-Policy "default-src 'self' 'unsafe-eval'";\n    server {\n        root /a;\n    }\n    server {\n        root /b;\n    }\n}\n`,
      errors: [{ messageId: 'unsafeEval', line: 2, column: 60, endLine: 2, endColumn: 73 }],
      output: null,
    },
    {
      name: 'Report-Only alone blocks nothing: information',
      code: `server {\n    add_header Content-Security-Policy-Report-Only "default-src 'self'" always;\n}\n`,
      errors: [{ messageId: 'reportOnly', line: 2, column: 16, endLine: 2, endColumn: 51, severity: 'information' }],
      output: null,
    },
    {
      name: 'a snippet no nginx.conf includes is judged as written',
      code: WEAK_SNIPPET,
      filename: SNIPPET,
      host: memoryHost({ [SNIPPET]: WEAK_SNIPPET }),
      errors: [{ messageId: 'unsafeInline', line: 1, column: 75, endLine: 1, endColumn: 90 }],
      output: null,
    },
  ],
};
