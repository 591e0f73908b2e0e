import { armorLine } from './armor.js';
import { PEM_WIDTH } from './body.js';

/** RFC 7468 form: exact armour, base64 wrapped at 64 columns, LF endings, final newline. */
export function canonicalPem(der: Uint8Array, label = 'CERTIFICATE'): string {
  const b64 = Buffer.from(der).toString('base64');
  const lines = b64.match(new RegExp(`.{1,${PEM_WIDTH}}`, 'g')) ?? [];
  const pem = [armorLine('BEGIN', label), ...lines, armorLine('END', label)].join('\n') + '\n';
  // The promise of --fix: the repaired text carries exactly the bytes it was made from.
  const back = Buffer.from(pem.split('\n').slice(1, -2).join(''), 'base64');
  if (!back.equals(Buffer.from(der))) throw new Error('canonical PEM does not round-trip to the same DER');
  return pem;
}

/** The DER inside a clean PEM text (one block); for tests and for comparing repaired output. */
export function pemToDer(pem: string): Buffer {
  const m = /-----BEGIN [A-Z0-9 ]+-----([\s\S]*?)-----END [A-Z0-9 ]+-----/.exec(pem);
  return Buffer.from((m ? m[1]! : pem).replace(/\s+/g, ''), 'base64');
}
