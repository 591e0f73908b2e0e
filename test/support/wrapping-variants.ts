/**
 * XML signature wrapping (XSW1-XSW8 and relatives), built once from genuinely signed responses and
 * shared by the signature suite (test/crypto), the pipeline suite (test/validate) and the red-team
 * suite (test/security), so that all three judge exactly the same forgeries.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import type { Document, Element } from '@xmldom/xmldom';
import { childElement, descendantElements } from '../../src/saml/dom.js';
import { DS, SAML, SAMLP } from '../../src/saml/ns.js';
import { buildResponse, signResponse } from './saml-builder.js';
import type { SignOptions } from './saml-builder.js';

/** The ID an attacker's copy carries when it must not collide with the signed one. */
export const EVIL_ID = '_evil';

export const load = (xml: string): Document => new DOMParser().parseFromString(xml, 'text/xml');
export const serialize = (doc: Document | Element): string => new XMLSerializer().serializeToString(doc);
export const rootOf = (doc: Document): Element => doc.documentElement!;
export const assertionOf = (doc: Document): Element => childElement(rootOf(doc), SAML, 'Assertion')!;
export const signatureOf = (el: Element): Element => childElement(el, DS, 'Signature')!;

/** The canonical Response, genuinely signed by the IdP key, as a mutable DOM for surgery. */
export const signedDoc = (sign: SignOptions['sign']): Document => load(signResponse(buildResponse(), { sign }));

/** A copy of `el` without its Signature, every NameID set to `nameId`: what the attacker wants read. */
export function evilCopy(el: Element, nameId: string, id?: string): Element {
  const copy = el.cloneNode(true) as Element;
  const sig = childElement(copy, DS, 'Signature');
  if (sig) copy.removeChild(sig);
  if (id !== undefined) copy.setAttribute('ID', id);
  for (const n of descendantElements(copy, SAML, 'NameID')) n.textContent = nameId;
  return copy;
}

export function withoutSignature(el: Element): Element {
  const copy = el.cloneNode(true) as Element;
  copy.removeChild(signatureOf(copy));
  return copy;
}

export interface WrappingVariant {
  name: string;
  /** A forged document whose attacker-written NameIDs read `nameId`. */
  build(nameId: string): Document;
}

/** An evil Assertion in the genuinely signed one's place, the signed one moved under `holder`. */
function hideSignedAssertion(nameId: string, id: string | undefined, holder: (doc: Document, evil: Element) => Element): Document {
  const doc = signedDoc('assertion');
  const signed = assertionOf(doc);
  const evil = evilCopy(signed, nameId, id);
  const place = holder(doc, evil);
  rootOf(doc).replaceChild(evil, signed);
  place.appendChild(signed);
  return doc;
}

function inAdvice(doc: Document, evil: Element): Element {
  const advice = doc.createElementNS(SAML, 'Advice');
  evil.insertBefore(advice, childElement(evil, SAML, 'AttributeStatement')!);
  return advice;
}

/** The evil copy carries a copy of the genuine Signature, with the unsigned original placed by `stash`. */
function signatureOnEvilCopy(nameId: string, stash: (doc: Document, sig: Element, original: Element) => void): Document {
  const doc = signedDoc('assertion');
  const signed = assertionOf(doc);
  const evil = evilCopy(signed, nameId);
  const sig = signatureOf(signed).cloneNode(true) as Element;
  stash(doc, sig, withoutSignature(signed));
  evil.insertBefore(sig, childElement(evil, SAML, 'Subject')!);
  rootOf(doc).replaceChild(evil, signed);
  return doc;
}

/** An unsigned evil copy of the signed Assertion placed before or after it, with `id` or the signed ID. */
function evilBeside(nameId: string, where: 'before' | 'after', id?: string): Document {
  const doc = signedDoc('assertion');
  const signed = assertionOf(doc);
  const evil = evilCopy(signed, nameId, id);
  if (where === 'before') rootOf(doc).insertBefore(evil, signed);
  else rootOf(doc).appendChild(evil);
  return doc;
}

/**
 * Forgeries the signature verifier itself must refuse (by structure or by digest): whatever the
 * pipeline reads afterwards, no signed element is one the attacker wrote.
 */
