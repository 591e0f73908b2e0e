import { defineRule } from '../types.js';

/*
 * What can be wrong with a certificate someone is about to upload, or has uploaded. The text-shape
 * codes are emitted by src/crypto/cert/lint.ts while reading the paste; the content codes by the
 * checks in this folder. Severity policy: error when an app's certificate upload would fail or
 * logins would break (these carry the ElevenLabs error text as `mirrors`), warning when strict
 * parsers or a later rotation would trip over it, info when it is worth knowing but harmless.
 */

const UPLOAD_FAILS = 'INVALID_IDP_RESPONSE: Error when parsing certificate';
const FIX_HINT =
  'Run `saml-doctor cert FILE --fix` for a clean copy, or copy the certificate again from the IdP ' +
  '(Microsoft Entra: Enterprise applications › your app › Single sign-on › SAML Certificates › ' +
  'Certificate (Base64) › Download) and open the file in a plain text editor.';

export const certEncoding = defineRule({
  code: 'cert-encoding',
  title: 'The file is saved in UTF-16 or starts with a byte-order mark',
  severity: 'warning',
  area: 'certificate',
  explain:
    'A PEM file is plain ASCII. This one is UTF-16 (what Windows PowerShell\'s ">" redirection and some ' +
    'editors write) or begins with an invisible UTF-8 byte-order mark. Many upload forms read UTF-16 as ' +
    'garbage with a NUL byte between every character, and some parsers reject the byte-order mark. ' +
    'Save the file as UTF-8 or ASCII without BOM, or use --fix. ' + FIX_HINT,
});

export const certMissingArmor = defineRule({
  code: 'cert-missing-armor',
  title: 'The BEGIN CERTIFICATE or END CERTIFICATE line is missing',
  severity: 'error',
  area: 'certificate',
  mirrors: UPLOAD_FAILS,
  explain:
    'A PEM certificate is the base64 body framed by the lines -----BEGIN CERTIFICATE----- and ' +
    '-----END CERTIFICATE-----. One or both are missing: usually the first or last line was not ' +
    'selected when copying, or only the bare base64 value was copied from metadata ' +
    '(ds:X509Certificate). Apps that ask for a PEM (ElevenLabs, Elastic, Label Studio) reject it; ElevenLabs ' +
    'answers with INVALID_IDP_RESPONSE. A bare body with neither line is reported as a warning, since ' +
    'some apps do take the body alone. ' + FIX_HINT,
});

export const certArmorMisspelt = defineRule({
  code: 'cert-armor-misspelt',
  title: 'The BEGIN/END line is misspelt (dash count, case or label)',
  severity: 'error',
  area: 'certificate',
  mirrors: UPLOAD_FAILS,
  explain:
    'The framing lines must read exactly -----BEGIN CERTIFICATE----- and -----END CERTIFICATE----- : ' +
    'five dashes each side, upper case, the label CERTIFICATE, on lines of their own. This one has a ' +
    'different number of dashes, lower case, a shortened or misspelt label (BEGIN CERT) or the body on ' +
    'the same line. Editors, chat tools and language models produce these. Parsers match the line ' +
    'exactly and then find no certificate. ' + FIX_HINT,
});

export const certTextAround = defineRule({
  code: 'cert-text-around',
  title: 'There is other text before or after the certificate',
  severity: 'warning',
  area: 'certificate',
  explain:
    'Text outside the BEGIN/END lines (a greeting, "Bag Attributes" from openssl, quotes, a file name, ' +
    'a second paragraph) was copied along. OpenSSL ignores it, but upload forms that check the whole ' +
    'field reject it. Paste only from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE----- ' +
    'inclusive, or use --fix.',
});

export const certLineWidth = defineRule({
  code: 'cert-line-width',
  title: 'The base64 body is on one line or wrapped at uneven widths',
  severity: 'warning',
  area: 'certificate',
  explain:
    'PEM (RFC 7468) wraps the base64 body at 64 characters per line, the last line shorter. A body on ' +
    'a single line, or rewrapped by an editor or mail client at other widths, still decodes in lenient ' +
    'parsers but strict ones (older Java and OpenSSL versions, some SaaS forms) reject it. --fix ' +
    'rewraps it at 64 columns without changing a byte of the certificate.',
});

