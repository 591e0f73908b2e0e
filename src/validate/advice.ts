import type { IdpKnowledge, SpProfile } from '../knowledge/index.js';
import { idpFix, profileSymptom, windowLabel } from '../knowledge/index.js';
import type { Advice } from './context.js';

/** Fix wording in the recognised IdP's screen names and the SP profile's field names and symptoms. */
export function makeAdvice(idp: IdpKnowledge | undefined, profile: SpProfile | undefined): Advice {
  const spName = profile && profile.name !== 'generic' ? profile.title : undefined;
  return {
    idpName: idp && idp.id !== 'generic' ? idp.name : undefined,
    idpFacts: idp?.facts ?? {},
    window: (w) => windowLabel(idp, w),
    idp: (topic, args = {}) => idpFix(topic, idp, { spName, ...args }),
    sp(field, what) {
      const label = profile?.fields[field];
      const where = [spName ?? 'the SP', profile?.settingsPage].filter(Boolean).join(': ');
      return `SP admin, in ${where}${label ? ` › ${label}` : ''}: ${what}`;
    },
    symptom: (code) => (profile && profile.name !== 'generic' ? profileSymptom(profile, code, idp?.id) : undefined),
  };
}
