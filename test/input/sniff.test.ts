import { describe, expect, it } from 'vitest';
import forge from 'node-forge';
import { describePemLabel, pemBlocks, sniffDer, sniffFileType } from '../../src/input/sniff.js';
import { IDP_KEY, SP_KEY, certBase64 } from '../support/keys.js';

describe('sniffFileType', () => {
  it('names formats by magic bytes, and nothing for XML', () => {
    expect(sniffFileType(Buffer.from('GIF89a...'))).toBe('a GIF image');
    expect(sniffFileType(Buffer.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68]))).toBe('an MP4 video or HEIC image');
    expect(sniffFileType(Buffer.from('<samlp:Response/>'))).toBeUndefined();
  });
});

describe('sniffDer', () => {
  it('tells a certificate from a key, a CSR and junk', () => {
    expect(sniffDer(Buffer.from(certBase64(IDP_KEY.cert), 'base64'))).toEqual({ kind: 'certificate' });
    const key = Buffer.from(SP_KEY.key.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    expect(sniffDer(key)).toEqual({ kind: 'other', what: 'a private key' });
    const keys = forge.pki.rsa.generateKeyPair({ bits: 512, e: 0x10001 });
    const csr = forge.pki.createCertificationRequest();
    csr.publicKey = keys.publicKey;
    csr.setSubject([{ name: 'commonName', value: 'x' }]);
    csr.sign(keys.privateKey);
    const csrDer = Buffer.from(forge.asn1.toDer(forge.pki.certificationRequestToAsn1(csr)).getBytes(), 'binary');
    expect(sniffDer(csrDer)?.kind === 'other' && sniffDer(csrDer)).toMatchObject({ what: expect.stringContaining('CSR') });
    expect(sniffDer(Buffer.from([0x30, 0x05, 0x01]))).toBeUndefined();
  });
});

describe('pemBlocks', () => {
  it('reads every block with its label', () => {
    const blocks = pemBlocks(`junk\n${IDP_KEY.cert}\n${SP_KEY.key}`);
    expect(blocks.map((b) => b.label)).toEqual(['CERTIFICATE', 'PRIVATE KEY']);
    expect(Buffer.from(blocks[0]!.der).toString('base64')).toBe(certBase64(IDP_KEY.cert));
    expect(describePemLabel('CERTIFICATE REQUEST')).toContain('CSR');
  });
});
