/** The XML-DSig algorithm identifiers SAML IdPs use, and what node:crypto needs to check them. */

export type HashName = 'sha1' | 'sha256' | 'sha384' | 'sha512';

export interface SignatureAlgorithm {
  uri: string;
  hash: HashName;
  keyType: 'rsa' | 'ec';
}

const sig = (uri: string, hash: HashName, keyType: 'rsa' | 'ec'): [string, SignatureAlgorithm] => [uri, { uri, hash, keyType }];

export const SIGNATURE_ALGORITHMS: ReadonlyMap<string, SignatureAlgorithm> = new Map([
  sig('http://www.w3.org/2000/09/xmldsig#rsa-sha1', 'sha1', 'rsa'),
  sig('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256', 'sha256', 'rsa'),
  sig('http://www.w3.org/2001/04/xmldsig-more#rsa-sha384', 'sha384', 'rsa'),
  sig('http://www.w3.org/2001/04/xmldsig-more#rsa-sha512', 'sha512', 'rsa'),
  sig('http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256', 'sha256', 'ec'),
  sig('http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384', 'sha384', 'ec'),
  sig('http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512', 'sha512', 'ec'),
]);

export const DIGEST_ALGORITHMS: ReadonlyMap<string, HashName> = new Map([
  ['http://www.w3.org/2000/09/xmldsig#sha1', 'sha1'],
  ['http://www.w3.org/2001/04/xmlenc#sha256', 'sha256'],
  ['http://www.w3.org/2001/04/xmldsig-more#sha384', 'sha384'],
  ['http://www.w3.org/2001/04/xmlenc#sha512', 'sha512'],
]);

export const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
export const EXC_C14N_WITH_COMMENTS = 'http://www.w3.org/2001/10/xml-exc-c14n#WithComments';
export const ENVELOPED_SIGNATURE = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

export function isExclusiveC14n(uri: string): boolean {
  return uri === EXC_C14N || uri === EXC_C14N_WITH_COMMENTS;
}
