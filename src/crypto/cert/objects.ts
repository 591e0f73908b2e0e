import type { Finding } from '../../checks/types.js';
import { finding } from '../../checks/types.js';
import {
  certCsr,
  certPkcs12,
  certPkcs7,
  certPrivateKey,
  certPublicKey,
  certTrailingData,
  certTruncated,
  certUnparseable,
} from '../../checks/certificate/rules.js';
import type { LabelKind } from './armor.js';
import { classifyDer, pkcs7Certificates, type DerKind } from './classify.js';
import { parseCertificate, type ParsedCertificate } from './facts.js';
import { sniffFileType } from '../../input/sniff.js';

/** A certificate read from the input, before duplicates are merged. */
export interface Found {
  parsed: ParsedCertificate;
  location: string;
  use?: 'signing' | 'encryption' | 'both';
  /** Decoding needed a guess; only acceptable when the certificate proves itself (self-signature). */
  unproven?: string;
  /** Came out of one body that held several certificates back to back. */
  glued?: boolean;
}

export interface Sink {
  findings: Finding[];
  found: Found[];
  /** Something meant to be a certificate is broken: no repaired PEM. */
  fatal(reason: string): void;
  /** Something that is not a certificate was met (a key, a CSR): explains an empty result. */
  skip(reason: string): void;
}

export interface ObjectContext {
  location: string;
  /** What the armour said it is, when there was armour. */
  labelKind: LabelKind | undefined;
  unproven?: string;
  use?: 'signing' | 'encryption' | 'both';
  /** The bytes came from a binary file rather than base64. */
  binary?: boolean;
  /** The body held several certificates back to back. */
  glued?: boolean;
}

const BASE64_PER_BYTE = 4 / 3;

/** Says what one decoded DER object is and, when it is a certificate, keeps it. */
export function handleObject(der: Uint8Array, ctx: ObjectContext, sink: Sink): void {
  const shape = classifyDer(der);
  if (shape.missingBytes !== undefined) {
    const missing = shape.missingBytes;
    const total = der.length + missing;
    sink.fatal(`${ctx.location}: the certificate is cut short`);
    sink.findings.push(
      finding(certTruncated, {
        message:
          `the ${ctx.binary ? 'file' : 'body'} holds ${der.length} of the ${total} bytes its header announces: ` +
          `about ${missing} bytes` +
          (ctx.binary ? '' : ` (≈ ${Math.ceil(missing * BASE64_PER_BYTE)} base64 characters, ${describeLines(missing)})`) +
          ' are missing',
        expected: `${total} bytes`,
        actual: `${der.length} bytes`,
        location: ctx.location,
        hint: 'Download the certificate again from the IdP and copy the whole file; the end was cut off on the way.',
      }),
    );
    return;
  }
  const kind = resolveKind(shape.kind, ctx.labelKind);
  switch (kind) {
    case 'certificate':
      return certificate(der, shape.end ?? der.length, ctx, sink);
    case 'private-key':
    case 'encrypted-private-key':
      return reportPrivateKey(kind === 'encrypted-private-key', ctx.location, sink);
    case 'public-key':
      sink.skip('the input is a public key, not a certificate');
      sink.findings.push(
        finding(certPublicKey, {
          message: 'this is a bare public key, not a certificate',
          expected: 'a certificate (-----BEGIN CERTIFICATE-----)',
          actual: 'a public key (-----BEGIN PUBLIC KEY-----)',
          location: ctx.location,
          hint: 'Download the certificate from the IdP (Microsoft Entra: SAML Certificates › Certificate (Base64)).',
        }),
      );
      return;
    case 'csr':
      sink.skip('the input is a certificate signing request, not a certificate');
      sink.findings.push(
        finding(certCsr, {
          message: 'this is a certificate signing request (CSR), not a certificate',
          expected: 'a certificate (-----BEGIN CERTIFICATE-----)',
          actual: 'a CSR (-----BEGIN CERTIFICATE REQUEST-----)',
          location: ctx.location,
          hint: 'Use the certificate the IdP signs with (Microsoft Entra: SAML Certificates › Certificate (Base64)), or the one the CA issued for this request.',
        }),
      );
      return;
    case 'pkcs7':
      return pkcs7(der, ctx, sink);
    case 'pkcs12':
      sink.skip('the input is a PKCS#12 key store; extract the certificate with `openssl pkcs12 -in FILE -nokeys -clcerts`');
      sink.findings.push(
        finding(certPkcs12, {
          message: 'this is a PKCS#12 key store (.pfx/.p12), which normally holds the private key too; do not share or upload it',
          expected: 'the certificate alone (PEM)',
          actual: 'a PKCS#12 store',
          location: ctx.location,
          hint:
            'Download only "Certificate (Base64)" from the IdP, or extract it: `openssl pkcs12 -in FILE -nokeys -clcerts`. ' +
            'If this file was sent to anyone, the IdP admin should rotate the signing certificate.',
        }),
      );
      return;
    default: {
      sink.fatal(`${ctx.location}: not a certificate`);
      const head = Buffer.from(der.subarray(0, 8)).toString('hex').replace(/(..)/g, '$1 ').trim();
      // A JPEG or a PDF attached instead of the certificate is named, not described by its bytes.
      const fileType = sniffFileType(der);
      sink.findings.push(
        finding(certUnparseable, {
          message: fileType
            ? `the ${ctx.binary ? 'file' : 'body'} is ${fileType}, not a certificate`
            : shape.noHeader
              ? `the ${ctx.binary ? 'file' : 'body'} does not decode to a certificate (it starts with bytes ${head || '(none)'})`
              : 'the body decodes to a DER structure that is not a certificate, key, request or bundle',
          expected: 'an X.509 certificate (DER starting with 30 82)',
          actual: `${der.length} bytes starting ${head || '(none)'}`,
          location: ctx.location,
          hint: 'Copy the certificate again from the IdP download; what was pasted is not a certificate or was damaged.',
        }),
      );
    }
  }
}

