/** Shared setup for validate tests: the canonical config and a one-call "build, sign, validate". */
import type { SsoConfig } from '../../src/config/types.js';
import type { Result } from '../../src/report/types.js';
import type { ValidateOptions } from '../../src/validate/pipeline.js';
import { validateResponse } from '../../src/validate/pipeline.js';
import { IDP, NOW, SP, USER } from '../support/constants.js';
import { IDP_KEY } from '../support/keys.js';
import type { ResponseOptions, SignOptions } from '../support/saml-builder.js';
import { buildResponse, signResponse } from '../support/saml-builder.js';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K] };

/** The SP (ElevenLabs-shaped, generic profile) config matching the canonical Entra login. */
export function makeConfig(o: DeepPartial<SsoConfig> = {}): SsoConfig {
  return {
    profile: o.profile ?? 'generic',
    sp: { entityId: SP.entityId, acsUrl: SP.acsUrl, additionalAcsUrls: [], ...o.sp },
    idp: {
      entityId: IDP.entityId,
      ssoUrl: IDP.ssoUrl,
      certificates: [{ label: 'idp.certificates[0]', pem: IDP_KEY.cert }],
      fingerprints: [],
      ...o.idp,
    } as SsoConfig['idp'],
    emailDomains: o.emailDomains ?? [USER.domain],
    nameId: { mustBeEmail: false, ...o.nameId },
    attributes: { ...o.attributes },
    expectedGroups: o.expectedGroups ?? [],
    security: { signed: 'either', allowSha1: false, clockSkewSeconds: 180, allowIdpInitiated: false, ...o.security },
  };
}

export interface RunOptions {
  response?: ResponseOptions;
  sign?: SignOptions['sign'] | SignOptions;
  config?: DeepPartial<SsoConfig>;
  opts?: Partial<ValidateOptions>;
}

/** Builds the canonical response with changes, signs it (assertion by default) and validates it at NOW. */
export function run(o: RunOptions = {}): Result {
  const xml = signedXml(o.response, o.sign);
  return validateResponse({ xml }, makeConfig(o.config), { now: NOW, ...o.opts });
}

export function signedXml(response: ResponseOptions = {}, sign: RunOptions['sign'] = 'assertion'): string {
  const s = typeof sign === 'string' ? { sign } : sign;
  return signResponse(buildResponse(response), s);
}

export function codes(r: Result): string[] {
  return r.findings.map((f) => f.code);
}

export function errors(r: Result): string[] {
  return r.findings.filter((f) => f.severity === 'error').map((f) => f.code);
}

export function findingOf(r: Result, code: string) {
  const f = r.findings.find((x) => x.code === code);
  if (!f) throw new Error(`no ${code} finding; got: ${codes(r).join(', ') || '(none)'}`);
  return f;
}
