// The floor of a whole validate process: the least a JavaScript tool must do to check one pasted
// response in a fresh Node process. Read the base64 file and the certificate, decode, parse
// (@xmldom/xmldom), exclusive c14n (xml-crypto's canonicaliser module alone), SHA-256, one RSA
// verify, print one line. No safety rules, no claims, no diagnosis, no CLI.
// Usage: node floor-process.cjs RESPONSE.b64 CERT.pem
'use strict';
const { createHash, createPublicKey, verify } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { DOMParser } = require('@xmldom/xmldom');
const { ExclusiveCanonicalization } = require('xml-crypto/lib/exclusive-canonicalization');

const DS = 'http://www.w3.org/2000/09/xmldsig#';
const [b64File, certFile] = process.argv.slice(2);
const key = createPublicKey(readFileSync(certFile, 'utf8'));
const xml = Buffer.from(readFileSync(b64File, 'utf8'), 'base64').toString('utf8');
const doc = new DOMParser().parseFromString(xml, 'text/xml');
const signature = doc.getElementsByTagNameNS(DS, 'Signature')[0];
const signedInfo = signature.getElementsByTagNameNS(DS, 'SignedInfo')[0];
const signed = signature.parentNode;
const c14n = new ExclusiveCanonicalization();
signed.removeChild(signature);
const digest = createHash('sha256').update(c14n.process(signed, {}), 'utf8').digest('base64');
const ok =
  digest === signedInfo.getElementsByTagNameNS(DS, 'DigestValue')[0].textContent &&
  verify('sha256', Buffer.from(c14n.process(signedInfo, {})), key, Buffer.from(signature.getElementsByTagNameNS(DS, 'SignatureValue')[0].textContent, 'base64'));
process.stdout.write(ok ? 'signature verified\n' : 'signature NOT verified\n');
process.exitCode = ok ? 0 : 1;
