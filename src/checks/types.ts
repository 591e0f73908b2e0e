/**
 * The one data shape every command produces and every reporter consumes.
 * Codes are public interface: never rename one, never reuse one for a new meaning.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable lower-kebab identifier, e.g. 'audience-mismatch'. */
  code: string;
  severity: Severity;
  /** One line, plain text: what is wrong. */
  message: string;
  /** Always both when comparing. */
  expected?: unknown;
  actual?: unknown;
  /** What to change, where, and who must do it (IdP admin / SP admin). */
  hint?: string;
  /** The terse error text the user saw elsewhere, e.g. 'INVALID_IDP_RESPONSE: Error when parsing certificate'. */
  mirrors?: string;
  /** Element path, JSON path or line:column in the input. */
  location?: string;
}

/** Where a rule belongs; used to group `explain` output and the README table. */
export type Area =
  | 'input'
  | 'xml'
  | 'response'
  | 'assertion'
  | 'signature'
  | 'subject'
  | 'conditions'
  | 'attributes'
  | 'flow'
  | 'certificate'
  | 'metadata'
  | 'config'
  | 'capture'
  | 'profile';

/** Metadata of a finding code, kept apart from the logic that emits it. */
export interface Rule {
  code: string;
  title: string;
  severity: Severity;
  area: Area;
  /** Several sentences: what it means, why it matters, how to fix it. Shown by `explain`. */
  explain: string;
  /** Default text of the error other products show for this problem. */
  mirrors?: string;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

export type FindingDetails = Omit<Finding, 'code' | 'severity'> & { severity?: Severity };

/** Builds a finding for a rule; the rule supplies the code and default severity. */
export function finding(rule: Rule, details: FindingDetails): Finding {
  const { severity, mirrors, ...rest } = details;
  const out: Finding = { code: rule.code, severity: severity ?? rule.severity, ...rest };
  const m = mirrors ?? rule.mirrors;
  if (m !== undefined) out.mirrors = m;
  return out;
}

/** A check that ran and found nothing wrong; summarised by reporters so readers see what was checked. */
export interface Passed {
  check: string;
  detail: string;
}

/** One check per file: the rules it can emit (metadata) and the logic, kept apart. */
export interface Check<Ctx> {
  /** Short name shown in the "passed" summary, e.g. 'audience'. */
  name: string;
  rules: readonly Rule[];
  run(ctx: Ctx): Finding[];
}
