import { describe, expect, it } from 'vitest';
import { CLAIM, USER } from '../../support/constants.js';
import { codes, errors, findingOf, run } from '../../validate/helpers.js';

describe('attribute-missing', () => {
  it('lists the attribute names that are present, and spots the full-URI twin', () => {
    const f = findingOf(run({ config: { attributes: { email: 'email' } } }), 'attribute-missing');
    expect(f.severity).toBe('error');
    expect(f.expected).toBe('email');
    expect(f.actual).toContain(CLAIM.email);
    expect(f.message).toContain(CLAIM.email);
    expect(f.hint).toContain('Attributes & Claims');
  });
  it('is only a warning for a name attribute', () => {
    const f = findingOf(run({ config: { attributes: { firstName: 'firstName' } } }), 'attribute-missing');
    expect(f.severity).toBe('warning');
  });
  it('passes when the configured names are present', () => {
    const r = run({ config: { attributes: { email: CLAIM.email, firstName: CLAIM.givenName } } });
    expect(codes(r)).not.toContain('attribute-missing');
    expect(r.passed?.find((p) => p.check === 'attributes')?.detail).toBe('present: email, first name');
  });
});

describe('groups-overage', () => {
  it('flags groups.link in place of groups, with the Entra limit', () => {
    const r = run({ response: { assertion: { groupsOverage: true } }, config: { attributes: { groups: CLAIM.groups } } });
    const f = findingOf(r, 'groups-overage');
    expect(f.message).toContain('more than 150');
    expect(f.hint).toContain('Groups assigned to the application');
    // The overage explains the missing groups; no second finding for it.
    expect(codes(r)).not.toContain('attribute-missing');
  });
  it('passes when groups are sent', () => {
    expect(codes(run({ response: { assertion: { groups: ['Admins'] } }, config: { attributes: { groups: CLAIM.groups } } }))).not.toContain(
      'groups-overage',
    );
  });
});

describe('groups-are-object-ids', () => {
  it('is an error when group names are mapped', () => {
    const r = run({ response: { assertion: { groups: [...USER.groups] } }, config: { attributes: { groups: CLAIM.groups }, expectedGroups: ['Admins'] } });
    const f = findingOf(r, 'groups-are-object-ids');
    expect(f.severity).toBe('error');
    expect(f.expected).toEqual(['Admins']);
  });
  it('is a warning without mapped groups, and silent when object IDs are mapped', () => {
    const cfg = { attributes: { groups: CLAIM.groups } };
    expect(findingOf(run({ response: { assertion: { groups: [...USER.groups] } }, config: cfg }), 'groups-are-object-ids').severity).toBe('warning');
    expect(
      codes(run({ response: { assertion: { groups: [...USER.groups] } }, config: { ...cfg, expectedGroups: [USER.groups[0]] } })),
    ).not.toContain('groups-are-object-ids');
  });
  it('passes group names', () => {
    expect(codes(run({ response: { assertion: { groups: ['Admins'] } }, config: { attributes: { groups: CLAIM.groups } } }))).not.toContain(
      'groups-are-object-ids',
    );
  });
});

describe('attribute-duplicate', () => {
  it('flags the same attribute twice', () => {
    const attributes = [
      { name: 'email', values: ['ada.lovelace@contoso.com'] },
      { name: 'email', values: ['ada@contoso.com'] },
    ];
    const f = findingOf(run({ response: { assertion: { attributes } } }), 'attribute-duplicate');
    expect(f.message).toContain('2 times');
  });
  it('passes distinct attributes', () => {
    const r = run();
    expect(codes(r)).not.toContain('attribute-duplicate');
    expect(errors(r)).toEqual([]);
  });
});
