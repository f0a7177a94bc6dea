import { defineRule } from '../../server/engine/define-rule';
import { buildArgsOf, environmentOf, type EnvVar } from '../../server/formats/compose/environment';
import { replaceScalarKeepingStyle } from '../../server/formats/compose/edits';
import { requiredReference } from '../../server/formats/compose/interpolation';
import { isScalar, isSeq, resolve, type ComposeFile, type Node, type Scalar, type Service } from '../../server/formats/compose/model';
import { partSpan, scalarContent, type ScalarContent } from '../../server/formats/compose/scalar-content';
import { commandSecrets, isSecretLikeValue, isSecretName, splitWords, urlPassword, type CommandSecret } from '../../server/formats/compose/secrets';
import { placeItems, sharedSuffix } from '../../server/formats/compose/services';
import type { SourceFile } from '../../server/engine/source';
import type { Fix, Span, TextEdit } from '../../server/engine/types';

const fromEnvironment = (name: string): string => `Read ${name} from the environment (changes runtime behaviour: the value must now come from the environment or .env)`;

function fixFor(name: string, edit: TextEdit | undefined): Fix[] {
  return edit ? [{ title: fromEnvironment(name), isPreferred: true, changesBehavior: true, edits: [edit] }] : [];
}

function variableName(...parts: string[]): string {
  return parts.join('_').toUpperCase().replace(/[^A-Z0-9_]+/g, '_').replace(/_+/g, '_').replace(/^_|_$/g, '');
}

interface Found {
  span: Span;
  messageId: 'variable' | 'url' | 'command' | 'buildArg';
  what: string;
  fixes: Fix[];
}

function variableFindings(vars: EnvVar[], messageId: 'variable' | 'buildArg'): Found[] {
  const out: Found[] = [];
  for (const v of vars) {
    if (v.value === undefined || !v.valueSpan) continue;
    if (isSecretName(v.name) && isSecretLikeValue(v.value)) {
      out.push({ span: v.valueSpan, messageId, what: v.name, fixes: fixFor(v.name, v.replaceValue(requiredReference(v.name))) });
      continue;
    }
    const pw = urlPassword(v.value);
    if (!pw) continue;
    const name = variableName(v.name.replace(/_(URL|URI|DSN|CONNECTION_STRING|CONNECTION)$/i, ''), 'PASSWORD');
    const next = v.value.slice(0, pw.start) + requiredReference(name) + v.value.slice(pw.end);
    // The password's own offsets when the value is written verbatim; otherwise the whole value.
    const span = v.valueStart !== undefined ? { start: v.valueStart + pw.start, end: v.valueStart + pw.end } : v.valueSpan;
    out.push({ span, messageId: 'url', what: v.name, fixes: fixFor(name, v.replaceValue(next)) });
  }
  return out;
}

function commandFindings(source: SourceFile, file: ComposeFile, service: Service): Found[] {
  const value = service.view.get('command')?.value;
  const out: Found[] = [];
  if (isScalar(value)) {
    const content = scalarContent(source, value);
    if (!content) return out;
    const words = splitWords(content.text);
    for (const s of commandSecrets(words.map((w) => w.word))) {
      out.push(commandFinding(source, service, s, words[s.arg]!.start, value as Scalar, content, false));
    }
    return out;
  }
  if (!isSeq(value)) return out;
  // Every word of every item: `sh -c "… --password=x"` carries a whole command line in one item.
  const words: { word: string; start: number; node: Node }[] = [];
  for (const item of value.items) {
    const node = resolve(file.doc, item);
    if (!node || !isScalar(node)) continue;
    const text = String(node.value ?? '');
    const split = /\s/.test(text) ? splitWords(text) : [{ word: text, start: 0 }];
    for (const w of split) words.push({ ...w, node });
  }
  for (const s of commandSecrets(words.map((w) => w.word))) {
    const word = words[s.arg]!;
    const content = scalarContent(source, word.node);
    if (!content) continue;
    out.push(commandFinding(source, service, s, word.start, word.node as Scalar, content, Boolean(value.flow)));
  }
  return out;
}

/** A literal secret at `s` inside the word starting at `wordStart` of a command scalar. */
function commandFinding(
  source: SourceFile,
  service: Service,
  s: CommandSecret,
  wordStart: number,
  node: Scalar,
  content: ScalarContent,
  inFlow: boolean,
): Found {
  const from = wordStart + s.start;
  const to = wordStart + s.end;
  const name = variableName(service.name, s.flag.replace(/^-+/, ''));
  const next = content.text.slice(0, from) + requiredReference(name) + content.text.slice(to);
  return {
    span: partSpan(content, from, to),
    messageId: 'command',
    what: s.flag,
    fixes: fixFor(name, replaceScalarKeepingStyle(source, node, next, inFlow)),
  };
}

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/hardcoded-secret',
    description: 'Passwords, tokens and keys must not be written into the compose file; use `${VAR}` interpolation from the environment/.env, `*_FILE` variables or `secrets:`.',
    checklist: [
      'compose-configuration-security.no-hardcoded-secrets-in-compose',
      'sensitive-data-handling.api-keys-stored-securely',
      'image-security.no-secrets-in-container-images',
    ],
    severity: 'error',
    fixable: true,
    scope: 'section',
    messages: {
      variable: '{{what}} is set to a literal secret in the compose file{{affects}}.',
      url: 'The connection URL in {{what}} contains a literal password{{affects}}.',
      command: 'The command passes a literal secret to {{what}}{{affects}}; it is visible in the file and in `ps`.',
      buildArg: 'Build argument {{what}} holds a literal secret: it is stored in the image history{{affects}}.',
    },
  },
  check(ctx) {
    const { doc } = ctx.tree;
    // One identity per written span, so a value shared through an anchor is reported once.
    const places = new Map<string, object>();
    const placeOf = (f: Found): object => {
      const key = `${f.span.start}:${f.span.end}:${f.messageId}`;
      let place = places.get(key);
      if (!place) places.set(key, (place = {}));
      return place;
    };
    const placed = placeItems(
      ctx.tree,
      (service) => [
        ...variableFindings(environmentOf(ctx.source, doc, service), 'variable'),
        ...variableFindings(buildArgsOf(ctx.source, doc, service), 'buildArg'),
        ...commandFindings(ctx.source, ctx.tree, service),
      ],
      (f) => ({ node: placeOf(f), offset: f.span.start }),
    );
    for (const p of placed) {
      ctx.report({ span: p.item.span, messageId: p.item.messageId, data: { what: p.item.what, affects: sharedSuffix(p) }, fixes: p.item.fixes });
    }
  },
});
