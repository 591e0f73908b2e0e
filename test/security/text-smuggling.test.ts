/**
 * Text smuggling: the IdP genuinely signs a value the attacker controls (their own account), then
 * the attacker inserts markup that exclusive c14n renders identically but a reader may see
 * differently — comments, CDATA sections, processing instructions, character references.
 * The digest still matches, so only the reader can catch it.
 */
import { describe, expect, it } from 'vitest';
import { CLAIM, IDP, NAMEID_FORMAT, SP, USER } from '../support/constants.js';
import { entraAttributes } from '../support/saml-builder.js';
import { VICTIM, allCodes, details, expectAccepted, expectRefused, replaceOnce, signed, validate } from './support.js';

/** The attacker's genuine account: the victim's address with a prefix / suffix they control. */
const PREFIXED = `x${VICTIM}`;
const SUFFIXED = `${VICTIM}.evil.example`;

describe('NameID', () => {
  it('baseline: the attacker-controlled account itself is read as itself', () => {
    const r = validate(signed({ assertion: { nameId: PREFIXED } }));
    expectAccepted(r);
    expect(details(r).nameId).toBe(PREFIXED);
  });

  // Was a hole: xml-crypto's ExclusiveCanonicalization.processInner rendered a processing instruction
  // as bare text while textInfo() (src/saml/dom.ts) skipped it, so `<?x x?>ada…` kept the digest of "xada…".
  it('a processing instruction hides the first character of a signed NameID (PI smuggling)', () => {
    const forged = replaceOnce(signed({ assertion: { nameId: PREFIXED } }), `>${PREFIXED}<`, `><?x x?>${VICTIM}<`);
    const r = validate(forged);
    expectRefused(r, VICTIM);
  });

  // Same root cause, a PI at the end.
  it('a processing instruction hides a signed suffix of the NameID', () => {
    const forged = replaceOnce(signed({ assertion: { nameId: SUFFIXED } }), `>${SUFFIXED}<`, `>${VICTIM}<?x .evil.example?><`);
    const r = validate(forged);
    expectRefused(r, VICTIM);
  });

  // Once partial: nameid-comment-injection fired but the forged value still showed as passed.
  it('a processing instruction in the middle splits the text: refused, but the forged NameID is still shown as passed', () => {
    const signedValue = 'ada.lovelacex@contoso.com';
    const forged = replaceOnce(signed({ assertion: { nameId: signedValue } }), `>${signedValue}<`, `>ada.lovelace<?x x?>@contoso.com<`);
    const r = validate(forged);
    expectRefused(r, VICTIM);
    expect(allCodes(r)).toContain('nameid-comment-injection');
  });

  it('a comment injected after signing (Duo-style) is refused', () => {
    const forged = replaceOnce(signed({ assertion: { nameId: SUFFIXED } }), `>${SUFFIXED}<`, `>${VICTIM}<!---->.evil.example<`);
    const r = validate(forged);
    expectRefused(r, VICTIM);
    expect(allCodes(r)).toContain('nameid-comment-injection');
  });

  it('a comment before the value is refused', () => {
    const forged = replaceOnce(signed({ assertion: { nameId: PREFIXED } }), `>${PREFIXED}<`, `>x<!---->${VICTIM}<`);
    expectRefused(validate(forged), VICTIM);
  });

  it('a CDATA section carrying the signed suffix is refused', () => {
    const forged = replaceOnce(signed({ assertion: { nameId: SUFFIXED } }), `>${SUFFIXED}<`, `>${VICTIM}<![CDATA[.evil.example]]><`);
    const r = validate(forged);
    expectRefused(r, VICTIM);
    expect(allCodes(r)).toContain('nameid-comment-injection');
  });

  it('an empty CDATA section splitting the NameID is refused', () => {
    const forged = replaceOnce(signed({ assertion: { nameId: SUFFIXED } }), `>${SUFFIXED}<`, `>${VICTIM}<![CDATA[]]>.evil.example<`);
    expectRefused(validate(forged), VICTIM);
  });

  it('character references spelling the signed value change nothing (read as the signed value)', () => {
    const encoded = [...PREFIXED].map((c) => `&#x${c.charCodeAt(0).toString(16)};`).join('');
    const xml = replaceOnce(signed({ assertion: { nameId: PREFIXED } }), `>${PREFIXED}<`, `>${encoded}<`);
    const r = validate(xml);
    expect(details(r).nameId).toBe(PREFIXED);
  });

  it('an undeclared entity reference in NameID is refused as malformed XML', () => {
    const forged = replaceOnce(signed({ assertion: { nameId: PREFIXED } }), `>${PREFIXED}<`, `>&x;${VICTIM}<`);
    const r = validate(forged);
    expectRefused(r, VICTIM);
    expect(allCodes(r)).toContain('xml-malformed');
  });

  it('an element inside NameID (text split by markup) is refused', () => {
    const forged = replaceOnce(signed({ assertion: { nameId: PREFIXED } }), `>${PREFIXED}<`, `><b>x</b>${VICTIM}<`);
    expectRefused(validate(forged), VICTIM);
  });
});

