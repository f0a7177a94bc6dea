/** What a service is, judged from its literal image name. */
import { isDatastoreImage, parseImage, startsAsRootImage } from './images';
import { scalarText, type Service } from './model';

export function serviceImage(service: Service): string | undefined {
  return scalarText(service.view.get('image')?.value);
}

/** A database, cache or message store (postgres, redis, bitnami/mongodb, …). */
export function isDatastoreService(service: Service): boolean {
  const image = serviceImage(service);
  return image !== undefined && isDatastoreImage(parseImage(image));
}

/** A service whose image starts as root, writes its own folders and switches users (databases, nginx, httpd, php). */
export function startsAsRootService(service: Service): boolean {
  const image = serviceImage(service);
  return image !== undefined && startsAsRootImage(parseImage(image));
}
