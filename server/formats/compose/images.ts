/**
 * Image references (`[registry/][namespace/]name[:tag][@digest]`) split into
 * parts, each marked unknown when it depends on interpolation.
 */
import { hasInterpolation, splitOutside } from './interpolation';

export interface ImageReference {
  /** Registry host ('docker.io' for Docker Hub); undefined when it depends on a variable. */
  registry: string | undefined;
  /** Repository path without registry, e.g. 'library/redis' or 'bitnami/redis'; undefined when not literal. */
  repository: string | undefined;
  /** Tag as written; '' when absent; undefined when it depends on a variable. */
  tag: string | undefined;
  /** Digest as written; '' when absent; undefined when it may come from a variable. */
  digest: string | undefined;
}

const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

/** Parsed references by text: every rule that looks at images asks again on every lint. */
const parsedImages = new Map<string, Readonly<ImageReference>>();

export function parseImage(image: string): Readonly<ImageReference> {
  let ref = parsedImages.get(image);
  if (!ref) {
    if (parsedImages.size >= 10_000) parsedImages.clear();
    ref = Object.freeze(parseImageText(image));
    parsedImages.set(image, ref);
  }
  return ref;
}

function parseImageText(image: string): ImageReference {
  const text = image.trim();
  const dynamic = hasInterpolation(text);
  const at = splitOutside(text, '@');
  const digest = at.length > 1 ? at.slice(1).join('@') : dynamic ? undefined : '';
  const name = at[0]!;
  const slash = splitOutside(name, '/');
  const first = slash[0]!;
  const hasRegistry = slash.length > 1 && (/[.:]/.test(first) || first === 'localhost' || hasInterpolation(first));
  let registry: string | undefined = hasRegistry ? first.toLowerCase() : 'docker.io';
  if (registry && DOCKER_HUB.has(registry)) registry = 'docker.io';
  if (hasRegistry && hasInterpolation(first)) registry = undefined;
  if (!hasRegistry && slash.length === 1 && hasInterpolation(first) && !/^[^$]+:/.test(first)) registry = undefined;
  const pathParts = hasRegistry ? slash.slice(1) : slash;
  const last = pathParts[pathParts.length - 1] ?? '';
  const colon = splitOutside(last, ':');
  const tagPart = colon.length > 1 ? colon[colon.length - 1]! : '';
  const baseName = colon.length > 1 ? colon.slice(0, -1).join(':') : last;
  const tail = [...pathParts.slice(0, -1), baseName].join('/');
  let tag: string | undefined = tagPart;
  if (hasInterpolation(tagPart) || (tagPart === '' && hasInterpolation(last))) tag = undefined;
  let repository: string | undefined = hasInterpolation(tail) ? undefined : tail.toLowerCase();
  if (repository !== undefined && registry === 'docker.io' && !repository.includes('/')) repository = `library/${repository}`;
  if (registry === undefined && repository !== undefined && !hasRegistry && pathParts.length === 1) repository = undefined;
  return { registry, repository, tag, digest: digest === undefined ? undefined : digest };
}

/** Last path component of a repository ('bitnami/redis' → 'redis'). */
export function imageBaseName(ref: ImageReference): string | undefined {
  return ref.repository?.split('/').pop();
}

const DATASTORES = new Set([
  'postgres', 'postgresql', 'postgis', 'timescaledb', 'timescaledb-ha', 'pgvector', 'postgresql-repmgr', 'cockroach',
  'mysql', 'mysql-server', 'mariadb', 'mariadb-galera', 'percona', 'percona-server', 'percona-server-mongodb',
  'mongo', 'mongodb', 'mongodb-community-server', 'mongodb-sharded',
  'redis', 'redis-stack', 'redis-stack-server', 'redis-cluster', 'valkey', 'valkey-cluster', 'keydb', 'dragonfly', 'memcached',
  'elasticsearch', 'opensearch', 'solr',
  'rabbitmq', 'cassandra', 'scylla', 'couchdb', 'couchbase', 'influxdb', 'clickhouse-server', 'clickhouse',
  'neo4j', 'arangodb', 'questdb', 'surrealdb', 'etcd', 'azure-sql-edge',
]);

/**
 * Web servers and application images whose entrypoint starts as root, writes
 * its cache, pid and temp folders and then switches to an unprivileged user
 * (nginx's workers, Apache's children, PHP-FPM's pools).
 */
const ROOT_STARTING_SERVERS = new Set(['nginx', 'openresty', 'httpd', 'apache', 'apache2', 'php', 'wordpress', 'drupal', 'joomla', 'nextcloud', 'mediawiki']);

/**
 * Whether the image starts as root, writes inside its own filesystem and
 * switches users: databases and the servers above. Dropping every capability
 * or mounting the root filesystem read-only stops it from starting.
 */
export function startsAsRootImage(ref: ImageReference): boolean {
  const name = imageBaseName(ref);
  return isDatastoreImage(ref) || (name !== undefined && ROOT_STARTING_SERVERS.has(name));
}

/** Whether the image is a database, cache or message store (by its name, any registry or namespace). */
export function isDatastoreImage(ref: ImageReference): boolean {
  const repo = ref.repository;
  if (!repo) return false;
  if (/(^|\/)mssql\/server$/.test(repo)) return true;
  const name = repo.split('/').pop()!;
  // "bonita-postgres" is a database; "postgres-exporter" and "mongo-express" are not.
  return DATASTORES.has(name) || DATASTORES.has(name.split('-').pop()!);
}

/** A trusted-registry entry as images are compared with it: lower case, no trailing `/`, Docker Hub spelled `docker.io`. */
export function normalizeTrustedEntry(entry: string): string {
  let t = entry.trim().toLowerCase();
  while (t.endsWith('/')) t = t.slice(0, -1);
  const host = t.split('/')[0]!;
  return DOCKER_HUB.has(host) ? 'docker.io' + t.slice(host.length) : t;
}

/** Whether `registry/repository` is matched by an entry of a trusted list (a registry, or a registry path prefix). */
export function isTrusted(ref: ImageReference, trusted: readonly string[]): boolean {
  if (!ref.registry) return true;
  const normalized = trusted.map(normalizeTrustedEntry);
  // An unknown repository under a registry the list names only in part cannot be judged.
  if (ref.repository === undefined) return normalized.some((t) => t.split('/')[0] === ref.registry);
  const full = `${ref.registry}/${ref.repository}`;
  return normalized.some((t) => full === t || full.startsWith(`${t}/`));
}
