import type { AssertionModel, AttributeModel } from '../../saml/types.js';

/** Attributes are matched by their Name, exactly as the SP does; FriendlyName is display only. */
export function findAttributes(assertion: AssertionModel, name: string): AttributeModel[] {
  return assertion.attributes.filter((a) => a.name === name);
}

/** The user's email as the SP would read it: the configured email attribute, else an email-shaped NameID. */
export function userEmail(
  assertion: AssertionModel,
  emailAttribute: string | undefined,
  isEmail: (v: string) => boolean,
): { value: string; from: string } | undefined {
  if (emailAttribute) {
    const value = findAttributes(assertion, emailAttribute)[0]?.values[0]?.trim();
    if (value) return { value, from: `attribute ${emailAttribute}` };
  }
  const nameId = assertion.nameId?.value;
  return nameId && isEmail(nameId) ? { value: nameId, from: 'NameID' } : undefined;
}
