import { children, firstOid, readHeader, readTlv, smallInteger, TAG, type Tlv } from './der.js';
import { OID } from './oids.js';

/**
 * What a DER object is, told by its structure alone (labels lie: people rename files and armour).
 * The shapes are those of RFC 5280 (certificate), RFC 2986 (CSR), RFC 5208/5958 (PKCS#8),
 * RFC 8017 (PKCS#1), RFC 5915 (SEC1), RFC 2315 (PKCS#7) and RFC 7292 (PKCS#12).
 */
export type DerKind =
  | 'certificate'
  | 'csr'
  | 'private-key'
  | 'encrypted-private-key'
  | 'public-key'
  | 'pkcs7'
  | 'pkcs12'
  | 'unknown';

export interface DerShape {
  kind: DerKind;
  /** Bytes the outer header declares but the data lacks (a cut-short body). */
  missingBytes?: number;
  /** Whether the outer header could not even be read (too short, not a SEQUENCE). */
  noHeader?: boolean;
  /** Offset just past the first object, when it is complete. */
  end?: number;
}

export function classifyDer(der: Uint8Array): DerShape {
  const head = readHeader(der, 0);
  if (!head || head.tag !== TAG.SEQUENCE) return { kind: 'unknown', noHeader: true };
  if (!head.indefinite && head.end > der.length) return { kind: 'unknown', missingBytes: head.end - der.length };
  const outer = readTlv(der, 0);
  if (!outer) return { kind: 'unknown' };
  return { kind: kindOf(der, outer), end: outer.end };
}

function kindOf(der: Uint8Array, outer: Tlv): DerKind {
  const kids = children(der, outer);
  if (!kids || kids.length === 0) return 'unknown';
  const [a, b, c] = kids;
  const tags = kids.map((k) => k.tag);

  // Certificate and CSR: SEQUENCE { tbs SEQUENCE, AlgorithmIdentifier, BIT STRING }.
  if (kids.length === 3 && a!.tag === TAG.SEQUENCE && b!.tag === TAG.SEQUENCE && c!.tag === TAG.BIT_STRING) {
    const tbs = children(der, a!);
    if (!tbs) return 'unknown';
    // A CSR's info is { version INTEGER, subject Name, SubjectPublicKeyInfo, [0] attributes }.
    if (tbs.length === 4 && tbs[0]!.tag === TAG.INTEGER && tbs[3]!.tag === TAG.CONTEXT_0) return 'csr';
    // tbsCertificate has at least serial, signature, issuer, validity, subject, key (plus an explicit version).
    if (tbs.length >= 6) return 'certificate';
    return 'unknown';
  }
  // SubjectPublicKeyInfo: { AlgorithmIdentifier, BIT STRING }.
  if (kids.length === 2 && a!.tag === TAG.SEQUENCE && b!.tag === TAG.BIT_STRING && firstOid(der, a)) return 'public-key';
  // PKCS#1 RSAPublicKey: { modulus INTEGER, exponent INTEGER }.
  if (kids.length === 2 && a!.tag === TAG.INTEGER && b!.tag === TAG.INTEGER) return 'public-key';
  // EncryptedPrivateKeyInfo: { AlgorithmIdentifier (PBES2 or a PBE scheme), OCTET STRING }.
  if (kids.length === 2 && a!.tag === TAG.SEQUENCE && b!.tag === TAG.OCTET_STRING) return 'encrypted-private-key';
  // PKCS#8 PrivateKeyInfo / OneAsymmetricKey: { version 0|1, AlgorithmIdentifier, OCTET STRING, ... }.
  if (kids.length >= 3 && a!.tag === TAG.INTEGER && b!.tag === TAG.SEQUENCE && c!.tag === TAG.OCTET_STRING) {
    return 'private-key';
  }
  // PKCS#1 RSAPrivateKey: version and eight INTEGERs.
  if (kids.length >= 9 && tags.every((t) => t === TAG.INTEGER)) return 'private-key';
  // SEC1 ECPrivateKey: { version 1, OCTET STRING, [0] parameters?, [1] public key? }.
  if (a!.tag === TAG.INTEGER && smallInteger(der, a) === 1 && b?.tag === TAG.OCTET_STRING) return 'private-key';
  // PKCS#12 PFX: { version 3, ContentInfo authSafe, MacData? }.
  if (a!.tag === TAG.INTEGER && smallInteger(der, a) === 3 && b?.tag === TAG.SEQUENCE) return pkcs12OrUnknown(der, b);
  // PKCS#7 ContentInfo: { contentType OID, [0] content }.
  if (a!.tag === TAG.OID && b?.tag === TAG.CONTEXT_0 && firstOid(der, outer) === OID.pkcs7SignedData) return 'pkcs7';
  return 'unknown';
}

function pkcs12OrUnknown(der: Uint8Array, authSafe: Tlv): DerKind {
  const oid = firstOid(der, authSafe);
  return oid === OID.pkcs7Data || oid === OID.pkcs7SignedData ? 'pkcs12' : 'unknown';
}

/**
 * The certificates a PKCS#7 SignedData bundle (.p7b) carries, as DER slices of the input:
 * ContentInfo { OID, [0] SignedData { version, digestAlgorithms, contentInfo, [0] certificates, ... } }.
 */
export function pkcs7Certificates(der: Uint8Array): Uint8Array[] {
  const outer = readTlv(der, 0);
  const content = outer && children(der, outer)?.[1];
  const signedData = content && children(der, content)?.[0];
  const fields = signedData && children(der, signedData);
  const certSet = fields?.find((f, i) => i >= 3 && f.tag === TAG.CONTEXT_0);
  if (!certSet) return [];
  return (children(der, certSet) ?? [])
    .filter((t) => t.tag === TAG.SEQUENCE)
    .map((t) => der.subarray(t.start, t.end));
}
