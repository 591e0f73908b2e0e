import type { Element } from '@xmldom/xmldom';
import type { Finding } from '../../checks/types.js';
import { finding } from '../../checks/types.js';
import { c14nWithComments } from '../../checks/signature/c14n-with-comments.js';
import { signatureMalformed } from '../../checks/signature/signature-malformed.js';
import { signatureWrapping } from '../../checks/signature/signature-wrapping.js';
import { unsupportedAlgorithm } from '../../checks/signature/unsupported-algorithm.js';
import { childElements } from '../../saml/dom.js';
import { DS, SAML, SAMLP } from '../../saml/ns.js';
import type { HashName, SignatureAlgorithm } from './algorithms.js';
import {
  DIGEST_ALGORITHMS,
  ENVELOPED_SIGNATURE,
  EXC_C14N,
  EXC_C14N_WITH_COMMENTS,
  SIGNATURE_ALGORITHMS,
  isExclusiveC14n,
} from './algorithms.js';
import type { DocumentIndex } from './document-index.js';
import { elementPath } from './document-index.js';

/** Real SAML signatures have about a dozen elements (more with a certificate chain). */
const MAX_SIGNATURE_ELEMENTS = 64;

export type SignedKind = 'response' | 'assertion' | 'other';

/** A signature that passed every structural rule: safe to hand to canonicalisation and crypto. */
export interface SignatureParts {
  signature: Element;
  /** The element the signature covers: its own parent. */
  signed: Element;
  kind: SignedKind;
  signedInfo: Element;
  canonicalization: string;
  signedInfoPrefixes: string[];
  signatureAlgorithm: SignatureAlgorithm;
  digestAlgorithm: { uri: string; hash: HashName };
  referencePrefixes: string[];
  digestValue: string;
  signatureValue: Buffer;
  /** Base64 of the first KeyInfo X509Certificate, if any. */
  keyInfoCert?: string;
}

export function kindOf(el: Element): SignedKind {
  if (el.namespaceURI === SAMLP && el.localName === 'Response') return 'response';
  if (el.namespaceURI === SAML && el.localName === 'Assertion') return 'assertion';
  return 'other';
}

/**
 * Checks the shape of one ds:Signature before any cryptography: one Reference to the signature's
 * own parent, whose ID is unique; only the enveloped and exclusive-c14n transforms; known
 * algorithms; the signed element where SAML processors read it.
 */
