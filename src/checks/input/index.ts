import type { Rule } from '../types.js';
import { defineRule } from '../types.js';

/*
 * Why the input could not be turned into a SAML message. These are emitted by src/input/decode.ts
 * before any XML is parsed; each says what was tried and what the bytes look like.
 */

export const inputEmpty = defineRule({
  code: 'input-empty',
  title: 'The input is empty',
  severity: 'error',
  area: 'input',
  explain:
    'The file or standard input held no bytes, or only spaces and line breaks. Usually the copy ' +
    'did not take (the clipboard was empty, or the browser devtools value was collapsed), or the wrong ' +
    'file was named. Copy the SAMLResponse value again from the form post or the HAR, or pass the file ' +
    'that holds it.',
});

export const inputTooLarge = defineRule({
  code: 'input-too-large',
  title: 'The input is larger than the configured limit',
  severity: 'error',
  area: 'input',
  explain:
    'The input exceeds a size limit and was not decoded further: the whole input is over --max-size ' +
    '(default 256 MiB), or a base64/URL-encoded value, or what a compressed value inflates to, is over ' +
    '16 MiB. A SAML response is a few kilobytes, a HAR of a login a few megabytes, and large metadata ' +
    'aggregates come as plain XML, so this is most likely the wrong file or a compression bomb. Raise ' +
    '--max-size if you really mean to read a larger file.',
});

export const inputFileType = defineRule({
  code: 'input-file-type',
  title: 'The input is a file of another kind (image, archive, key store, ...)',
  severity: 'error',
  area: 'input',
  explain:
    'The first bytes of the input (or of what it decodes to) are the signature of a known file format ' +
    'that is not SAML: an image (screenshot of an error page), a PDF, a ZIP or gzip archive, a PKCS#12 ' +
    'key store or a private key. The tool reads SAML messages, HAR and SAML-tracer captures and ' +
    'certificates. Export the capture again (browser devtools: Network › Save all as HAR) or pass the ' +
    'certificate rather than the key store. Never send private keys or .pfx files to anyone.',
});

export const inputBinary = defineRule({
  code: 'input-binary',
  title: 'The input decodes to binary data that is neither XML nor a compressed SAML message',
  severity: 'error',
  area: 'input',
  explain:
    'The bytes (after base64 or URL decoding where that applied) are not text and are not a deflate stream ' +
    'that inflates to XML, nor a known file format. The message shows the first bytes in hexadecimal. ' +
    'Typical causes: a value that is encrypted or encoded by the application rather than by SAML (some ' +
    'apps wrap the response in their own session cookie), a base64 string that was copied from the ' +
    'wrong field, or random data. Copy the SAMLResponse or SAMLRequest parameter itself.',
});

export const inputBase64Truncated = defineRule({
  code: 'input-base64-truncated',
  title: 'The base64 value was cut short',
  severity: 'error',
  area: 'input',
  explain:
    'The length and padding of the base64 text say that characters are missing at the end (base64 ' +
    'comes in groups of four characters, padded with "="), or what it decodes to stops in the middle. ' +
    'Browser devtools and terminals often cut long values when they are copied, and some log systems ' +
    'truncate lines at a few kilobytes. Copy the whole value again, for example from a HAR export, which ' +
    'keeps it complete.',
});

export const inputInflateFailed = defineRule({
  code: 'input-inflate-failed',
  title: 'A redirect-binding message could not be inflated',
  severity: 'error',
  area: 'input',
  explain:
    'With the HTTP-Redirect binding the SAML message is compressed with DEFLATE, then base64 and URL ' +
    'encoded. The base64 decoded fine but the result is not a valid deflate stream (nor zlib-wrapped, nor ' +
    'plain XML). Either the value was cut or altered when copied, or the sender compressed it ' +
    'incorrectly. If the sender is your IdP or SP, its SAML library is at fault: the SP admin (for ' +
    'AuthnRequests) or IdP admin (for responses) should check the binding settings.',
});