export const certWhitespaceInBody = defineRule({
  code: 'cert-whitespace-in-body',
  title: 'Spaces, tabs or blank lines inside the base64 body',
  severity: 'warning',
  area: 'certificate',
  explain:
    'The body of a PEM certificate holds only base64 characters and line breaks. Indentation, ' +
    'trailing spaces, tabs or blank lines crept in, typically from a word processor, a chat tool, an ' +
    'indented config file or a YAML block. Lenient decoders skip them; strict ones stop at the first ' +
    'space. --fix removes them; the certificate bytes stay the same.',
});

export const certCrlf = defineRule({
  code: 'cert-crlf',
  title: 'Windows (CRLF) or mixed line endings',
  severity: 'info',
  area: 'certificate',
  explain:
    'The lines end in CR LF. Microsoft Entra\'s "Certificate (Base64)" download is written this way ' +
    'and almost every parser accepts it, so this is informational. Mixed endings (some CRLF, some LF) ' +
    'are a warning: they show the text was edited by hand and some parsers count the stray CR as part ' +
    'of the line. --fix writes LF endings.',
});

export const certEscapedNewlines = defineRule({
  code: 'cert-escaped-newlines',
  title: 'Line breaks are written as the characters \\n',
  severity: 'error',
  area: 'certificate',
  mirrors: UPLOAD_FAILS,
  explain:
    'Instead of line breaks the text holds backslash escapes such as \\n, \\r\\n or \\x0a: the ' +
    'certificate was copied out of a JSON string, an environment variable, a log line or code. An ' +
    'upload form takes the backslashes literally and the base64 body no longer decodes. Use --fix, or ' +
    'copy the certificate from the IdP rather than from the config or log.',
});

export const certControlChars = defineRule({
  code: 'cert-control-chars',
  title: 'Invisible control characters in the text',
  severity: 'error',
  area: 'certificate',
  mirrors: UPLOAD_FAILS,
  explain:
    'The text contains control characters that are not line breaks: a carriage return in the middle ' +
    'of a line, a form feed, a vertical tab, a NUL or an escape sequence from a terminal. They are ' +
    'invisible in most editors, come from terminal copy, old Mac line endings or binary-safe clipboard ' +
    'tools, and make the body undecodable for strict parsers. --fix removes them.',
});

export const certNonAscii = defineRule({
  code: 'cert-non-ascii',
  title: 'Typographic or look-alike characters (smart quotes, long dashes, no-break spaces)',
  severity: 'error',
  area: 'certificate',
  mirrors: UPLOAD_FAILS,
  explain:
    'A PEM certificate is pure ASCII. This text holds characters a word processor, chat tool, wiki or ' +
    'language model substituted: en or em dashes instead of the five hyphens, curly quotes, no-break or ' +
    'zero-width spaces, bullets, or letters from other scripts that look like Latin ones. The message ' +
    'lists each with its position. Known substitutions are undone by --fix; for a self-signed ' +
    'certificate the repair is proven by checking its own signature. An ellipsis (…) means the display ' +
    'shortened the value: copy the full text again. ' + FIX_HINT,
});

export const certInvalidBase64Char = defineRule({
  code: 'cert-invalid-base64-char',
  title: 'Characters that are not base64 inside the body',
  severity: 'error',
  area: 'certificate',
  mirrors: UPLOAD_FAILS,
  explain:
    'The body between the BEGIN and END lines may only hold A-Z, a-z, 0-9, "+", "/" and "=" at the ' +
    'end. Other characters (quotes, asterisks from Markdown, commas, "-" and "_" of the URL-safe base64 ' +
    'alphabet) make it undecodable. The message shows where. URL-safe base64 is translated back by ' +
    '--fix; other stray characters are removed only when what is left is a complete certificate ' +
    '(and, when self-signed, its signature still verifies). ' + FIX_HINT,
});

