import { dirname, isAbsolute, resolve as resolvePath } from 'node:path';
import { defineRule } from '../../server/engine/define-rule';
import { isMap, isScalar, MapView, resolve, scalarText, seqItems, spanOf, type ComposeFile, type Node } from '../../server/formats/compose/model';
import { hasInterpolation } from '../../server/formats/compose/interpolation';
import { placeItems, sharedSuffix } from '../../server/formats/compose/services';

/** The path nodes of an `env_file` value: a string, a list of strings, or a list of `{path: …}`. */
export function envFilePaths(doc: ComposeFile['doc'], value: Node | null | undefined): Node[] {
  const v = resolve(doc, value);
  if (isScalar(v)) return [v];
  return seqItems(doc, v).flatMap((item) => {
    if (isScalar(item)) return [item];
    const path = isMap(item) ? new MapView(doc, item).get('path')?.value : undefined;
    return path ? [path] : [];
  });
}

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/env-file-permissions',
    description: 'Files named by `env_file` usually hold secrets; they should be readable by their owner only (mode 600).',
    checklist: ['compose-configuration-security.environment-file-permissions-restricted-600', 'sensitive-data-handling.api-keys-stored-securely'],
    severity: 'warning',
    fixable: false,
    messages: {
      tooOpen: 'env_file {{path}} has mode {{mode}}; restrict it to 600 (chmod 600 {{path}}){{affects}}.',
    },
  },
  check(ctx) {
    const folder = dirname(ctx.path);
    const placed = placeItems(
      ctx.tree,
      (s) => envFilePaths(ctx.tree.doc, s.view.get('env_file')?.value),
      (n) => ({ node: n, offset: n.range?.[0] ?? 0 }),
    );
    for (const p of placed) {
      const path = scalarText(p.item)?.trim();
      if (!path || hasInterpolation(path)) continue;
      const stat = ctx.host.stat(isAbsolute(path) ? path : resolvePath(folder, path));
      if (!stat || !stat.isFile) continue;
      const mode = stat.mode & 0o777;
      if ((mode & ~0o600) === 0) continue;
      ctx.report({
        span: spanOf(p.item),
        messageId: 'tooOpen',
        data: { path, mode: mode.toString(8).padStart(3, '0'), affects: sharedSuffix(p) },
      });
    }
  },
});
