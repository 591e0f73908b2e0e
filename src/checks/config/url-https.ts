import type { Check, Finding } from '../types.js';
import { finding } from '../types.js';
import { httpsProblem } from '../../config/url.js';
import type { ConfigLintContext } from './context.js';
import { configUrlNotHttps } from './rules.js';

/** The ACS URL(s) and the IdP sign-in URL must be absolute https (http only for localhost). */
export const urlHttpsCheck: Check<ConfigLintContext> = {
  name: 'urls',
  rules: [configUrlNotHttps],
  run({ config }) {
    const urls: { location: string; value: string; who: string }[] = [
      { location: '$.sp.acsUrl', value: config.sp.acsUrl, who: "the SaaS app's SSO settings (ACS / Redirect URL)" },
      ...config.sp.additionalAcsUrls.map((value, i) => ({
        location: `$.sp.additionalAcsUrls[${i}]`,
        value,
        who: "the SaaS app's SSO settings (ACS / Redirect URL)",
      })),
    ];
    if (config.idp.ssoUrl !== undefined) {
      urls.push({ location: '$.idp.ssoUrl', value: config.idp.ssoUrl, who: 'the IdP (Login URL / Sign On URL / SSO URL)' });
    }
    const out: Finding[] = [];
    for (const { location, value, who } of urls) {
      if (value.trim() === '') continue; // the schema check already reports empty values
      const problem = httpsProblem(value);
      if (!problem) continue;
      out.push(
        finding(configUrlNotHttps, {
          message: `${location} ${problem}`,
          expected: 'an absolute https:// URL (http only for localhost)',
          actual: value,
          location,
          hint: `Copy the exact URL again from ${who}.`,
        }),
      );
    }
    return out;
  },
};
