import { defineRule } from '../../server/engine/define-rule';
import type { Fix, TextEdit } from '../../server/engine/types';
import type { NginxDirective, NginxFile } from '../../server/formats/nginx/ast';
import { ownDirective, type NginxContext } from '../../server/formats/nginx/context';
import { directiveText, insertIntoBlock, replaceArgValue } from '../../server/formats/nginx/context-edits';
import { valueOffsets } from '../../server/formats/nginx/tokenize';
import { ITEMS } from './support/checklist';
import { cipherTokens, hasForwardSecrecy, STRONG_CIPHERS, weakness } from './support/ciphers';
import { Scope } from './support/scope';

const TITLE = 'Use the Mozilla intermediate cipher list (changes runtime behaviour: clients without ECDHE and AES-GCM/ChaCha20 can no longer connect)';

export default defineRule<NginxFile>({
  format: 'nginx',
  meta: {
    id: 'nginx/ssl-ciphers',
    description: 'ssl_ciphers must not enable weak suites (NULL, EXPORT, RC4, DES/3DES, MD5, anonymous) and must keep forward-secret (ECDHE/DHE) suites.',
    checklist: [ITEMS.ciphers, ITEMS.forwardSecrecy],
    severity: 'error',
    fixable: true,
    messages: {
      weak: 'ssl_ciphers enables weak suites: "{{cipher}}" ({{reason}}).',
      noForwardSecrecy: 'ssl_ciphers offers no forward-secret (ECDHE/DHE) suite: a stolen key decrypts recorded traffic.',
    },
  },
  check(ctx) {
    const scope = new Scope(ctx);
    for (const { directive, context } of scope.directives('ssl_ciphers')) {
      const arg = directive.args[0];
      if (!scope.mine(directive) || !arg || arg.value.includes('$')) continue;
      const tokens = cipherTokens(arg.value);
      const fix = strongCiphersFix(scope, directive, context);
      const offsets = valueOffsets(arg);
      for (const token of tokens) {
        const reason = weakness(token.text, tokens);
        if (!reason) continue;
        const span = offsets ? { start: offsets[token.offset]!, end: offsets[token.offset + token.text.length]! } : arg.span;
        scope.report({ span, messageId: 'weak', data: { cipher: token.text, reason }, fixes: [fix] });
      }
      if (!hasForwardSecrecy(tokens)) scope.report({ span: arg.span, messageId: 'noForwardSecrecy', fixes: [fix] });
    }
  },
});

/** Replace the list and turn off server cipher preference, as Mozilla's intermediate profile does. */
function strongCiphersFix(scope: Scope, directive: NginxDirective, context: NginxContext): Fix {
  const edits: TextEdit[] = [replaceArgValue(directive.args[0]!, STRONG_CIPHERS)];
  const prefer = ownDirective(context, 'ssl_prefer_server_ciphers');
  if (prefer && scope.mine(prefer)) {
    const value = prefer.args[0];
    if (value && value.value !== 'off') edits.push(replaceArgValue(value, 'off'));
  } else if (!prefer && directive.parent) {
    const edit = insertIntoBlock(scope.ctx.source, directive.parent, [directiveText('ssl_prefer_server_ciphers', ['off'])], directive);
    if (edit) edits.push(edit);
  } else if (!prefer) {
    edits.push(insertAfterTopLevel(scope, directive));
  }
  return { title: TITLE, isPreferred: true, changesBehavior: true, edits };
}

/** A top-level directive (a snippet file): the new line goes right below it. */
function insertAfterTopLevel(scope: Scope, directive: NginxDirective): TextEdit {
  const source = scope.ctx.source;
  const line = source.lineOf(directive.span.end);
  const at = source.lineEndWithTerminator(line);
  const indent = source.indentationOf(source.lineOf(directive.span.start));
  const text = indent + directiveText('ssl_prefer_server_ciphers', ['off']);
  return source.terminatorOf(line) ? { start: at, end: at, newText: text + source.eol } : { start: at, end: at, newText: source.eol + text };
}
