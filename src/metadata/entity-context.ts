import { parseCertificateText } from '../config/certificate.js';
import type { ParsedCertificate } from '../config/certificate.js';
import type { EntityCertificate, MetadataEntityContext } from '../checks/metadata/context.js';
import type { EntityModel } from '../saml/metadata.js';

/** Parses each distinct certificate once: federation aggregates repeat the same ones many times. */
export class CertificateCache {
  private readonly cache = new Map<string, ParsedCertificate>();

  parse(base64: string): ParsedCertificate {
    let parsed = this.cache.get(base64);
    if (!parsed) {
      parsed = parseCertificateText(base64);
      this.cache.set(base64, parsed);
    }
    return parsed;
  }
}

export function entityContext(entity: EntityModel, now: Date, cache: CertificateCache): MetadataEntityContext {
  const certificates: EntityCertificate[] = [];
  for (const role of entity.roles) {
    role.keyDescriptors.forEach((kd, k) => {
      kd.certificates.forEach((base64, c) => {
        certificates.push({
          roleKind: role.kind,
          use: kd.use,
          base64,
          parsed: cache.parse(base64),
          location: `${entity.path}/${role.element}/KeyDescriptor[${k + 1}]${kd.certificates.length > 1 ? `/X509Certificate[${c + 1}]` : ''}`,
        });
      });
    });
  }
  return { entity, certificates, now };
}
