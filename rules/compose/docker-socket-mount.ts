import { defineRule } from '../../server/engine/define-rule';
import { sharedSuffix } from '../../server/formats/compose/services';
import { isEngineSocket, placedMounts, sourceSpan } from '../../server/formats/compose/volumes';
import type { ComposeFile } from '../../server/formats/compose/model';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/docker-socket-mount',
    description: 'Services must not mount the Docker (or Podman, containerd) API socket: access to it is root on the host, read-only or not.',
    checklist: ['container-runtime-security.docker-daemon-access-restricted', 'compose-configuration-security.volume-mounts-minimized-and-secured'],
    severity: 'error',
    fixable: false,
    scope: 'section',
    messages: {
      socket: 'Mounting {{path}} gives the container full control of the container engine and so of the host{{affects}}; use a filtering socket proxy if it must talk to the API.',
    },
  },
  check(ctx) {
    for (const placed of placedMounts(ctx.tree)) {
      const mount = placed.item;
      if (mount.kind !== 'bind' || mount.resolvedSource === undefined || !isEngineSocket(mount.resolvedSource)) continue;
      ctx.report({
        span: sourceSpan(ctx.source, mount),
        messageId: 'socket',
        data: { path: mount.resolvedSource, affects: sharedSuffix(placed) },
      });
    }
  },
});
