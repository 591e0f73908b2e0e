/**
 * Times as people read them next to an ISO value: "3 h ago", "in 12 min", "expired 2 days ago".
 * Pure: `now` is always an argument.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Milliseconds since the epoch of an xs:dateTime (Z or offset required); undefined when unreadable. */
export function parseSamlTime(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  // A bare local time would be ambiguous; SAML requires UTC.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v)) return undefined;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * A length of time in at most two units, largest first: "45 s", "4 min 58 s", "1 h 10 min",
 * "3 days 2 h", "5 months", "2 years 1 month". Sign is ignored.
 */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  const total = Math.round(abs / SECOND);
  if (total < 60) return `${total} s`;
  if (abs < HOUR) return pair(Math.floor(abs / MINUTE), 'min', Math.round((abs % MINUTE) / SECOND), 's', false);
  if (abs < DAY) return pair(Math.floor(abs / HOUR), 'h', Math.floor((abs % HOUR) / MINUTE), 'min', false);
  const days = Math.floor(abs / DAY);
  if (days < 60) return pair(days, 'day', Math.floor((abs % DAY) / HOUR), 'h', true);
  const months = Math.floor(days / 30.44);
  if (months < 24) return plural(months, 'month');
  const years = Math.floor(days / 365.25);
  return pair(years, 'year', Math.floor((days - years * 365.25) / 30.44), 'month', true);
}

function pair(a: number, unitA: string, b: number, unitB: string, words: boolean): string {
  const first = words ? plural(a, unitA) : `${a} ${unitA}`;
  if (!b) return first;
  return `${first} ${words && unitB !== 'h' ? plural(b, unitB) : `${b} ${unitB}`}`;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "3 h ago", "in 12 min", or "now" within a second. */
export function relativeTime(time: number | Date, now: Date): string {
  const diff = (typeof time === 'number' ? time : time.getTime()) - now.getTime();
  if (Math.abs(diff) < SECOND) return 'now';
  return diff > 0 ? `in ${formatDuration(diff)}` : `${formatDuration(diff)} ago`;
}

/** For an end of validity: "expired 3 h ago" or "expires in 12 min". */
export function expiryPhrase(end: number | Date, now: Date): string {
  const t = typeof end === 'number' ? end : end.getTime();
  return t <= now.getTime() ? `expired ${relativeTime(t, now)}` : `expires ${relativeTime(t, now)}`;
}

/** For a start of validity: "started 5 min ago" or "starts in 3 min". */
export function startPhrase(start: number | Date, now: Date): string {
  const t = typeof start === 'number' ? start : start.getTime();
  return t <= now.getTime() ? `started ${relativeTime(t, now)}` : `starts ${relativeTime(t, now)}`;
}

/** 2026-11-20 09:15:02 UTC */
export function formatUtc(time: number | Date): string {
  const d = typeof time === 'number' ? new Date(time) : time;
  return d.toISOString().replace('T', ' ').replace(/(\.\d{3})?Z$/, ' UTC');
}

/** 09:15:02, for windows on the same day as the judging instant. */
export function formatClock(ms: number): string {
  return new Date(ms).toISOString().slice(11, 19);
}

/** Whole days from `now` to `then` (negative when `then` is past), rounded toward zero. */
export function daysBetween(now: Date, then: Date): number {
  return Math.trunc((then.getTime() - now.getTime()) / DAY);
}

export function describeSkew(skewSeconds: number): string {
  return `${skewSeconds} s allowed clock skew`;
}
