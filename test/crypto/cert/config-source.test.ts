import { describe, expect, it } from 'vitest';
import { isInlineCertificate } from '../../../src/crypto/cert/config-source.js';
import { IDP_KEY } from '../../support/keys.js';

const body = IDP_KEY.cert.replace(/-----[A-Z ]+-----/g, '').trim();

describe('isInlineCertificate', () => {
  it('treats PEM, a PEM cut short at either end, and a bare base64 body as inline', () => {
    expect(isInlineCertificate(IDP_KEY.cert)).toBe(true);
    expect(isInlineCertificate(IDP_KEY.cert.slice(0, 300))).toBe(true);
    expect(isInlineCertificate(IDP_KEY.cert.slice(30))).toBe(true);
    expect(isInlineCertificate(body)).toBe(true);
  });

  it('treats file paths as paths, even long ones without an extension or with END in the name', () => {
    expect(isInlineCertificate('certs/idp.pem')).toBe(false);
    expect(isInlineCertificate('/etc/saml/LEGEND.pem')).toBe(false);
    expect(isInlineCertificate('/home/operator/certificates/identity/provider/signing/current/okta/cert')).toBe(false);
  });
});