/** Structure wins over the label, except where the structure is unreadable (e.g. OpenSSH keys). */
function resolveKind(structural: DerKind, label: LabelKind | undefined): DerKind {
  if (structural !== 'unknown') return structural;
  if (label === 'private-key' || label === 'public-key' || label === 'csr' || label === 'pkcs7') return label;
  return 'unknown';
}

function certificate(der: Uint8Array, end: number, ctx: ObjectContext, sink: Sink): void {
  const own = der.subarray(0, end);
  if (end < der.length) {
    const extra = followingObjects(der, end);
    if (extra && extra.every((d) => classifyDer(d).kind === 'certificate')) {
      // Reported with the other certificates (cert-multiple), which can list them all.
      for (const d of [own, ...extra]) certificate(d, d.length, { ...ctx, glued: true }, sink);
      return;
    }
    sink.findings.push(
      finding(certTrailingData, {
        message: `${der.length - end} extra bytes follow the end of the certificate`,
        expected: `${end} bytes (the certificate)`,
        actual: `${der.length} bytes`,
        location: ctx.location,
        hint: 'Use --fix to write the certificate without them.',
      }),
    );
  }
  const parsed = parseCertificate(own);
  if (!parsed.ok) {
    sink.fatal(`${ctx.location}: the certificate does not parse (${parsed.reason})`);
    sink.findings.push(
      finding(certUnparseable, {
        message: `the body has the shape of a certificate but does not parse: ${parsed.reason}`,
        expected: 'a well-formed X.509 certificate',
        actual: parsed.reason,
        location: ctx.location,
        hint: 'Copy the certificate again from the IdP download; its content was damaged.',
      }),
    );
    return;
  }
  sink.found.push({
    parsed: parsed.cert,
    location: ctx.location,
    ...(ctx.use ? { use: ctx.use } : {}),
    ...(ctx.unproven ? { unproven: ctx.unproven } : {}),
    ...(ctx.glued ? { glued: true } : {}),
  });
}

/** The complete DER objects after `offset`, or undefined when the rest is not a sequence of them. */
function followingObjects(der: Uint8Array, offset: number): Uint8Array[] | undefined {
  const out: Uint8Array[] = [];
  let pos = offset;
  while (pos < der.length) {
    const rest = der.subarray(pos);
    const shape = classifyDer(rest);
    if (shape.end === undefined) return undefined;
    out.push(rest.subarray(0, shape.end));
    pos += shape.end;
  }
  return out;
}

export function reportPrivateKey(encrypted: boolean, location: string, sink: Sink): void {
  sink.skip('the input is a private key, not a certificate');
  sink.findings.push(
    finding(certPrivateKey, {
      message:
        `this is ${encrypted ? 'an encrypted' : 'a'} PRIVATE KEY, not a certificate: do not paste or send it anywhere, ` +
        'and consider it compromised if it was shared',
      expected: 'the public certificate (-----BEGIN CERTIFICATE-----)',
      actual: encrypted ? 'an encrypted private key' : 'a private key',
      location,
      hint:
        'Delete this copy. The app needs only the public certificate (Microsoft Entra: SAML Certificates › Certificate ' +
        '(Base64)). If the key was sent to anyone, the IdP admin must rotate it: create a new certificate, give it to the ' +
        'SP admin, make it active, and delete the old one.',
    }),
  );
}

function pkcs7(der: Uint8Array, ctx: ObjectContext, sink: Sink): void {
  const certs = pkcs7Certificates(der);
  sink.findings.push(
    finding(certPkcs7, {
      message: `this is a PKCS#7 bundle (.p7b) with ${certs.length} certificate${certs.length === 1 ? '' : 's'}, not a PEM certificate`,
      expected: 'a PEM certificate (-----BEGIN CERTIFICATE-----)',
      actual: 'a PKCS#7 container',
      location: ctx.location,
      hint: certs.length
        ? 'Use --fix to take the signing certificate out as PEM (or `openssl pkcs7 -print_certs -in FILE`).'
        : 'The bundle holds no certificate; export the certificate itself from the IdP.',
    }),
  );
  if (!certs.length) {
    sink.skip('the PKCS#7 bundle holds no certificate');
    return;
  }
  certs.forEach((d, i) => certificate(d, d.length, { ...ctx, location: `${ctx.location}, certificate ${i + 1} in the bundle` }, sink));
}

function describeLines(bytes: number): string {
  const lines = Math.round((bytes * BASE64_PER_BYTE) / 64);
  return lines <= 1 ? 'about one line of 64' : `about ${lines} lines of 64`;
}
