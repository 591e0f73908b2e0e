import { lintCertificateText } from '../crypto/cert/index.js';

/**
 * Why a certificate text does not parse, in the certificate linter's words (missing END line,
 * truncated body, a private key pasted instead...). Only called for texts that already failed to
 * parse, so the full linter runs on the rare bad input, never on every load.
 */
export function diagnoseCertificate(text: string, fallback: string): string[] {
  // The date only matters for validity findings, which an unparseable certificate cannot produce.
  const { findings } = lintCertificateText(text, { now: new Date(0) });
  const errors = findings.filter((f) => f.severity === 'error');
  return errors.length ? errors.map((f) => f.message) : [fallback];
}
