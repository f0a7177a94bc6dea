import { defineRule } from '../../server/engine/define-rule';
import { isHardwareNode } from '../../server/formats/compose/devices';
import { sharedSuffix } from '../../server/formats/compose/services';
import { isEngineSocket, isSensitiveHostPath, placedMounts, sourceSpan } from '../../server/formats/compose/volumes';
import type { ComposeFile } from '../../server/formats/compose/model';

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/sensitive-host-mount',
    description: 'Services should not bind-mount host system paths (`/`, `/etc`, `/proc`, `/sys`, `/root`, `/var/lib/docker`, `/boot`, `/dev`, …).',
    checklist: ['compose-configuration-security.volume-mounts-minimized-and-secured'],
    severity: 'error',
    fixable: false,
    scope: 'section',
    messages: {
      sensitive: 'Host path {{path}} is mounted{{mode}}: the container can read{{write}} host system files{{affects}}.',
    },
  },
  check(ctx) {
    for (const placed of placedMounts(ctx.tree)) {
      const mount = placed.item;
      const path = mount.resolvedSource;
      if (mount.kind !== 'bind' || path === undefined || isEngineSocket(path) || !isSensitiveHostPath(path)) continue;
      // Shared hardware (USB, GPUs, serial adapters…); compose/host-devices judges memory and disks, mounted or listed.
      if (isHardwareNode(path)) continue;
      ctx.report({
        span: sourceSpan(ctx.source, mount),
        messageId: 'sensitive',
        data: {
          path,
          mode: mount.readOnly ? ' read-only' : ' read-write',
          write: mount.readOnly ? '' : ' and change',
          affects: sharedSuffix(placed),
        },
        ...(mount.readOnly ? { severity: 'warning' as const } : {}),
      });
    }
  },
});
