import { describe, expect, it } from 'vitest';
import { describeSteps, provenanceLines, shortenIds } from '../../src/inspect/header.js';
import { NOW } from '../support/constants.js';

describe('inspect header', () => {
  it('describes decoding steps in words', () => {
    expect(describeSteps(['url', 'url-decode', 'base64', 'inflate'])).toBe('URL query → URL-encoded → base64 → inflate');
    expect(describeSteps([])).toBe('raw XML');
  });

  it('shows binding, RelayState and SigAlg of a signed redirect', () => {
    const lines = provenanceLines(
      {
        source: 'url.txt',
        steps: ['url', 'url-decode', 'base64', 'inflate'],
        binding: 'HTTP-Redirect',
        parameter: 'SAMLRequest',
        relayState: '',
        sigAlg: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
        signature: 'c2ln',
      },
      NOW,
      'option',
    );
    expect(lines).toEqual([
      'judged at 2026-11-20 09:15:02 UTC (--now) · url.txt · URL query → URL-encoded → base64 → inflate',
      'HTTP-Redirect SAMLRequest · RelayState (empty) · SigAlg RSA-SHA256 (query signature present, not verified here)',
    ]);
  });

  it('shortens GUIDs for headers only', () => {
    expect(shortenIds('https://sts.windows.net/3f1c9a52-7d4e-4b8a-9c1e-2a6f0d5b8e71/')).toBe('https://sts.windows.net/3f1c…/');
  });
});