export const certBadPadding = defineRule({
  code: 'cert-bad-padding',
  title: 'The base64 padding ("=") is missing, excessive or in the middle',
  severity: 'error',
  area: 'certificate',
  mirrors: UPLOAD_FAILS,
  explain:
    'Base64 comes in groups of four characters; the last group is completed with one or two "=". Here ' +
    'the padding is missing, there are too many "=", or an "=" sits in the middle of the body (two ' +
    'bodies glued together, or a line deleted). Strict decoders reject it. When the certificate inside ' +
    'is still complete, --fix corrects the padding.',
});

export const certTruncated = defineRule({
  code: 'cert-truncated',
  title: 'The certificate is cut short',
  severity: 'error',
  area: 'certificate',
  mirrors: UPLOAD_FAILS,
  explain:
    'The length written at the start of the certificate says it is longer than the data that is ' +
    'there; the message says roughly how many bytes (and base64 characters, about 4 for every 3 bytes) ' +
    'are missing. Lines were lost when copying, a form field or terminal cut the value, or a chat tool ' +
    'collapsed it. It cannot be repaired: download the certificate again (Microsoft Entra: SAML ' +
    'Certificates › Certificate (Base64) › Download) and copy the whole file.',
});

export const certTrailingData = defineRule({
  code: 'cert-trailing-data',
  title: 'Extra bytes after the end of the certificate',
  severity: 'warning',
  area: 'certificate',
  explain:
    'The certificate inside the body ends before the body does; the bytes after it are not a ' +
    'certificate. OpenSSL ignores them, strict parsers reject the whole thing. The certificate itself ' +
    'is complete, so --fix writes it without the extra bytes.',
});

export const certDer = defineRule({
  code: 'cert-der',
  title: 'Binary DER certificate, not PEM text',
  severity: 'info',
  area: 'certificate',
  explain:
    'The file holds the certificate in binary DER form, which is what Microsoft Entra\'s ' +
    '"Certificate (Raw)" download contains. The certificate is fine, but forms that ask you to paste ' +
    'a certificate need the PEM (text) form: download "Certificate (Base64)" instead, or run ' +
    '`saml-doctor cert FILE --fix` to convert it.',
});

export const certMultiple = defineRule({
  code: 'cert-multiple',
  title: 'More than one certificate in the input',
  severity: 'warning',
  area: 'certificate',
  explain:
    'The input holds several certificates that are not one chain: two PEM blocks pasted one after ' +
    'another, the same certificate twice, or two bodies glued into one block. Most apps take exactly ' +
    'one certificate per field and read only the first, or reject the field. The message lists them ' +
    'with their validity. Paste the one the IdP signs with now (Microsoft Entra marks it Active under ' +
    'SAML Certificates). In metadata, two signing certificates are normal during a rotation and this ' +
    'is informational.',
});

export const certChain = defineRule({
  code: 'cert-chain',
  title: 'A certificate chain instead of the single signing certificate',
  severity: 'warning',
  area: 'certificate',
  explain:
    'The input is a chain: the signing (leaf) certificate and the CA certificates that issued it. A ' +
    'SAML service provider trusts the IdP\'s signing certificate itself, not the CA, so the app needs ' +
    'only the leaf, which the message names with its fingerprint. Several apps read only the first ' +
    'block, which may be a CA. --fix prints the leaf alone.',
});

export const certPrivateKey = defineRule({
  code: 'cert-private-key',
  title: 'A private key, not a certificate',
  severity: 'error',
  area: 'certificate',
  explain:
    'This is a PRIVATE KEY. The app needs the public certificate; the private key must never leave the ' +
    'IdP. Do not paste it into any app, ticket or chat, and delete copies you made. If it was shared ' +
    'with anyone, treat it as compromised: the IdP admin must create a new signing certificate (in ' +
    'Microsoft Entra: SAML Certificates › Edit › New Certificate, then Make certificate active) and ' +
    'give the apps the new public certificate. A private key is never needed to set up SAML sign-in ' +
    'at the app.',
});

export const certPublicKey = defineRule({
  code: 'cert-public-key',
  title: 'A bare public key, not a certificate',
  severity: 'error',
  area: 'certificate',
  mirrors: UPLOAD_FAILS,
  explain:
    'This is a PUBLIC KEY block. A public key alone has no subject, issuer or validity, and apps that ' +
    'ask for the IdP certificate reject it. Download the certificate instead (Microsoft Entra: SAML ' +
    'Certificates › Certificate (Base64)), or take the ds:X509Certificate value from the IdP metadata.',
});