export const inputNotSamlText = defineRule({
  code: 'input-not-saml-text',
  title: 'The input is text in none of the forms a SAML message travels in',
  severity: 'error',
  area: 'input',
  explain:
    'The input is readable text but not XML, not base64, not URL-encoded, not a form body or URL with ' +
    'SAMLRequest/SAMLResponse, not an HTML auto-post page, not a capture and not a certificate. The ' +
    'message says what it starts with. Perhaps an error page or log line was copied instead of the ' +
    'message itself. Copy the SAMLResponse value from the POST to the app\'s ACS URL (browser devtools, ' +
    'Network tab, Payload), or save the whole login as a HAR file and pass that.',
});

export const inputJsonNotCapture = defineRule({
  code: 'input-json-not-capture',
  title: 'The JSON is neither a HAR file nor a SAML-tracer export',
  severity: 'error',
  area: 'input',
  explain:
    'The input is valid JSON, but it has no HAR "log.entries" list, no SAML-tracer "requests" list and no ' +
    'SAMLResponse/SAMLRequest field. The message lists the top-level keys it does have. If this is an ' +
    'SSO config file, use `saml-doctor config lint FILE` or pass it to validate with --config. To capture ' +
    'a login, use the browser devtools (Network › Save all as HAR with content) or the SAML-tracer ' +
    'extension\'s Export button.',
});

export const inputJsonMalformed = defineRule({
  code: 'input-json-malformed',
  title: 'The input starts like JSON but is not valid JSON',
  severity: 'error',
  area: 'input',
  explain:
    'The input begins with "{" or "[" but does not parse as JSON; the message gives the parser error. A ' +
    'HAR or SAML-tracer export that was cut short (disk full, an upload limit, an editor that truncates ' +
    'long lines) looks like this. Export the capture again.',
});

export const inputHtmlNoSamlForm = defineRule({
  code: 'input-html-no-saml-form',
  title: 'The HTML page holds no SAMLResponse or SAMLRequest form field',
  severity: 'error',
  area: 'input',
  explain:
    'The input is an HTML page, but it has no <input name="SAMLResponse"> or <input name="SAMLRequest"> ' +
    'field, so it is not the auto-post page that carries a SAML message. Often it is the error page the ' +
    'app or IdP showed instead: read its text for the error, or save the whole login as a HAR file so ' +
    'the step that carried the message is included.',
});

export const inputUrlNoSamlParameter = defineRule({
  code: 'input-url-no-saml-parameter',
  title: 'The URL or query string carries no SAMLRequest or SAMLResponse',
  severity: 'error',
  area: 'input',
  explain:
    'The input is a URL or a query/form string, but none of its parameters is SAMLRequest or ' +
    'SAMLResponse. The message lists the parameters it does have. The sign-in URL of the app or the IdP ' +
    'is not the message: copy the URL of the redirect to the IdP (it carries ?SAMLRequest=...) or the ' +
    'POST to the app\'s ACS URL (its body carries SAMLResponse=...), or save the login as a HAR file.',
});

export const inputTooManyLayers = defineRule({
  code: 'input-too-many-layers',
  title: 'The input is wrapped in more encoding layers than any real capture',
  severity: 'error',
  area: 'input',
  explain:
    'Decoding went through more layers (quotes, URL encoding, base64, compression) than the limit without ' +
    'reaching a SAML message. Real inputs need at most four or five; more means the value was encoded ' +
    'again and again by some tool, or the input is built to make decoders loop. The message lists the ' +
    'steps taken. Decode the value by hand one step, or copy it from an earlier point in the flow.',
});

export const inputRules: readonly Rule[] = [
  inputEmpty,
  inputTooLarge,
  inputFileType,
  inputBinary,
  inputBase64Truncated,
  inputInflateFailed,
  inputNotSamlText,
  inputJsonNotCapture,
  inputJsonMalformed,
  inputHtmlNoSamlForm,
  inputUrlNoSamlParameter,
  inputTooManyLayers,
];