describe('Audience', () => {
  /** An assertion issued to another SP whose entity ID extends ours. */
  const OTHER_SP = `${SP.entityId}/staging`;

  it('baseline: an assertion for another SP is refused', () => {
    const r = validate(signed({ assertion: { audiences: [OTHER_SP] } }));
    expectRefused(r);
    expect(allCodes(r)).toContain('audience-mismatch');
  });

  // Was a hole: xml-crypto canonicalised a PI as bare text, so this kept the digest. PIs are now canonicalised as markup.
  it('a processing instruction hides the tail of another SP\'s Audience: the digest no longer matches', () => {
    const forged = replaceOnce(signed({ assertion: { audiences: [OTHER_SP] } }), `>${OTHER_SP}<`, `>${SP.entityId}<?x /staging?><`);
    const r = validate(forged);
    expectRefused(r);
    expect(allCodes(r)).toContain('digest-mismatch');
  });

  it('a comment in the Audience does not shorten it (read as the signed value)', () => {
    const forged = replaceOnce(signed({ assertion: { audiences: [OTHER_SP] } }), `>${OTHER_SP}<`, `>${SP.entityId}<!---->/staging<`);
    const r = validate(forged);
    expectRefused(r);
    expect(allCodes(r)).toContain('audience-mismatch');
  });

  it('a CDATA section in the Audience does not shorten it', () => {
    const forged = replaceOnce(signed({ assertion: { audiences: [OTHER_SP] } }), `>${OTHER_SP}<`, `>${SP.entityId}<![CDATA[/staging]]><`);
    const r = validate(forged);
    expectRefused(r);
    expect(allCodes(r)).toContain('audience-mismatch');
  });
});

describe('Attribute values', () => {
  /** Persistent NameID, identity taken from the email claim (a common SP setup). */
  const config = { attributes: { email: CLAIM.email } };
  const withEmail = (email: string) =>
    signed({
      assertion: {
        nameId: USER.persistentId,
        nameIdFormat: NAMEID_FORMAT.persistent,
        attributes: entraAttributes().map((a) => (a.name === CLAIM.email ? { ...a, values: [email] } : a)),
      },
    });

  it('baseline: the attacker\'s own email attribute passes as itself', () => {
    const r = validate(withEmail(PREFIXED), config);
    expectAccepted(r);
    expect(JSON.stringify(r.passed)).not.toContain(`"${VICTIM}`);
  });

  // Was a hole: PI smuggling in an AttributeValue (the reader skipped the PI the digest did not see).
  // PIs are now canonicalised as markup, so the digest breaks.
  it('a processing instruction hides the first character of the email claim', () => {
    const xml = withEmail(PREFIXED).replace(
      `<AttributeValue>${PREFIXED}</AttributeValue>`,
      `<AttributeValue><?x x?>${VICTIM}</AttributeValue>`,
    );
    expect(xml).toContain('<?x x?>');
    const r = validate(xml, config);
    expectRefused(r, VICTIM);
  });

  it('a comment in the email claim does not shorten it', () => {
    const xml = withEmail(SUFFIXED).replace(
      `<AttributeValue>${SUFFIXED}</AttributeValue>`,
      `<AttributeValue>${VICTIM}<!---->.evil.example</AttributeValue>`,
    );
    const r = validate(xml, config);
    // Not a forgery: the value read is the signed one. It must never be reported as the victim's.
    expect(JSON.stringify(r.passed ?? [])).not.toContain(`"${VICTIM}"`);
    expect(JSON.stringify(r.passed ?? [])).not.toMatch(new RegExp(`${VICTIM.replace(/\./g, '\\.')}(?!\\.evil)`));
  });
});

describe('Issuer', () => {
  const OTHER_ISSUER = `${IDP.entityId}x`;

  // Was a hole (PI smuggling in saml:Issuer); PIs are now canonicalised as markup.
  it('a processing instruction hides a signed Issuer suffix: the digest no longer matches', () => {
    const xml = signed({ assertion: { issuer: OTHER_ISSUER } });
    const forged = replaceOnce(xml, `<Issuer>${OTHER_ISSUER}</Issuer>`, `<Issuer>${IDP.entityId}<?x x?></Issuer>`);
    const r = validate(forged);
    expectRefused(r);
    expect(allCodes(r)).toContain('digest-mismatch');
  });
});

describe('processing instructions elsewhere', () => {
  it('an empty processing instruction inside the signed assertion makes canonicalisation fail, refused', () => {
    const forged = replaceOnce(signed(), '<Subject>', '<Subject><?x?>');
    expectRefused(validate(forged));
  });
});
