import type { IdpKnowledge } from './types.js';
import { formatDuration } from '../util/time.js';

const MINUTE = 60_000;

/**
 * "Entra's 70-minute window" when a Conditions window has the IdP's usual length, so the reader
 * knows the window is normal and the problem lies elsewhere. Some IdPs (Entra among them) start
 * NotBefore a few minutes before IssueInstant, so the length is also measured from IssueInstant.
 */
export function windowLabel(
  idp: IdpKnowledge | undefined,
  window: { issueInstant?: Date; notBefore: Date; notOnOrAfter: Date },
): string | undefined {
  const usual = idp?.facts.assertionValidityMinutes;
  if (usual === undefined) return undefined;
  const minutesFrom = (start: Date) => Math.round((window.notOnOrAfter.getTime() - start.getTime()) / MINUTE);
  const starts = [window.notBefore, window.issueInstant].filter((d): d is Date => d !== undefined);
  return starts.some((s) => minutesFrom(s) === usual) ? `${idp!.shortName}'s ${usual}-minute window` : undefined;
}

/**
 * A note for a Response judged well after it was issued: the IdP's bearer window is short, so an
 * old capture fails on time even when everything else is right. Undefined while within the window.
 */
export function captureAgeNote(idp: IdpKnowledge | undefined, issuedAt: Date, judgedAt: Date): string | undefined {
  const bearer = idp?.facts.bearerWindowMinutes;
  if (bearer === undefined) return undefined;
  const age = Math.round((judgedAt.getTime() - issuedAt.getTime()) / MINUTE);
  if (age <= bearer) return undefined;
  const validity = idp!.facts.assertionValidityMinutes;
  return (
    `${idp!.name} lets a Response be presented for about ${bearer} minutes (SubjectConfirmation)` +
    (validity ? ` and keeps the assertion valid for ${validity} minutes (Conditions)` : '') +
    `; this one is judged ${formatDuration(judgedAt.getTime() - issuedAt.getTime())} after it was issued. ` +
    'Capture a fresh login, or pass --now with the capture time.'
  );
}
