import { profileChecks } from '../checks/profile/index.js';
import type { IdpScreens } from './types.js';
import { IDPS } from './idps/index.js';
import { listProfiles } from './profiles/index.js';

/**
 * Data for the README table: every profile and IdP with what the tool checks for it. Kept out of
 * the knowledge index because it reads the profile checks, which themselves use the knowledge.
 */
export interface ProfileRow {
  name: string;
  title: string;
  requirements: readonly string[];
  /** Codes of the checks that only run for this profile. */
  codes: string[];
}

export interface IdpRow {
  id: string;
  name: string;
  /** Why an Issuer, URL or certificate is taken for this IdP. */
  recognisedBy: string[];
  /** Field names hints use for the most common fixes, in the IdP's own words. */
  fields: string[];
  /** Product facts quoted in findings, in words. */
  facts: string[];
}

/** The places most hints point at; the table shows their field names. */
const KEY_FIELDS: (keyof IdpScreens)[] = ['spEntityId', 'acsUrl', 'nameIdFormat', 'nameIdSource', 'attributes', 'signingOption'];

const FACT_WORDS: Record<string, (v: unknown) => string> = {
  assertionValidityMinutes: (v) => `${v}-minute assertion window`,
  bearerWindowMinutes: (v) => `~${v}-minute bearer window`,
  groupClaimLimit: (v) => `${v} groups before overage`,
  groupOverageAttribute: () => 'groups.link overage claim',
  defaultNameIdSource: (v) => `default NameID ${v}`,
  certificateValidityYears: (v) => `${v}-year certificates`,
  certificateExpiryNoticeDays: (v) => `expiry mails ${(v as number[]).join('/')} days ahead`,
  maxReplyUrls: (v) => `up to ${v} Reply URLs`,
};

export function profileRows(): ProfileRow[] {
  return listProfiles().map((p) => ({
    name: p.name,
    title: p.title,
    requirements: p.requirements,
    codes: profileChecks.filter((c) => c.profile === p.name).flatMap((c) => c.rules.map((r) => r.code)),
  }));
}

export function idpRows(): IdpRow[] {
  return IDPS.filter((i) => i.id !== 'generic').map((i) => ({
    id: i.id,
    name: i.name,
    recognisedBy: i.clues.map((c) => `${c.reason} (${c.confidence})`),
    fields: KEY_FIELDS.flatMap((k) => {
      const place = i.screens[k];
      return place ? [place.split(' › ').pop()!] : [];
    }),
    facts: Object.entries(i.facts).map(([k, v]) => FACT_WORDS[k]?.(v) ?? k),
  }));
}

const cell = (xs: readonly string[]) => (xs.length ? xs.join('; ') : '—').replace(/\|/g, '\\|');
const codes = (xs: readonly string[]) => (xs.length ? xs.map((c) => `\`${c}\``).join(', ') : '—');

/** The two README tables (profiles, then IdPs) as Markdown. */
export function knowledgeTableMarkdown(): string {
  const profiles = [
    '| Profile | What is checked | Profile-specific codes |',
    '| --- | --- | --- |',
    ...profileRows().map((r) => `| \`${r.name}\` (${r.title}) | ${cell(r.requirements)} | ${codes(r.codes)} |`),
  ];
  const idps = [
    '| IdP | Recognised from | Fields named in hints (examples) | Facts used |',
    '| --- | --- | --- | --- |',
    ...idpRows().map((r) => `| ${r.name} | ${cell(r.recognisedBy)} | ${cell(r.fields)} | ${cell(r.facts)} |`),
  ];
  return [...profiles, '', ...idps].join('\n');
}
