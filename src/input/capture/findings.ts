import type { Finding } from '../../checks/types.js';
import { finding } from '../../checks/types.js';
import { captureAcsHttpError, captureAppError, captureIdpError, captureNoSaml } from '../../checks/capture/index.js';
import type { AttachedNote, Capture } from './capture.js';
import { hostOf } from './said.js';
import { explainAadsts } from '../../knowledge/aadsts.js';

/** Explains an AADSTS code in words (the knowledge area provides one); undefined when unknown. */
export type AadstsExplainer = (code: string) => string | undefined;

export interface CaptureFindingOptions {
  /** Default: the knowledge area's AADSTS table. */
  explainAadsts?: AadstsExplainer;
}

function knownAadsts(code: string): string | undefined {
  const e = explainAadsts(code);
  return e ? `${e.title}. ${e.cause} ${e.fix}` : undefined;
}

const MAX_HOSTS_LISTED = 15;

export function describeMessage(capture: Capture, index: number | undefined): string | undefined {
  if (index === undefined) return undefined;
  const m = capture.messages[index];
  if (!m) return undefined;
  return `${m.provenance.parameter ?? 'SAML message'} in entry ${m.provenance.entryIndex}`;
}

function location(capture: Capture, note: AttachedNote): string {
  const near = describeMessage(capture, note.messageIndex);
  return `entry ${note.entryIndex} (${note.url})${near ? `, after the ${near}` : ''}`;
}

/** Hosts the AuthnRequests went to: an error parameter there is the IdP's word; anywhere else the app's. */
function idpHosts(capture: Capture): Set<string> {
  const hosts = new Set<string>();
  for (const m of capture.messages) {
    if (m.provenance.parameter === 'SAMLRequest' && m.provenance.url) hosts.add(hostOf(m.provenance.url));
  }
  return hosts;
}

function noSaml(capture: Capture): Finding {
  const hosts = capture.hosts.slice(0, MAX_HOSTS_LISTED).map((h) => `${h.host} (${h.requests})`);
  const more = capture.hosts.length > MAX_HOSTS_LISTED ? ` and ${capture.hosts.length - MAX_HOSTS_LISTED} more` : '';
  const span =
    capture.firstTime && capture.lastTime
      ? capture.firstTime === capture.lastTime
        ? `, at ${capture.firstTime}`
        : `, ${capture.firstTime} to ${capture.lastTime}`
      : '';
  const requests = `${capture.entryCount} request${capture.entryCount === 1 ? '' : 's'}`;
  return finding(captureNoSaml, {
    message: `no SAMLRequest or SAMLResponse in ${requests}${span}`,
    expected: 'a request to the IdP carrying SAMLRequest and a POST to the app carrying SAMLResponse',
    actual: capture.hosts.length ? `hosts seen: ${hosts.join(', ')}${more}` : 'no requests at all',
    hint:
      'Whoever captures: tick "Preserve log" in the Network tab (Chrome/Edge clear it on navigation), start on ' +
      "the app's sign-in page, complete the login, then save all as HAR with content.",
  });
}

export function captureFindings(capture: Capture, opts: CaptureFindingOptions = {}): Finding[] {
  if (!capture.messages.length) return [noSaml(capture)];
  const idp = idpHosts(capture);
  const out: Finding[] = [];
  for (const note of capture.notes) {
    const loc = location(capture, note);
    switch (note.kind) {
      case 'aadsts': {
        const explained = (opts.explainAadsts ?? knownAadsts)(note.code ?? '');
        out.push(
          finding(captureIdpError, {
            message: `Microsoft Entra stopped the login with ${note.code} on ${note.host}`,
            expected: 'a SAML Response posted back to the app',
            actual: note.text,
            hint: explained ?? `Look up ${note.code} in Microsoft's AADSTS error reference; the IdP admin fixes it in the Entra app.`,
            mirrors: note.text,
            location: loc,
          }),
        );
        break;
      }
      case 'error-parameter':
        out.push(
          finding(idp.has(note.host) ? captureIdpError : captureAppError, {
            message: `${note.host} reported an error: ${note.text}`,
            expected: 'the login to continue without an error',
            actual: note.text,
            mirrors: note.text,
            location: loc,
          }),
        );
        break;
      case 'error-body':
        out.push(
          finding(captureAppError, {
            message: `${note.host} answered with an error${note.status ? ` (HTTP ${note.status})` : ''}: ${note.text}`,
            expected: 'the app to accept the SAML Response',
            actual: note.text,
            mirrors: note.text,
            location: loc,
          }),
        );
        break;
      case 'http-error':
        out.push(
          finding(captureAcsHttpError, {
            message: `the ACS URL ${note.url} answered HTTP ${note.status}`,
            expected: 'a redirect (302/303) or 200 into the app',
            actual: `HTTP ${note.status}`,
            hint:
              note.status === 404 || note.status === 405
                ? 'SP admin: check that this is the ACS URL shown in the app\'s SSO settings; IdP admin: set the Reply/ACS URL to exactly that.'
                : 'The app refused or failed on the Response: read the other findings on this Response for the cause.',
            location: loc,
          }),
        );
        break;
    }
  }
  return out;
}
