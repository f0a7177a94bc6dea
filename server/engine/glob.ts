/**
 * Minimal glob matching (`*`, `**`, `?`, `[...]`, `{a,b}`) on forward-slash paths,
 * enough for ignore lists and nginx `include` patterns. Compiled patterns are cached.
 */
const cache = new Map<string, RegExp>();

export function globToRegExp(pattern: string): RegExp {
  const cached = cache.get(pattern);
  if (cached) return cached;
  let re = '';
  let inClass = false;
  let braceDepth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (inClass) {
      if (c === ']') inClass = false;
      re += c === '\\' ? '\\\\' : c;
      continue;
    }
    switch (c) {
      case '*':
        if (pattern[i + 1] === '*') {
          i++;
          if (pattern[i + 1] === '/') {
            i++;
            re += '(?:[^/]*/)*';
          } else {
            re += '.*';
          }
        } else {
          re += '[^/]*';
        }
        break;
      case '?':
        re += '[^/]';
        break;
      case '[':
        inClass = true;
        re += pattern[i + 1] === '!' ? (i++, '[^') : '[';
        break;
      case '{':
        braceDepth++;
        re += '(?:';
        break;
      case '}':
        if (braceDepth > 0) {
          braceDepth--;
          re += ')';
        } else re += '\\}';
        break;
      case ',':
        re += braceDepth > 0 ? '|' : ',';
        break;
      default:
        re += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
  }
  if (inClass) re += ']';
  re += ')'.repeat(braceDepth);
  const compiled = new RegExp(`^${re}$`);
  cache.set(pattern, compiled);
  return compiled;
}

export function toPosix(path: string): string {
  return path.replace(/\\/g, '/');
}

/** Whether a relative path matches a pattern; patterns without `/` match any basename. */
export function matchesGlob(relativePath: string, pattern: string): boolean {
  const path = toPosix(relativePath).replace(/^\.\//, '');
  let p = toPosix(pattern).replace(/^\.\//, '');
  if (p.endsWith('/')) p += '**';
  if (!p.includes('/')) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    return globToRegExp(p).test(base) || path.split('/').some((seg) => globToRegExp(p).test(seg));
  }
  return globToRegExp(p.replace(/^\//, '')).test(path) || globToRegExp(p.replace(/^\//, '') + '/**').test(path);
}
