import type { Finding } from '../../checks/types.js';
import { finding } from '../../checks/types.js';
import { inputBase64Truncated, inputBinary, inputInflateFailed, inputNotSamlText } from '../../checks/input/index.js';
import { base64Bytes, readBase64 } from '../base64.js';
import { inflate } from '../inflate.js';
import { decodeText, looksLikeXml, preview } from '../text.js';

/** A SAML message inflates to a few kilobytes; this cap stops deflate bombs hidden in captures. */
const MAX_INFLATED = 16 * 1024 * 1024;

export interface SamlValue {
  xml?: string;
  steps: string[];
  finding?: Finding;
}

/**
 * The value of a SAMLRequest/SAMLResponse parameter (already percent-decoded) to XML:
 * base64, then raw DEFLATE for the redirect binding (or when a POST body turns out compressed).
 */
export function decodeSamlValue(value: string, redirect: boolean, location: string): SamlValue {
  const steps = ['base64'];
  const b64 = readBase64(value.trim());
  if (!b64) {
    if (looksLikeXml(value)) return { xml: value.trim(), steps: [] };
    return {
      steps,
      finding: finding(inputNotSamlText, {
        message: `the SAML parameter is not base64: it starts with "${preview(value, 40)}"`,
        location,
      }),
    };
  }
  if (b64.remainder === 1) {
    return {
      steps,
      finding: finding(inputBase64Truncated, {
        message: `the SAML parameter is base64 with characters missing at the end (${b64.compact.length} characters)`,
        location,
      }),
    };
  }
  const bytes = base64Bytes(b64);
  const text = redirect ? undefined : decodeText(bytes);
  if (text !== undefined && looksLikeXml(text)) return { xml: text, steps };
  const inflated = inflate(bytes, MAX_INFLATED);
  if (inflated.ok) {
    const xml = decodeText(inflated.data);
    if (looksLikeXml(xml)) return { xml, steps: [...steps, inflated.step] };
    return {
      steps: [...steps, inflated.step],
      finding: finding(inputBinary, { message: 'the SAML parameter inflates to something that is not XML', location }),
    };
  }
  if (!redirect) {
    return {
      steps,
      finding: finding(inputBinary, {
        message: `the SAML parameter decodes to binary data (starts ${Buffer.from(bytes.subarray(0, 8)).toString('hex')})`,
        location,
      }),
    };
  }
  return {
    steps: [...steps, 'inflate'],
    finding: finding(inputInflateFailed, {
      message: `the redirect-binding SAML parameter does not inflate: ${inflated.error}`,
      location,
    }),
  };
}
