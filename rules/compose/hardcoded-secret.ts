import { defineRule } from '../../server/engine/define-rule';
import { buildArgsOf, environmentOf, type EnvVar } from '../../server/formats/compose/environment';
import { replaceScalarKeepingStyle } from '../../server/formats/compose/edits';
import { requiredReference } from '../../server/formats/compose/interpolation';
import { isScalar, isSeq, resolve, writtenInFlow, type ComposeFile, type Node, type Scalar, type Service } from '../../server/formats/compose/model';
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
  messageId: 'variable' | 'url' | 'command' | 'healthcheck' | 'buildArg';
  what: string;
  fixes: Fix[];
}

/** A literal secret in an environment variable or build argument, and the variable it would move to. */
interface Candidate {
  v: EnvVar;
  /** The variable the fix reads the secret from. */
  name: string;
  literal: string;
  /** The password's offsets inside a connection URL value. */
  url?: { start: number; end: number };
}

function candidates(vars: EnvVar[]): Candidate[] {
  const out: Candidate[] = [];
  for (const v of vars) {
    if (v.value === undefined || !v.valueSpan) continue;
    if (isSecretName(v.name) && isSecretLikeValue(v.value)) {
      out.push({ v, name: v.name, literal: v.value });
      continue;
    }
    const pw = urlPassword(v.value);
    if (!pw) continue;
    const name = variableName(v.name.replace(/_(URL|URI|DSN|CONNECTION_STRING|CONNECTION)$/i, ''), 'PASSWORD');
    out.push({ v, name, literal: v.value.slice(pw.start, pw.end), url: pw });
  }
  return out;
}

/**
 * A connection URL whose password is the literal one variable holds (an
 * app's DATABASE_URL and its database's POSTGRES_PASSWORD) reads that
 * variable, so the secret is set once.
 */
function shareUrlPasswords(all: Candidate[][]): VariableOf {
  const namesByLiteral = new Map<string, Set<string>>();
  const literalsByName = new Map<string, Set<string>>();
  for (const c of all.flat()) {
    if (c.url) continue;
    namesByLiteral.set(c.literal, (namesByLiteral.get(c.literal) ?? new Set()).add(c.name));
    literalsByName.set(c.name, (literalsByName.get(c.name) ?? new Set()).add(c.literal));
  }
  const variableOf: VariableOf = (literal) => {
    const names = namesByLiteral.get(literal);
    if (!names || names.size !== 1) return undefined;
    const name = [...names][0]!;
    return literalsByName.get(name)!.size === 1 ? name : undefined;
  };
  for (const c of all.flat()) {
    const name = c.url ? variableOf(c.literal) : undefined;
    if (name) c.name = name;
  }
  return variableOf;
}

/** The one variable that holds this literal in the file, if exactly one does. */
type VariableOf = (literal: string) => string | undefined;

/** Picks the variable name: prefixed with the service when other services would put a different literal in the same variable. */
type Namer = (service: Service, name: string) => string;

function variableFindings(found: Candidate[], messageId: 'variable' | 'buildArg', service: Service, nameOf: Namer): Found[] {
  return found.map(({ v, name: wanted, url }) => {
    const name = nameOf(service, wanted);
    if (!url) return { span: v.valueSpan!, messageId, what: v.name, fixes: fixFor(name, v.replaceValue(requiredReference(name))) };
    const next = v.value!.slice(0, url.start) + requiredReference(name) + v.value!.slice(url.end);
    // The password's own offsets when the value is written verbatim; otherwise the whole value.
    const span = v.valueStart !== undefined ? { start: v.valueStart + url.start, end: v.valueStart + url.end } : v.valueSpan!;
    return { span, messageId: 'url' as const, what: v.name, fixes: fixFor(name, v.replaceValue(next)) };
  });
}

/**
 * Two services that give one variable the same literal (an app and its
 * database sharing a password) share the variable; different literals get
 * one variable per service, so the fix never merges two secrets into one.
 */
function namer(all: Candidate[][]): Namer {
  const literals = new Map<string, Set<string>>();
  for (const list of all) {
    for (const c of list) {
      const set = literals.get(c.name) ?? new Set<string>();
      set.add(c.literal);
      literals.set(c.name, set);
    }
  }
  return (service, name) => ((literals.get(name)?.size ?? 0) > 1 ? variableName(service.name, name) : name);
}

