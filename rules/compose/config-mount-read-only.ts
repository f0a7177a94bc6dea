import { defineRule } from '../../server/engine/define-rule';
import { insertIntoMap, replaceScalarKeepingStyle } from '../../server/formats/compose/edits';
import { sharedSuffix } from '../../server/formats/compose/services';
import { isEngineSocket, isSensitiveHostPath, normalizeHostPath, placedMounts, type VolumeMount } from '../../server/formats/compose/volumes';
import { isMap, isScalar, scalarText, spanOf, type ComposeFile, type Scalar } from '../../server/formats/compose/model';
import type { SourceFile } from '../../server/engine/source';
import type { TextEdit } from '../../server/engine/types';

const CONFIG_EXTENSION = /\.(conf|cnf|cfg|config|ini|ya?ml|json|toml|xml|properties|env|pem|crt|cer|key|htpasswd|lua|rules|sql|sh|tmpl|template|j2)$/i;

/** A host file or folder that configures the service: under the project or /etc, config-like by name or by target. */
export function isConfigMount(mount: VolumeMount): boolean {
  const source = mount.resolvedSource;
  if (mount.kind !== 'bind' || source === undefined) return false;
  const host = normalizeHostPath(source);
  if (isEngineSocket(host) || isSensitiveHostPath(host)) return false;
  const inProject = !host.startsWith('/') && !host.startsWith('~');
  const inEtc = host.startsWith('/etc/');
  if (!inProject && !inEtc) return false;
  const base = host.split('/').pop() ?? '';
  return inEtc || CONFIG_EXTENSION.test(base) || /^\.[^./]/.test(base) || /^\/etc\//.test(normalizeHostPath(mount.target));
}

function readOnlyEdit(source: SourceFile, mount: VolumeMount, inFlow: boolean): TextEdit | undefined {
  if (mount.long) {
    if (mount.readOnlyNode && isScalar(mount.readOnlyNode)) return replaceScalarKeepingStyle(source, mount.readOnlyNode as Scalar, 'true', inFlow);
    return isMap(mount.node) ? insertIntoMap(source, mount.node, ['read_only: true']) : undefined;
  }
  const text = scalarText(mount.node);
  if (text === undefined || !isScalar(mount.node) || text.trim() !== text) return undefined;
  let next: string;
  if (mount.mode === '') next = `${text}:ro`;
  else {
    const modes = mount.mode.split(',').filter((m) => m !== 'rw');
    next = `${text.slice(0, text.length - mount.mode.length)}${['ro', ...modes].join(',')}`;
  }
  return replaceScalarKeepingStyle(source, mount.node as Scalar, next, inFlow);
}

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/config-mount-read-only',
    description: 'Configuration files and folders bind-mounted from the project or /etc should be mounted read-only (`:ro` or `read_only: true`).',
    checklist: ['compose-configuration-security.volume-mounts-minimized-and-secured'],
    severity: 'warning',
    fixable: true,
    scope: 'section',
    messages: {
      writable: 'Host config {{path}} is mounted writable: a compromised container could rewrite it{{affects}}.',
    },
  },
  check(ctx) {
    const title = 'Mount read-only (changes runtime behaviour: the container can no longer write to it)';
    const flowLists = new Set<object>();
    for (const service of ctx.tree.services) {
      const list = service.view.get('volumes')?.value;
      if (list && 'flow' in list && list.flow) flowLists.add(list);
    }
    for (const placed of placedMounts(ctx.tree)) {
      const mount = placed.item;
      if (mount.readOnly || !isConfigMount(mount)) continue;
      const inFlow = [...flowLists].some((l) => (l as { items: unknown[] }).items.includes(mount.node));
      const edit = readOnlyEdit(ctx.source, mount, inFlow);
      ctx.report({
        span: mount.long && mount.sourceNode ? spanOf(mount.sourceNode) : spanOf(mount.node),
        messageId: 'writable',
        data: { path: mount.resolvedSource ?? mount.source, affects: sharedSuffix(placed) },
        fixes: edit ? [{ title, isPreferred: true, changesBehavior: true, edits: [edit] }] : [],
      });
    }
  },
});
