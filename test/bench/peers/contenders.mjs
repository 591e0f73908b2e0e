// The in-process contenders of the response workloads: saml-doctor's full diagnosis, the floor, and
// the libraries a user would otherwise pick. Each factory prepares everything that a long-running
// service would prepare once (keys, configs, instances) and returns one validation as a function.
import { createHash, createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { ExclusiveCanonicalization, SignedXml } from 'xml-crypto';
import { ROOT } from '../lib.mjs';

const DS = 'http://www.w3.org/2000/09/xmldsig#';
const NOW = new Date('2026-11-20T09:15:02Z');
const SP_ENTITY_ID = 'https://elevenlabs.io';
const ACS_URL = 'https://elevenlabs.io/__/auth/handler';
const IDP_ENTITY_ID = 'https://sts.windows.net/3f1c9a52-7d4e-4b8a-9c1e-2a6f0d5b8e71/';
/** The responses are judged at the fixtures' NOW by us; the peers read the real clock, so their time checks are off. */
const NO_TIME_CHECKS_MS = 10 * 365 * 24 * 3600 * 1000;

const dist = (path) => import(pathToFileURL(join(ROOT, 'dist', path)).href);

/** Fails loudly when a contender does not accept the valid input: timing a rejection would mean nothing. */
function mustPass(name, ok, detail) {
  if (!ok) throw new Error(`${name} rejected a valid benchmark input: ${detail}`);
}

/** saml-doctor: the CLI's own path from pasted base64 to a full diagnosis (decode, parse, signatures, every check). */
export async function ours({ configPath }) {
  const [{ loadConfig }, { createValidator }, { decodeInput }] = await Promise.all([
    dist('config/load.js'),
    dist('validate/pipeline.js'),
    dist('input/decode.js'),
  ]);
  const loaded = loadConfig(readFileSync(configPath, 'utf8'), {
    baseDir: dirname(configPath),
    readFile: (p) => readFileSync(p, 'utf8'),
    now: NOW,
  });
  if (!loaded.config) throw new Error(`bench config ${configPath} does not load`);
  const validate = createValidator(loaded.config, { now: NOW });
  return (b64) => validate(decodeInput(Buffer.from(b64), 'bench').messages[0]);
}

/**
 * The floor: the least work that checks one signed response. Decode, parse, exclusive-c14n of the
 * signed element without its signature, SHA-256, c14n of SignedInfo, one RSA verify with a key
 * prepared in advance. No structural safety rules, no claims read, no diagnosis.
 */
export async function floor({ certPems }) {
  const key = createPublicKey(certPems.at(-1));
  const parser = new DOMParser();
  return (b64) => {
    const doc = parser.parseFromString(Buffer.from(b64, 'base64').toString('utf8'), 'text/xml');
    const signature = doc.getElementsByTagNameNS(DS, 'Signature')[0];
    const signed = signature.parentNode;
    const signedInfo = signature.getElementsByTagNameNS(DS, 'SignedInfo')[0];
    const c14n = new ExclusiveCanonicalization();
    signed.removeChild(signature);
    const digest = createHash('sha256').update(c14n.process(signed, {}), 'utf8').digest('base64');
    const expected = signedInfo.getElementsByTagNameNS(DS, 'DigestValue')[0].textContent;
    const value = Buffer.from(signature.getElementsByTagNameNS(DS, 'SignatureValue')[0].textContent, 'base64');
    return digest === expected && cryptoVerify('sha256', Buffer.from(c14n.process(signedInfo, {})), key, value);
  };
}

/** xml-crypto's SignedXml.checkSignature alone, the way its README shows: find the signature, load it, check. */
export async function xmlCrypto({ certPems }) {
  const parser = new DOMParser();
  return (b64) => {
    const xml = Buffer.from(b64, 'base64').toString('utf8');
    const doc = parser.parseFromString(xml, 'text/xml');
    const signature = doc.getElementsByTagNameNS(DS, 'Signature')[0];
    // Like node-saml, a service with several trusted certificates tries each until one verifies.
    for (const publicCert of certPems) {
      const sig = new SignedXml({ publicCert });
      sig.loadSignature(signature);
      try {
        if (sig.checkSignature(xml)) return true;
      } catch {
        // the next certificate
      }
    }
    return false;
  };
}

/** @node-saml/node-saml (passport-saml's core): validatePostResponseAsync, time checks off (see NO_TIME_CHECKS_MS). */
export async function nodeSaml({ certPems, signed }) {
  const { SAML: NodeSaml, ValidateInResponseTo } = await import('@node-saml/node-saml');
  const saml = new NodeSaml({
    idpCert: certPems,
    issuer: SP_ENTITY_ID,
    callbackUrl: ACS_URL,
    audience: SP_ENTITY_ID,
    idpIssuer: IDP_ENTITY_ID,
    wantAssertionsSigned: signed !== 'response',
    wantAuthnResponseSigned: signed !== 'assertion',
    acceptedClockSkewMs: -1,
    validateInResponseTo: ValidateInResponseTo.never,
  });
  return (b64) => saml.validatePostResponseAsync({ SAMLResponse: b64 });
}

/** samlify: ServiceProvider.parseLoginResponse with the XML schema validator replaced by a no-op. */
export async function samlify({ certPems }) {
  const lib = await import('samlify');
  const saml = lib.default ?? lib;
  saml.setSchemaValidator({ validate: () => Promise.resolve('skipped') });
  const idp = saml.IdentityProvider({
    entityID: IDP_ENTITY_ID,
    signingCert: certPems,
    singleSignOnService: [{ Binding: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect', Location: `${IDP_ENTITY_ID}saml2` }],
    clockDrifts: [-NO_TIME_CHECKS_MS, NO_TIME_CHECKS_MS],
  });
  const sp = saml.ServiceProvider({
    entityID: SP_ENTITY_ID,
    assertionConsumerService: [{ Binding: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST', Location: ACS_URL }],
    wantAssertionsSigned: true,
    clockDrifts: [-NO_TIME_CHECKS_MS, NO_TIME_CHECKS_MS],
  });
  return (b64) => sp.parseLoginResponse(idp, 'post', { body: { SAMLResponse: b64 } });
}

export const PEERS = [
  ['xml-crypto checkSignature', xmlCrypto],
  ['@node-saml/node-saml validatePostResponseAsync', nodeSaml],
  ['samlify parseLoginResponse (schema check off)', samlify],
];

/** Runs each contender once on the input and checks that it accepted it. */
export async function checkAccepts(name, fn, b64) {
  const r = await fn(b64);
  if (name === 'ours') {
    const errors = r.findings.filter((f) => f.severity === 'error');
    mustPass(name, r.ok && errors.length === 0, JSON.stringify(errors.map((f) => [f.code, f.message])));
    mustPass(name, r.details?.claimsVerified === true, 'claims not verified');
  } else if (typeof r === 'boolean') {
    mustPass(name, r, 'signature did not verify');
  } else if (name.startsWith('@node-saml')) {
    mustPass(name, r?.profile?.nameID === 'ada.lovelace@contoso.com', JSON.stringify(r).slice(0, 200));
  } else {
    mustPass(name, r?.extract?.nameID === 'ada.lovelace@contoso.com', JSON.stringify(r?.extract ?? r).slice(0, 200));
  }
}