export const certCsr = defineRule({
  code: 'cert-csr',
  title: 'A certificate signing request (CSR), not a certificate',
  severity: 'error',
  area: 'certificate',
  mirrors: UPLOAD_FAILS,
  explain:
    'This is a CERTIFICATE REQUEST: what one sends to a CA to obtain a certificate, not the ' +
    'certificate itself. An app cannot verify signatures with it. Use the certificate the IdP signs ' +
    'with (Microsoft Entra: SAML Certificates › Certificate (Base64)); for a CA-issued certificate, use ' +
    'the certificate the CA returned.',
});

export const certPkcs7 = defineRule({
  code: 'cert-pkcs7',
  title: 'A PKCS#7 bundle (.p7b), not a single certificate',
  severity: 'error',
  area: 'certificate',
  mirrors: UPLOAD_FAILS,
  explain:
    'This is a PKCS#7 container (.p7b / .p7c, "-----BEGIN PKCS7-----"), the format Windows certificate ' +
    'export and some CAs use for a certificate with its chain. Apps that want a PEM certificate reject ' +
    'it. The message lists the certificates inside and names the signing one; --fix prints it as ' +
    'PEM. With OpenSSL: `openssl pkcs7 -print_certs -in FILE`.',
});

export const certPkcs12 = defineRule({
  code: 'cert-pkcs12',
  title: 'A PKCS#12 key store (.pfx/.p12), not a certificate',
  severity: 'error',
  area: 'certificate',
  mirrors: UPLOAD_FAILS,
  explain:
    'This is a PKCS#12 file (.pfx / .p12): a password-protected store that normally holds the private ' +
    'key as well as the certificate. Never upload or share it; if it left the IdP administrators\' ' +
    'hands, treat the key as compromised and rotate the signing certificate. For the app, download only ' +
    'the certificate (Microsoft Entra: SAML Certificates › Certificate (Base64)) or extract it with ' +
    '`openssl pkcs12 -in FILE -nokeys -clcerts`.',
});

export const certUnparseable = defineRule({
  code: 'cert-unparseable',
  title: 'No certificate could be read from the input',
  severity: 'error',
  area: 'certificate',
  mirrors: UPLOAD_FAILS,
  explain:
    'The text or bytes decode to something that is not an X.509 certificate, or to a certificate ' +
    'structure that is damaged. The message says how far reading got. Copy the certificate again ' +
    'from the IdP rather than from an email, chat or ticket. ' + FIX_HINT,
});

export const certNotFound = defineRule({
  code: 'cert-not-found',
  title: 'The document holds no certificate',
  severity: 'error',
  area: 'certificate',
  explain:
    'The input is a metadata document, SAML message or config file without any certificate: no ' +
    'ds:X509Certificate element, or no idp.certificates / idp.fingerprints entry. Metadata without a ' +
    'signing KeyDescriptor cannot establish trust; a Response signed without KeyInfo is normal (the SP ' +
    'is expected to know the certificate) but then there is nothing to check here. Pass the IdP ' +
    'certificate or metadata instead.',
});

export const certFromMessage = defineRule({
  code: 'cert-from-message',
  title: 'Certificate taken from inside a SAML message',
  severity: 'info',
  area: 'certificate',
  explain:
    'This certificate was read from the KeyInfo of a SAML message. Anyone can put any certificate ' +
    'there, so it proves nothing by itself: an SP must verify the signature with the certificate it has ' +
    'configured, never with the one the message carries. Compare it with the configured one: ' +
    '`saml-doctor cert RESPONSE --compare idp.pem`.',
});

export const certAltered = defineRule({
  code: 'cert-altered',
  title: 'The certificate was altered: its own signature no longer verifies',
  severity: 'error',
  area: 'certificate',
  mirrors: UPLOAD_FAILS,
  explain:
    'The certificate is self-signed (as Microsoft Entra\'s SAML signing certificates are), so it must ' +
    'verify with its own public key. It does not: characters in the body were changed after the IdP ' +
    'issued it. Language models, OCR and "smart" editors do this while looking helpful; ElevenLabs ' +
    'explicitly warns not to let an LLM format the certificate. The content cannot be trusted: download ' +
    'the certificate again from the IdP and copy it unchanged.',
});

