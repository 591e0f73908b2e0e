/**
 * Text smuggling: the IdP genuinely signs a value the attacker controls (their own account), then
 * the attacker inserts markup that exclusive c14n renders identically but a reader may see
 * differently — comments, CDATA sections, processing instructions, character references.
 * The digest still matches, so only the reader can catch it.
 */
import { describe, expect, it } from 'vitest';
import { CLAIM, IDP, NAMEID_FORMAT, SP, USER } from '../support/constants.js';
import { entraAttributes } from '../support/saml-builder.js';
import { VICTIM, allCodes, vulnerable, details, expectAccepted, expectRefused, replaceOnce, signed, validate } from './support.js';

/** The attacker's genuine account: the victim's address with a prefix / suffix they control. */
const PREFIXED = `x${VICTIM}`;
const SUFFIXED = `${VICTIM}.evil.example`;

describe('NameID', () => {
  it('baseline: the attacker-controlled account itself is read as itself', () => {
    const r = validate(signed({ assertion: { nameId: PREFIXED } }));
    expectAccepted(r);
    expect(details(r).nameId).toBe(PREFIXED);
  });

  // VULNERABILITY: xml-crypto's ExclusiveCanonicalization.processInner renders any node with a
  // `.data` property as text, processing instructions included, while textInfo() (src/saml/dom.ts)
  // skips them. `<?x x?>ada…` canonicalises to "xada…" (the signed value) but is read as "ada…".
  vulnerable('a processing instruction hides the first character of a signed NameID (PI smuggling)', () => {
    const forged = replaceOnce(signed({ assertion: { nameId: PREFIXED } }), `>${PREFIXED}<`, `><?x x?>${VICTIM}<`);
    const r = validate(forged);
    expectRefused(r, VICTIM);
  });

  // VULNERABILITY: same root cause; a PI at the end leaves one text node, so nameid-comment-injection stays silent.
  vulnerable('a processing instruction hides a signed suffix of the NameID', () => {
    const forged = replaceOnce(signed({ assertion: { nameId: SUFFIXED } }), `>${SUFFIXED}<`, `>${VICTIM}<?x .evil.example?><`);
    const r = validate(forged);
    expectRefused(r, VICTIM);
  });

  // VULNERABILITY (partial): nameid-comment-injection fires, so ok is false, but the "nameid" passed entry
  // and details.nameId (claimsVerified: true) still present the forged "ada.lovelace@contoso.com".
  vulnerable('a processing instruction in the middle splits the text: refused, but the forged NameID is still shown as passed', () => {
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

  // VULNERABILITY: PI smuggling (see NameID) turns an assertion for https://elevenlabs.io/staging into one for https://elevenlabs.io.
  vulnerable('a processing instruction hides the tail of another SP\'s Audience', () => {
    const forged = replaceOnce(signed({ assertion: { audiences: [OTHER_SP] } }), `>${OTHER_SP}<`, `>${SP.entityId}<?x /staging?><`);
    const r = validate(forged);
    expectRefused(r);
    expect(allCodes(r)).toContain('audience-mismatch');
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

  // VULNERABILITY: PI smuggling in an AttributeValue: readAttribute() uses textOf(), which skips PIs.
  // Nothing flags markup inside attribute values, so the forged email is read silently.
  vulnerable('a processing instruction hides the first character of the email claim', () => {
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

  // VULNERABILITY: PI smuggling in saml:Issuer makes an assertion from another issuer read as the configured IdP's.
  vulnerable('a processing instruction hides a signed Issuer suffix', () => {
    const xml = signed({ assertion: { issuer: OTHER_ISSUER } });
    const forged = replaceOnce(xml, `<Issuer>${OTHER_ISSUER}</Issuer>`, `<Issuer>${IDP.entityId}<?x x?></Issuer>`);
    const r = validate(forged);
    expectRefused(r);
    expect(allCodes(r)).toContain('issuer-mismatch');
  });
});

describe('processing instructions elsewhere', () => {
  it('an empty processing instruction inside the signed assertion makes canonicalisation fail, refused', () => {
    const forged = replaceOnce(signed(), '<Subject>', '<Subject><?x?>');
    expectRefused(validate(forged));
  });
});
