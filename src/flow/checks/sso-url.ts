import { finding } from '../../checks/types.js';
import { ssoUrlMismatch } from '../../checks/flow/index.js';
import { describeUrlDifference } from '../../validate/urls.js';
import type { FlowCheck, FlowContext } from '../context.js';
import { authnRequests, stepLabel } from '../context.js';
import type { FlowStep } from '../steps.js';

/** Scheme and host compare case-insensitively; path as written; a trailing slash is not a different endpoint. */
function sameEndpoint(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    const path = (u: URL) => u.pathname.replace(/\/+$/, '');
    return x.protocol === y.protocol && x.host === y.host && path(x) === path(y);
  } catch {
    return a === b;
  }
}

function judged(ctx: FlowContext): { req: FlowStep; sso: string }[] {
  const sso = ctx.config?.idp.ssoUrl;
  if (!sso) return [];
  return authnRequests(ctx).flatMap((req) => (req.url ? [{ req, sso }] : []));
}

export const ssoUrlFlow: FlowCheck = {
  name: 'sso-url',
  run(ctx) {
    return judged(ctx)
      .filter(({ req, sso }) => !sameEndpoint(sso, req.url!))
      .map(({ req, sso }) => ({
        messageIndex: req.messageIndex,
        finding: finding(ssoUrlMismatch, {
          message: `the ${stepLabel(req)} was sent to ${req.url}, not to the IdP sign-in URL in the config`,
          expected: sso,
          actual: req.url,
          hint:
            `${describeUrlDifference(sso, req.url!) ?? ''} SP admin: set the app's Identity Provider Sign-In URL to ${sso} ` +
            '(or, if the capture is right, update idp.ssoUrl in the config).',
          location: `entry ${req.provenance.entryIndex}`,
        }),
      }));
  },
  passed(ctx) {
    const ok = judged(ctx).filter(({ req, sso }) => sameEndpoint(sso, req.url!));
    return ok.length ? `the AuthnRequest went to the configured IdP sign-in URL (${ok[0]!.sso})` : undefined;
  },
};
