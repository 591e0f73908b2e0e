import type { FixArgs, FixPhrase, FixTopic, IdpKnowledge, IdpScreens, IdpValues } from './types.js';
import { generic, genericScreens, genericValues } from './idps/generic.js';

function where(idp: IdpKnowledge, key: keyof IdpScreens): string {
  return idp.screens[key] ?? genericScreens[key];
}

function value(idp: IdpKnowledge, key: keyof IdpValues): string {
  return idp.values[key] ?? genericValues[key];
}

/** "A › B › C: x, D: y" when two places share a parent, instead of repeating the whole path. */
function both(first: string, firstValue: string, second: string, secondValue: string): string {
  const a = first.split(' › ');
  const b = second.split(' › ');
  let shared = 0;
  while (shared < a.length - 1 && shared < b.length - 1 && a[shared] === b[shared]) shared++;
  const rest = shared > 0 ? b.slice(shared).join(' › ') : second;
  return `${first}: ${firstValue}, ${rest}: ${secondValue}`;
}

const idpAdmin = (idp: IdpKnowledge) => `IdP admin, in ${idp.name}: `;
const sp = (a: FixArgs) => a.spName ?? 'the SP';
const quoted = (x: string | undefined, otherwise: string) => (x ? x : otherwise);

/** The shared wording; a product's own `fixes` replace a topic where the product works differently. */
const TEMPLATES: Record<FixTopic, FixPhrase> = {
  'nameid-email': (idp) =>
    idpAdmin(idp) +
    both(where(idp, 'nameIdFormat'), value(idp, 'nameIdFormatEmail'), where(idp, 'nameIdSource'), value(idp, 'emailSource')),
  'nameid-format': (idp, a) =>
    idpAdmin(idp) +
    `${where(idp, 'nameIdFormat')}: ` +
    // Consoles list the email format by a label, not by its URN.
    (a.nameIdFormat?.endsWith(':emailAddress')
      ? `${value(idp, 'nameIdFormatEmail')} (${a.nameIdFormat})`
      : quoted(a.nameIdFormat, 'the format the SP expects')),
  audience: (idp, a) =>
    idpAdmin(idp) +
    `${where(idp, 'spEntityId')}: set it to exactly ${quoted(a.spEntityId, "the SP's entity ID")} ` +
    '(it is sent as the Audience)',
  'reply-url': (idp, a) => {
    const acs = where(idp, 'acsUrl');
    const rd = where(idp, 'recipientDestination');
    const target = quoted(a.acsUrl, "the SP's ACS URL");
    return (
      idpAdmin(idp) +
      (rd !== acs ? both(acs, `set it to exactly ${target}`, rd, 'the same URL') : `${acs}: set it to exactly ${target}`) +
      ' (the Response is posted there and carries it as Destination and Recipient)'
    );
  },
  issuer: (idp, a) =>
    `SP admin, in ${sp(a)}: set the IdP entity ID to ${quoted(a.idpEntityId, 'the value the IdP sends as Issuer')}, ` +
    `copied from ${idp.name}: ${where(idp, 'idpEntityId')}`,
  'idp-sso-url': (idp, a) =>
    `SP admin, in ${sp(a)}: set the IdP sign-in URL to ${quoted(a.idpSsoUrl, "the IdP's SAML sign-in URL")}, ` +
    `copied from ${idp.name}: ${where(idp, 'idpSsoUrl')}`,
  'signing-certificate': (idp, a) =>
    `SP admin, in ${sp(a)}: replace the IdP certificate with the one ${idp.name} signs with now ` +
    `(${where(idp, 'signingCertificate')}); paste the whole PEM, BEGIN and END lines included`,
  'certificate-rotation': (idp, a) =>
    idpAdmin(idp) +
    `${where(idp, 'certificateRotation')}. Before activating, SP admin adds the new certificate to ${sp(a)} ` +
    'next to the current one, so logins keep working across the switch',
  'sign-assertion': (idp) =>
    idpAdmin(idp) + `${where(idp, 'signingOption')}: ${value(idp, 'signAssertion')}`,
  'sign-response': (idp) =>
    idpAdmin(idp) + `${where(idp, 'signingOption')}: ${value(idp, 'signResponse')}`,
  sha256: (idp) => idpAdmin(idp) + `${where(idp, 'signingAlgorithm')}: ${value(idp, 'sha256')}`,
  'groups-missing': (idp, a) =>
    idpAdmin(idp) + `${where(idp, 'groups')}: send the user's groups as ${quoted(a.attribute, 'the attribute the SP maps')}`,
  'groups-overage': (idp, a) =>
    idpAdmin(idp) +
    `${where(idp, 'groups')}: send only the groups ${sp(a)} needs (for example the groups assigned to the application), ` +
    'so the list stays under the limit',
  'groups-as-names': (idp) =>
    idpAdmin(idp) + `${where(idp, 'groups')}: send group names, not group IDs`,
  'attribute-missing': (idp, a) =>
    idpAdmin(idp) +
    `${where(idp, 'attributes')}: add ${quoted(a.attribute, 'the attribute')} ` +
    `carrying ${quoted(a.attributeValue, 'the value the SP expects')}`,
  'attribute-name': (idp, a) =>
    idpAdmin(idp) +
    `${where(idp, 'attributes')}: rename ${quoted(a.actualAttribute, 'the attribute')} to ` +
    `${quoted(a.attribute, 'the name the SP expects')} (or SP admin maps the name the IdP sends)`,
  encryption: (idp, a) =>
    idpAdmin(idp) +
    `${where(idp, 'encryption')}: encrypt with the current encryption certificate of ${sp(a)}, ` +
    'or switch encryption off if the SP does not expect it',
  'user-assignment': (idp) =>
    idpAdmin(idp) + `${where(idp, 'assignment')}: assign the user, or a group the user is a direct member of`,
  clock: (_idp, a) =>
    `The IdP's and the SP's clocks disagree${a.skew ? ` by ${a.skew}` : ''}: whoever runs a self-hosted server ` +
    '(IdP or SP) synchronises its clock with NTP; hosted IdPs keep accurate time, so look at the SP first',
  'relay-state': (idp, a) =>
    idpAdmin(idp) +
    `${where(idp, 'relayState')}: ${a.relayState ? `set it to ${a.relayState}` : 'leave it empty unless the SP documents a value'}`,
  'sp-initiated': (_idp, a) =>
    `Users start at the sign-in page of ${sp(a)}, not at an IdP dashboard tile or test button: ${sp(a)} only accepts a ` +
    'Response that answers its own AuthnRequest',
};

/**
 * One concrete fix for a problem, naming who acts and where, in the IdP's own screen and field
 * names; generic wording when the IdP is unknown or a place is not known for it.
 */
export function idpFix(topic: FixTopic, idp: IdpKnowledge | undefined, args: FixArgs = {}): string {
  const known = idp ?? generic;
  const phrase = known.fixes?.[topic] ?? TEMPLATES[topic];
  return phrase(known, args);
}

/** Every topic idpFix can phrase, for tests and documentation. */
export const FIX_TOPICS = Object.keys(TEMPLATES) as FixTopic[];