export function parseSignature(signature: Element, index: DocumentIndex): { parts?: SignatureParts; findings: Finding[] } {
  const location = elementPath(signature);
  const findings: Finding[] = [];
  const malformed = (message: string, extra: Partial<Finding> = {}) => ({
    findings: [...findings, finding(signatureMalformed, { message, location, ...extra })],
  });
  const wrapping = (message: string, extra: Partial<Finding> = {}) => ({
    findings: [
      ...findings,
      finding(signatureWrapping, {
        message,
        location,
        hint: 'Treat this message as forged. No IdP produces it; do not trust any claim in it.',
        ...extra,
      }),
    ],
  });

  const signed = signature.parentNode;
  if (!signed || signed.nodeType !== 1) return malformed('the signature is not inside an element');
  const signedEl = signed as Element;
  const kind = kindOf(signedEl);

  const place = placementProblem(signedEl, kind);
  if (place) return wrapping(place);

  const signedInfos = childElements(signature, DS, 'SignedInfo');
  if (signedInfos.length !== 1) {
    return malformed(`the signature has ${signedInfos.length} SignedInfo elements`, { expected: 1, actual: signedInfos.length });
  }
  const signedInfo = signedInfos[0]!;
  const c14nMethods = childElements(signedInfo, DS, 'CanonicalizationMethod');
  const sigMethods = childElements(signedInfo, DS, 'SignatureMethod');
  const references = childElements(signedInfo, DS, 'Reference');
  if (references.length !== 1) {
    return malformed(`the signature has ${references.length} References; a SAML signature has exactly one`, {
      expected: 1,
      actual: references.length,
    });
  }
  if (c14nMethods.length !== 1 || sigMethods.length !== 1) {
    return malformed('SignedInfo needs exactly one CanonicalizationMethod and one SignatureMethod', {
      expected: { CanonicalizationMethod: 1, SignatureMethod: 1 },
      actual: { CanonicalizationMethod: c14nMethods.length, SignatureMethod: sigMethods.length },
    });
  }
  const signatureValues = childElements(signature, DS, 'SignatureValue');
  if (signatureValues.length !== 1) {
    return malformed(`the signature has ${signatureValues.length} SignatureValue elements`, { expected: 1, actual: signatureValues.length });
  }

  const canonicalization = c14nMethods[0]!.getAttribute('Algorithm') ?? '';
  if (!isExclusiveC14n(canonicalization)) {
    return { findings: [...findings, unsupported('canonicalization', canonicalization, location)] };
  }
  if (canonicalization === EXC_C14N_WITH_COMMENTS) findings.push(withComments('SignedInfo', location));

  const sigUri = sigMethods[0]!.getAttribute('Algorithm') ?? '';
  const signatureAlgorithm = SIGNATURE_ALGORITHMS.get(sigUri);
  if (!signatureAlgorithm) return { findings: [...findings, unsupported('signature', sigUri, location)] };

  const reference = references[0]!;
  const uri = reference.getAttribute('URI');
  const ownId = signedEl.getAttribute('ID') || signedEl.getAttribute('Id') || '';
  if (uri === null || uri === '') {
    return malformed('the Reference has no URI (it would cover the whole document); SAML requires URI="#<ID of the signed element>"', {
      expected: ownId ? `#${ownId}` : '#<ID>',
      actual: uri === null ? '(no URI)' : '""',
    });
  }
  if (!ownId || uri !== `#${ownId}`) {
    return wrapping(`the signature references ${uri} but sits in ${signedEl.tagName}${ownId ? ` ID="${ownId}"` : ' (no ID)'}`, {
      expected: ownId ? `#${ownId}` : `an ID on ${signedEl.tagName}`,
      actual: uri,
    });
  }
  const holders = index.ids.get(ownId) ?? [];
  if (holders.length !== 1) {
    return wrapping(`the signed ID ${ownId} occurs ${holders.length} times in the document`, {
      expected: 'each ID exactly once',
      actual: holders.map(elementPath),
    });
  }

  // After the reference checks, so that a wrapped copy stuffed into the signature is reported as wrapping.
  if (exceedsElementCount(signature, MAX_SIGNATURE_ELEMENTS)) {
    return malformed(`the signature has more than ${MAX_SIGNATURE_ELEMENTS} elements; refused unchecked`, {
      expected: `at most ${MAX_SIGNATURE_ELEMENTS} elements`,
      actual: `over ${MAX_SIGNATURE_ELEMENTS}`,
    });
  }

  const transforms = parseTransforms(reference);
  if ('error' in transforms) return malformed(transforms.error, { actual: transforms.actual });
  if (transforms.withComments) findings.push(withComments('Reference', location));

  const digestMethods = childElements(reference, DS, 'DigestMethod');
  const digestValues = childElements(reference, DS, 'DigestValue');
  if (digestMethods.length !== 1 || digestValues.length !== 1) {
    return malformed('the Reference needs exactly one DigestMethod and one DigestValue');
  }
  const digestUri = digestMethods[0]!.getAttribute('Algorithm') ?? '';
  const digestHash = DIGEST_ALGORITHMS.get(digestUri);
  if (!digestHash) return { findings: [...findings, unsupported('digest', digestUri, location)] };

  return {
    parts: {
      signature,
      signed: signedEl,
      kind,
      signedInfo,
      canonicalization,
      signedInfoPrefixes: prefixList(c14nMethods[0]!),
      signatureAlgorithm,
      digestAlgorithm: { uri: digestUri, hash: digestHash },
      referencePrefixes: transforms.prefixes,
      digestValue: (digestValues[0]!.textContent ?? '').replace(/\s+/g, ''),
      signatureValue: Buffer.from((signatureValues[0]!.textContent ?? '').replace(/\s+/g, ''), 'base64'),
      keyInfoCert: keyInfoCertificate(signature),
    },
    findings,
  };
}

