import type { CertFacts } from '../../crypto/cert/facts.js';
import type { Check } from '../types.js';

/** What every certificate content check looks at. */
export interface CertCheckContext {
  facts: CertFacts;
  /** Time the certificate is judged at (--now, or a capture's time). */
  now: Date;
  /** How to name the certificate in messages, e.g. 'the certificate' or 'certificate 2 (CN=...)'. */
  label: string;
  location?: string;
}

/** A content check that can also say, in one line, what it verified when it found nothing wrong. */
export interface CertCheck extends Check<CertCheckContext> {
  passed(ctx: CertCheckContext): string;
}
