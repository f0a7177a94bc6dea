/**
 * Name, version and web addresses of the tool, read from the package.json
 * found above the running script (dist/cli.js or the compiled out/ tree).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const TOOL_NAME = 'hardenlint';

export interface ProductInfo {
  name: string;
  version: string;
  /** Project home page, when package.json names one. */
  informationUri?: string;
  /**
   * Base for `docs/rules/<rule-id>.md` links in the repository named by package.json. Without one
   * there is no public page to link (a path on this machine would be useless in a shared report).
   */
  docsBaseUri?: string;
}

interface PackageJson {
  name?: string;
  version?: string;
  homepage?: string;
  repository?: string | { url?: string };
}

function findPackageJson(from: string): PackageJson | undefined {
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as PackageJson;
        if (pkg.name === TOOL_NAME) return pkg;
      } catch {
        /* keep looking further up */
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** `git+https://github.com/o/r.git` → `https://github.com/o/r` */
function repositoryWebUri(pkg: PackageJson): string | undefined {
  const raw = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (!raw) return undefined;
  const url = raw.replace(/^git\+/, '').replace(/\.git$/, '');
  if (/^https?:\/\//.test(url)) return url;
  const short = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(url);
  return short ? `https://github.com/${short[1]}` : undefined;
}

let cached: ProductInfo | undefined;

export function productInfo(): ProductInfo {
  if (cached) return cached;
  const pkg = findPackageJson(__dirname) ?? {};
  const repo = repositoryWebUri(pkg);
  const home = pkg.homepage ?? repo;
  cached = {
    name: TOOL_NAME,
    version: pkg.version ?? '0.0.0',
    ...(home ? { informationUri: home } : {}),
    ...(repo ? { docsBaseUri: `${repo.replace(/\/$/, '')}/blob/main/docs/rules/` } : {}),
  };
  return cached;
}
