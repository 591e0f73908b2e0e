/**
 * Writes the validate benchmark inputs into test/bench/.work/validate/ (git-ignored), signed with fixtures/keys through
 * the test fixture builder. Run by the workloads when the inputs are missing:
 * `node --import tsx test/bench/peers/inputs.ts`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IDP, NOW, SP } from '../../support/constants.js';
import { IDP_KEY, ATTACKER_KEY, IDP_ROTATED_KEY } from '../../support/keys.js';
import { buildResponse, entraAttributes, signResponse } from '../../support/saml-builder.js';

/** Our own folder: other workloads keep their generated inputs elsewhere under .work/. */
const WORK = join(dirname(fileURLToPath(import.meta.url)), '..', '.work', 'validate');
const DIRECTORY_FILES = 10_000;

/** Every this-many files in the directory workload is a failing response (wrong audience). */
const FAILING_EVERY = 100;
/** Distinct signed responses the directory is built from (signing 10,000 would take minutes). */
const DISTINCT = 50;

const b64 = (xml: string) => Buffer.from(xml, 'utf8').toString('base64');

function write(name: string, text: string): void {
  writeFileSync(join(WORK, name), text);
}

function writeResponse(name: string, xml: string): void {
  write(`${name}.xml`, xml);
  write(`${name}.b64`, b64(xml));
}

/** A realistic group name (an on-premises distinguished name synced to Entra): ~150 bytes per value. */
function groupName(i: number): string {
  const n = String(i).padStart(3, '0');
  return `CN=sg-app-elevenlabs-ws-${n}-voice-library-editors,OU=Application Access Groups,OU=Security Groups,OU=Contoso Corporate,DC=corp,DC=contoso,DC=com`;
}

function config(certs: string[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      profile: 'elevenlabs',
      sp: { entityId: SP.entityId, acsUrl: SP.acsUrl },
      idp: { entityId: IDP.entityId, ssoUrl: IDP.ssoUrl, certificates: certs },
      nameId: { format: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress' },
      emailDomains: ['contoso.com'],
      security: { signed: 'either', allowSha1: false, clockSkewSeconds: 180, allowIdpInitiated: false },
      ...extra,
    },
    null,
    2,
  );
}

rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });

const signedAssertion = signResponse(buildResponse(), { sign: 'assertion' });
writeResponse('signed-assertion', signedAssertion);
writeResponse('signed-both', signResponse(buildResponse(), { sign: 'both' }));
const groups = Array.from({ length: 500 }, (_, i) => groupName(i));
writeResponse('groups-500', signResponse(buildResponse({ assertion: { attributes: entraAttributes({ groups }) } }), { sign: 'assertion' }));

write('idp.crt.pem', IDP_KEY.cert);
write('config.json', config([IDP_KEY.cert]));
write('config-groups.json', config([IDP_KEY.cert], { attributes: { groups: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups' } }));
// Rollover: two certificates that did not sign (the next one, another key) come before the one that did.
write('config-rollover.json', config([ATTACKER_KEY.cert, IDP_ROTATED_KEY.cert, IDP_KEY.cert]));

// Directory workload: 10,000 captured responses (base64, as pasted), one in FAILING_EVERY for the wrong audience.
// responses-xml/ holds the same files decoded, for xmlsec1, which reads XML only.
const dir = join(WORK, 'responses');
const xmlDir = join(WORK, 'responses-xml');
mkdirSync(dir);
mkdirSync(xmlDir);
const good = Array.from({ length: DISTINCT }, (_, i) =>
  b64(signResponse(buildResponse({ id: `_bench-response-${i}`, assertion: { id: `_bench-assertion-${i}` } }), { sign: 'assertion' })),
);
const bad = b64(signResponse(buildResponse({ assertion: { audiences: ['https://elevenlabs.io/'] } }), { sign: 'assertion' }));
for (let i = 0; i < DIRECTORY_FILES; i++) {
  const name = `response-${String(i).padStart(5, '0')}`;
  const b64text = i % FAILING_EVERY === FAILING_EVERY - 1 ? bad : good[i % DISTINCT]!;
  writeFileSync(join(dir, `${name}.b64`), b64text);
  writeFileSync(join(xmlDir, `${name}.xml`), Buffer.from(b64text, 'base64'));
}

write('now.txt', NOW.toISOString());
// Written last: its presence (newer than this script) says the inputs are complete and current.
write('done', new Date().toISOString());
process.stdout.write(`bench inputs written to ${WORK}\n`);
