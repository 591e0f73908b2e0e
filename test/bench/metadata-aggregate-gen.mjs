// Writes a synthetic federation aggregate (md:EntitiesDescriptor) of about the requested size to
// test/bench/.work/ (git-ignored) and returns its path. IdPs and SPs alternate, each with
// Extensions, a signing certificate from fixtures/keys, endpoints and an Organization, the way
// national federations (InCommon, eduGAIN) publish them. Usage: node metadata-aggregate-gen.mjs [MiB]
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const KEYS = ['idp', 'idp-rotated', 'idp-ec', 'sp', 'attacker'].map((k) =>
  readFileSync(join(ROOT, 'fixtures', 'keys', `${k}.crt.pem`), 'utf8').replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''),
);
const wrap = (b64) => b64.replace(/(.{64})/g, '$1\n');

function entity(i) {
  const host = `org${i}.example.edu`;
  const cert = wrap(KEYS[i % KEYS.length]);
  const ext =
    `<md:Extensions><mdui:UIInfo><mdui:DisplayName xml:lang="en">Organisation ${i}</mdui:DisplayName>` +
    `<mdui:Description xml:lang="en">Identity and service endpoints of organisation number ${i} in the synthetic federation.</mdui:Description>` +
    `</mdui:UIInfo><shibmd:Scope regexp="false">${host}</shibmd:Scope></md:Extensions>`;
  const key = `<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>\n${cert}\n</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`;
  const role =
    i % 2 === 0
      ? `<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">${ext}${key}` +
        `<md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://${host}/idp/profile/SAML2/Redirect/SLO"/>` +
        `<md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>` +
        `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://${host}/idp/profile/SAML2/POST/SSO"/>` +
        `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://${host}/idp/profile/SAML2/Redirect/SSO"/>` +
        `</md:IDPSSODescriptor>`
      : `<md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">${ext}${key}` +
        `<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://${host}/Shibboleth.sso/SAML2/POST" index="1" isDefault="true"/>` +
        `<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact" Location="https://${host}/Shibboleth.sso/SAML2/Artifact" index="2"/>` +
        `</md:SPSSODescriptor>`;
  return (
    `<md:EntityDescriptor entityID="https://${host}/${i % 2 === 0 ? 'idp/shibboleth' : 'shibboleth'}">${role}` +
    `<md:Organization><md:OrganizationName xml:lang="en">Organisation ${i}</md:OrganizationName>` +
    `<md:OrganizationDisplayName xml:lang="en">Organisation ${i}</md:OrganizationDisplayName>` +
    `<md:OrganizationURL xml:lang="en">https://${host}/</md:OrganizationURL></md:Organization>` +
    `<md:ContactPerson contactType="technical"><md:EmailAddress>mailto:sso@${host}</md:EmailAddress></md:ContactPerson>` +
    `</md:EntityDescriptor>\n`
  );
}

/** Path of an aggregate of at least `mib` MiB; generated once and reused. */
export function aggregateFile(mib) {
  const dir = join(HERE, '.work');
  const file = join(dir, `aggregate-${mib}mib.xml`);
  if (existsSync(file)) return { file, bytes: statSync(file).size, entities: Number(readFileSync(file, 'utf8').match(/<md:EntityDescriptor /g)?.length ?? 0) };
  mkdirSync(dir, { recursive: true });
  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?>\n<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" ` +
      `xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:mdui="urn:oasis:names:tc:SAML:metadata:ui" ` +
      `xmlns:shibmd="urn:mace:shibboleth:metadata:1.0" Name="urn:example:synthetic-federation" validUntil="2099-01-01T00:00:00Z">\n`,
  ];
  let size = parts[0].length;
  let i = 0;
  while (size < mib * 1024 * 1024) {
    const e = entity(i++);
    parts.push(e);
    size += e.length;
  }
  parts.push('</md:EntitiesDescriptor>\n');
  writeFileSync(file, parts.join(''));
  return { file, bytes: statSync(file).size, entities: i };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = aggregateFile(Number(process.argv[2] ?? 20));
  process.stdout.write(`${r.file}: ${(r.bytes / 2 ** 20).toFixed(1)} MiB, ${r.entities} entities\n`);
}
