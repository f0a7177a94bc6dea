/** Which compose networks a service joins, and how those networks are declared. */
import { composeBoolean, isMap, isSeq, MapView, resolve, scalarText, type ComposeFile, type Service } from './model';

/** Network names the service is attached to; undefined when `network_mode` takes it off compose networks. */
export function serviceNetworks(file: ComposeFile, service: Service): string[] | undefined {
  if (service.view.has('network_mode')) return undefined;
  const value = service.view.get('networks')?.value;
  if (value === undefined || value === null) return ['default'];
  const resolved = resolve(file.doc, value);
  if (isSeq(resolved)) return resolved.items.map((i) => scalarText(resolve(file.doc, i))).filter((n): n is string => n !== undefined);
  if (isMap(resolved)) return new MapView(file.doc, resolved).entries().map((e) => e.key);
  return ['default'];
}

/** Whether the top-level `networks` declares this network with `internal: true`. */
export function isInternalNetwork(file: ComposeFile, name: string): boolean {
  const decl = file.root.map('networks')?.map(name);
  return composeBoolean(decl?.get('internal')?.value) === true;
}