export const certExpired = defineRule({
  code: 'cert-expired',
  title: 'The certificate has expired',
  severity: 'error',
  area: 'certificate',
  explain:
    'The certificate\'s notAfter date is before the time it was judged at (--now). An IdP signing with ' +
    'an expired certificate, or an app pinned to one, breaks every login. The IdP admin creates a new ' +
    'certificate (Microsoft Entra: SAML Certificates › Edit › New Certificate, then Make certificate ' +
    'active) and the SP admin uploads the new one to the app. Entra certificates are valid for three ' +
    'years by default.',
});

export const certNotYetValid = defineRule({
  code: 'cert-not-yet-valid',
  title: 'The certificate is not valid yet',
  severity: 'warning',
  area: 'certificate',
  explain:
    'The certificate\'s notBefore date is after the time it was judged at. Apps that check validity ' +
    'refuse signatures made with it until then. A clock that is wrong on the machine that created it, ' +
    'or a future-dated certificate made ahead of a rotation, explain it. Keep the current certificate ' +
    'active at the IdP until this one becomes valid.',
});

export const certExpiring = defineRule({
  code: 'cert-expiring',
  title: 'The certificate expires soon (within 60, 30 or 7 days)',
  severity: 'warning',
  area: 'certificate',
  explain:
    'The certificate expires within 60 days. The steps follow Microsoft Entra\'s expiry notices (60, ' +
    '30 and 7 days before): within 60 days this is info, within 30 a warning, within 7 an error, ' +
    'because there is little time left to roll over every app that trusts it. Rotate without downtime: ' +
    'the IdP admin creates a new certificate (Entra: SAML Certificates › New Certificate, inactive at ' +
    'first), the SP admin adds it to the app, then the IdP admin makes it active.',
});

export const certWeakKey = defineRule({
  code: 'cert-weak-key',
  title: 'RSA key shorter than 2048 bits',
  severity: 'error',
  area: 'certificate',
  explain:
    'The certificate\'s RSA key is shorter than 2048 bits. Such keys are considered breakable, and ' +
    'current SAML libraries and many SaaS apps refuse signatures made with them. The IdP admin must ' +
    'issue a new signing certificate with an RSA key of at least 2048 bits (Entra\'s default) or an ' +
    'EC P-256 key, and the SP admin upload it.',
});

export const certSha1Signature = defineRule({
  code: 'cert-sha1-signature',
  title: 'The certificate itself is signed with SHA-1',
  severity: 'warning',
  area: 'certificate',
  explain:
    'The certificate\'s own signature uses SHA-1 (or MD5). For a CA-issued certificate that is a real ' +
    'weakness: SHA-1 collisions are practical, and some platforms reject such certificates. For a ' +
    'self-signed IdP certificate, as Entra issues, it is informational: the SP trusts the certificate ' +
    'by its exact bytes, not through its signature. This is separate from the SAML signing algorithm, ' +
    'which should be SHA-256 in any case.',
});

export const certCompareDifferent = defineRule({
  code: 'cert-compare-different',
  title: 'The two inputs hold different certificates',
  severity: 'error',
  area: 'certificate',
  explain:
    'None of the certificates in the first input is in the second. The message says how they differ ' +
    '(subject, validity) and which one is newer. The usual story is a rotation: the IdP signs with a ' +
    'new certificate and the app still holds last year\'s. The SP admin uploads the IdP\'s current ' +
    'certificate (the newer one, if it is active at the IdP). If the subjects differ as well, the ' +
    'certificate may belong to another app or tenant.',
});

export const certComparePartial = defineRule({
  code: 'cert-compare-partial',
  title: 'The inputs share a certificate, but one holds others the other lacks',
  severity: 'warning',
  area: 'certificate',
  explain:
    'At least one certificate is in both inputs, so sign-in works today, but one side holds ' +
    'certificates the other does not have: typically the IdP metadata already publishes the next ' +
    'certificate of a rotation and the app does not trust it yet. Add the missing certificate to the ' +
    'app before the IdP admin makes it active, or remove a retired one.',
});