export const SIGNATURE_WRAPPING_VARIANTS: readonly WrappingVariant[] = [
  {
    name: 'XSW1: evil Response at the root, the signed original copied inside its Signature',
    build(nameId) {
      const doc = signedDoc('response');
      const original = rootOf(doc);
      const evil = evilCopy(original, nameId, EVIL_ID);
      const sig = signatureOf(original).cloneNode(true) as Element;
      sig.appendChild(withoutSignature(original));
      evil.insertBefore(sig, childElement(evil, SAMLP, 'Status')!);
      doc.replaceChild(evil, original);
      return doc;
    },
  },
  {
    name: 'XSW2: evil Response at the root, the signed original before the detached Signature',
    build(nameId) {
      const doc = signedDoc('response');
      const original = rootOf(doc);
      const evil = evilCopy(original, nameId, EVIL_ID);
      const status = childElement(evil, SAMLP, 'Status')!;
      evil.insertBefore(withoutSignature(original), status);
      evil.insertBefore(signatureOf(original).cloneNode(true), status);
      doc.replaceChild(evil, original);
      return doc;
    },
  },
  {
    name: 'XSW3: unsigned evil Assertion with the same ID placed before the signed one',
    build: (nameId) => evilBeside(nameId, 'before'),
  },
  {
    name: 'XSW4: evil Assertion wrapping the signed one',
    build: (nameId) => hideSignedAssertion(nameId, EVIL_ID, (_doc, evil) => evil),
  },
  {
    name: 'XSW5: the Signature moved into an evil copy, the original appended at the end',
    build(nameId) {
      const doc = signedDoc('assertion');
      const signed = assertionOf(doc);
      const evil = evilCopy(signed, nameId);
      evil.insertBefore(signatureOf(signed).cloneNode(true), childElement(evil, SAML, 'Subject')!);
      rootOf(doc).replaceChild(evil, signed);
      rootOf(doc).appendChild(withoutSignature(signed));
      return doc;
    },
  },
  {
    name: 'XSW6: evil copy carries the Signature, the original sits inside that Signature',
    build: (nameId) => signatureOnEvilCopy(nameId, (_doc, sig, original) => sig.appendChild(original)),
  },
  {
    name: 'XSW7: the signed Assertion hidden in samlp:Extensions, an evil one in its place',
    build: (nameId) =>
      hideSignedAssertion(nameId, undefined, (doc) => {
        const ext = doc.createElementNS(SAMLP, 'samlp:Extensions');
        rootOf(doc).insertBefore(ext, childElement(rootOf(doc), SAMLP, 'Status')!);
        return ext;
      }),
  },
  {
    name: 'XSW8: evil copy carries the Signature, the original inside a ds:Object',
    build: (nameId) =>
      signatureOnEvilCopy(nameId, (doc, sig, original) => {
        const object = doc.createElementNS(DS, 'Object');
        object.appendChild(original);
        sig.appendChild(object);
      }),
  },
  {
    name: 'the signed Assertion hidden in saml:Advice of an evil Assertion',
    build: (nameId) => hideSignedAssertion(nameId, EVIL_ID, inAdvice),
  },
  {
    name: 'the signed Assertion hidden in saml:Advice of an evil Assertion with the same ID',
    build: (nameId) => hideSignedAssertion(nameId, undefined, inAdvice),
  },
  {
    name: 'an evil Response around the genuinely signed Response',
    build(nameId) {
      const doc = signedDoc('response');
      const original = rootOf(doc);
      const evil = evilCopy(original, nameId, EVIL_ID);
      doc.replaceChild(evil, original);
      evil.appendChild(original);
      return doc;
    },
  },
  {
    name: 'an evil Assertion after the signed one, colliding on its ID',
    build: (nameId) => evilBeside(nameId, 'after'),
  },
];

/**
 * An unsigned evil Assertion with its own ID beside the genuinely signed one: the signature is
 * sound, so the verifier accepts it, and the pipeline must refuse the extra assertion.
 */
export const EXTRA_ASSERTION_VARIANTS: readonly WrappingVariant[] = [
  {
    name: 'an evil Assertion with a fresh ID before the signed one',
    build: (nameId) => evilBeside(nameId, 'before', EVIL_ID),
  },
  {
    name: 'an evil Assertion with a fresh ID after the signed one',
    build: (nameId) => evilBeside(nameId, 'after', EVIL_ID),
  },
];