/** Secrets on the command lines a service runs: its command, its entrypoint and its healthcheck. */
function commandLineFindings(source: SourceFile, file: ComposeFile, service: Service, variableOf: VariableOf): Found[] {
  const find = (value: Node | null | undefined, where: CommandPlace) => commandFindings({ source, file, service, variableOf, where }, value);
  return [
    ...find(service.view.get('command')?.value, 'command'),
    ...find(service.view.get('entrypoint')?.value, 'command'),
    ...find(service.view.map('healthcheck')?.get('test')?.value, 'healthcheck'),
  ];
}

type CommandPlace = 'command' | 'healthcheck';

interface CommandContext {
  source: SourceFile;
  file: ComposeFile;
  service: Service;
  variableOf: VariableOf;
  where: CommandPlace;
}

/** Password flags, and passwords inside connection URLs (`pg_isready -d postgres://u:pw@db`). */
function secretsIn(words: readonly string[]): CommandSecret[] {
  const urls = words.flatMap((word, arg) => {
    const pw = urlPassword(word);
    return pw ? [{ flag: 'url', url: true, arg, ...pw }] : [];
  });
  return [...commandSecrets(words), ...urls];
}

function commandFindings(c: CommandContext, value: Node | null | undefined): Found[] {
  const { source, file } = c;
  const out: Found[] = [];
  if (isScalar(value)) {
    const content = scalarContent(source, value);
    if (!content) return out;
    const words = splitWords(content.text);
    for (const s of secretsIn(words.map((w) => w.word))) {
      out.push(commandFinding(c, s, words[s.arg]!.start, value as Scalar, content));
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
  for (const s of secretsIn(words.map((w) => w.word))) {
    const word = words[s.arg]!;
    const content = scalarContent(source, word.node);
    if (!content) continue;
    out.push(commandFinding(c, s, word.start, word.node as Scalar, content));
  }
  return out;
}

/** A literal secret at `s` inside the word starting at `wordStart` of a command scalar. */
function commandFinding(c: CommandContext, s: CommandSecret & { url?: boolean }, wordStart: number, node: Scalar, content: ScalarContent): Found {
  const from = wordStart + s.start;
  const to = wordStart + s.end;
  const literal = content.text.slice(from, to);
  const own = s.url ? 'url-password' : s.program ? `${s.program.replace(/-cli$|admin$|dump$/, '')}-password` : s.flag.replace(/^-+/, '');
  const name = (s.url ? c.variableOf(literal) : undefined) ?? variableName(c.service.name, own);
  const next = content.text.slice(0, from) + requiredReference(name) + content.text.slice(to);
  const fixes = fixFor(name, replaceScalarKeepingStyle(c.source, node, next, writtenInFlow(c.file.doc, node)));
  const span = partSpan(content, from, to);
  if (s.url) return { span, messageId: 'url', what: c.where === 'healthcheck' ? 'the healthcheck' : 'the command', fixes };
  return { span, messageId: c.where, what: s.program ? `${s.program} ${s.flag}` : s.flag, fixes };
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
    messages: {
      variable: '{{what}} is set to a literal secret in the compose file{{affects}}.',
      url: 'The connection URL in {{what}} contains a literal password{{affects}}.',
      command: 'The command passes a literal secret to {{what}}{{affects}}; it is visible in the file and in `ps`.',
      healthcheck: 'The healthcheck passes a literal secret to {{what}}{{affects}}; it is visible in the file, in `ps` and in `docker inspect`.',
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
    const env = new Map<Service, Candidate[]>();
    const args = new Map<Service, Candidate[]>();
    for (const service of ctx.tree.services) {
      env.set(service, candidates(environmentOf(ctx.source, doc, service)));
      args.set(service, candidates(buildArgsOf(ctx.source, doc, service)));
    }
    const variableOf = shareUrlPasswords([...env.values(), ...args.values()]);
    const nameOf = namer([...env.values(), ...args.values()]);
    const placed = placeItems(
      ctx.tree,
      (service) => [
        ...variableFindings(env.get(service)!, 'variable', service, nameOf),
        ...variableFindings(args.get(service)!, 'buildArg', service, nameOf),
        ...commandLineFindings(ctx.source, ctx.tree, service, variableOf),
      ],
      (f) => ({ node: placeOf(f), offset: f.span.start }),
    );
    for (const p of placed) {
      ctx.report({ span: p.item.span, messageId: p.item.messageId, data: { what: p.item.what, affects: sharedSuffix(p) }, fixes: p.item.fixes });
    }
  },
});