/** Where a signed element may stand: a Response or other message as the root; an Assertion as the root or a child of the root Response. */
function placementProblem(signed: Element, kind: SignedKind): string | undefined {
  const parent = signed.parentNode;
  const isRoot = parent !== null && parent.nodeType === 9;
  if (isRoot) return undefined;
  const parentEl = parent as Element | null;
  if (kind === 'assertion' && parentEl && kindOf(parentEl) === 'response' && parentEl.parentNode?.nodeType === 9) {
    return undefined;
  }
  const where = parentEl ? elementPath(parentEl) : 'nowhere';
  if (kind === 'other') return `a signature sits in an unexpected place: on ${signed.tagName} inside ${where}`;
  return `the signed ${signed.tagName} is not where a SAML processor reads it: it is inside ${where}`;
}

type Transforms = { prefixes: string[]; withComments: boolean } | { error: string; actual?: unknown };

/** Only the two transforms SAML uses, in order: enveloped-signature, then exclusive c14n (optional). */
function parseTransforms(reference: Element): Transforms {
  const containers = childElements(reference, DS, 'Transforms');
  if (containers.length !== 1) return { error: 'the Reference must have one Transforms element with the enveloped-signature transform' };
  const list = childElements(containers[0]!, DS, 'Transform');
  const algorithms = list.map((t) => t.getAttribute('Algorithm') ?? '');
  if (list.length === 0 || list.length > 2) {
    return { error: `the Reference has ${list.length} transforms; SAML uses enveloped-signature and exclusive c14n`, actual: algorithms };
  }
  if (algorithms[0] !== ENVELOPED_SIGNATURE) {
    return { error: 'the first transform must be enveloped-signature', actual: algorithms };
  }
  const c14n = list[1];
  if (c14n && !isExclusiveC14n(algorithms[1]!)) {
    return { error: `transform ${algorithms[1]} is not allowed in a SAML signature`, actual: algorithms };
  }
  return { prefixes: c14n ? prefixList(c14n) : [], withComments: algorithms[1] === EXC_C14N_WITH_COMMENTS };
}

/** The InclusiveNamespaces PrefixList of a CanonicalizationMethod or Transform (its namespace is the exc-c14n URI). */
function prefixList(el: Element): string[] {
  const inc = childElements(el, EXC_C14N, 'InclusiveNamespaces')[0];
  return (inc?.getAttribute('PrefixList') ?? '').split(/\s+/).filter(Boolean);
}

function keyInfoCertificate(signature: Element): string | undefined {
  const keyInfo = childElements(signature, DS, 'KeyInfo')[0];
  if (!keyInfo) return undefined;
  for (const data of childElements(keyInfo, DS, 'X509Data')) {
    const cert = childElements(data, DS, 'X509Certificate')[0];
    if (cert) return (cert.textContent ?? '').replace(/\s+/g, '');
  }
  return undefined;
}

function exceedsElementCount(root: Element, max: number): boolean {
  let count = 0;
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (++count > max) return true;
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) stack.push(n as Element);
  }
  return false;
}

function unsupported(what: 'signature' | 'digest' | 'canonicalization', uri: string, location: string): Finding {
  return finding(unsupportedAlgorithm, {
    message: `unsupported ${what} algorithm ${uri || '(none given)'}; the signature cannot be checked`,
    expected:
      what === 'signature'
        ? [...SIGNATURE_ALGORITHMS.keys()]
        : what === 'digest'
          ? [...DIGEST_ALGORITHMS.keys()]
          : [EXC_C14N],
    actual: uri || '(none)',
    hint: 'IdP admin: use RSA-SHA256 with exclusive canonicalisation, the default of Entra, Okta and ADFS.',
    location,
  });
}

function withComments(where: string, location: string): Finding {
  return finding(c14nWithComments, {
    message: `the ${where} uses exclusive canonicalisation WithComments`,
    expected: 'http://www.w3.org/2001/10/xml-exc-c14n#',
    actual: EXC_C14N_WITH_COMMENTS,
    location,
  });
}
