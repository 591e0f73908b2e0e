import { describe, expect, it } from 'vitest';
import { getRule } from '../../src/checks/registry.js';
import { idpRows, knowledgeTableMarkdown, profileRows } from '../../src/knowledge/table.js';

describe('README knowledge table', () => {
  it('has a row per profile, listing only registered codes', () => {
    const rows = profileRows();
    expect(rows.map((r) => r.name)).toEqual(['elevenlabs', 'elastic-cloud', 'label-studio', 'zendesk', 'generic']);
    expect(rows.find((r) => r.name === 'label-studio')!.codes).toEqual([
      'label-studio-preset-mismatch',
      'label-studio-group-case-mismatch',
      'label-studio-groups-object-ids',
      'label-studio-acs-url-shape',
    ]);
    expect(rows.find((r) => r.name === 'generic')!.codes).toEqual([]);
    for (const r of rows) for (const code of r.codes) expect(getRule(code)?.area).toBe('profile');
  });

  it('has a row per IdP with how it is recognised and the Entra facts', () => {
    const rows = idpRows();
    expect(rows.map((r) => r.id)).toEqual(['entra', 'okta', 'google', 'adfs', 'onelogin', 'ping', 'auth0', 'keycloak', 'jumpcloud', 'shibboleth']);
    for (const r of rows) expect(r.recognisedBy.length).toBeGreaterThan(0);
    const entra = rows.find((r) => r.id === 'entra')!;
    expect(entra.facts).toEqual(expect.arrayContaining(['70-minute assertion window', '150 groups before overage', 'expiry mails 60/30/7 days ahead']));
  });

  it('renders Markdown tables', () => {
    const md = knowledgeTableMarkdown();
    expect(md).toContain('| `elevenlabs` (ElevenLabs) |');
    expect(md).toContain('`zendesk-fingerprint-not-sha256`');
    expect(md).toContain('| Microsoft Entra ID |');
    expect(md.split('\n').filter((l) => l.startsWith('| ---')).length).toBe(2);
  });
});
