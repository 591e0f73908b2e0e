import type { IdpId, IdpKnowledge } from '../types.js';
import { adfs } from './adfs.js';
import { auth0 } from './auth0.js';
import { entra } from './entra.js';
import { generic } from './generic.js';
import { google } from './google.js';
import { jumpcloud } from './jumpcloud.js';
import { keycloak } from './keycloak.js';
import { okta } from './okta.js';
import { onelogin } from './onelogin.js';
import { ping } from './ping.js';
import { shibboleth } from './shibboleth.js';

/** Every known IdP; generic last (it recognises nothing). */
export const IDPS: readonly IdpKnowledge[] = [
  entra,
  okta,
  google,
  adfs,
  onelogin,
  ping,
  auth0,
  keycloak,
  jumpcloud,
  shibboleth,
  generic,
];

export function getIdp(id: IdpId): IdpKnowledge {
  return IDPS.find((i) => i.id === id) ?? generic;
}

export { adfs, auth0, entra, generic, google, jumpcloud, keycloak, okta, onelogin, ping, shibboleth };
