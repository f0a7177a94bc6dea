/** What a service is, judged from its literal image name. */
import { isDatastoreImage, parseImage } from './images';
import { scalarText, type Service } from './model';

export function serviceImage(service: Service): string | undefined {
  return scalarText(service.view.get('image')?.value);
}

/** A database, cache or message store (postgres, redis, bitnami/mongodb, …). */
export function isDatastoreService(service: Service): boolean {
  const image = serviceImage(service);
  return image !== undefined && isDatastoreImage(parseImage(image));
}
