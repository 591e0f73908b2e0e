/** Time arithmetic for the conditions and subject checks; every result is phrased for people. */

/** Milliseconds since the epoch, or undefined when the value is not an xs:dateTime we can read. */
export function parseInstant(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  // SAML requires UTC ("Z"); an offset is tolerated, a bare local time is not (it would be ambiguous).
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v)) return undefined;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? undefined : ms;
}

/** "4 min 12 s", "2 h 5 min", "3 days 1 h": precise enough to compare with a clock, short enough to read. */
export function formatDuration(ms: number): string {
  const total = Math.round(Math.abs(ms) / 1000);
  if (total < 60) return `${total} s`;
  const s = total % 60;
  const m = Math.floor(total / 60) % 60;
  const h = Math.floor(total / 3600) % 24;
  const d = Math.floor(total / 86400);
  if (d > 0) return `${d} day${d === 1 ? '' : 's'}${h ? ` ${h} h` : ''}`;
  if (h > 0) return `${h} h${m ? ` ${m} min` : ''}`;
  return `${m} min${s ? ` ${s} s` : ''}`;
}

/** 2026-11-20 09:15:02 UTC */
export function formatInstant(ms: number | Date): string {
  const d = typeof ms === 'number' ? new Date(ms) : ms;
  return d.toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, ' UTC').replace(/Z$/, ' UTC');
}

/** 09:15:02, for windows on the same day as the judging instant. */
export function formatClock(ms: number): string {
  return new Date(ms).toISOString().slice(11, 19);
}

export function describeSkew(skewSeconds: number): string {
  return `${skewSeconds} s allowed clock skew`;
}
