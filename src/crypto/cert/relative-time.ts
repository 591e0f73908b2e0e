const DAY = 86_400_000;

/** Whole days from `now` to `then` (negative when `then` is past), rounded toward zero. */
export function daysBetween(now: Date, then: Date): number {
  return Math.trunc((then.getTime() - now.getTime()) / DAY);
}

/** '2 years 3 months', '12 days', '5 hours': coarse on purpose, for people judging urgency. */
export function humanDuration(ms: number): string {
  const abs = Math.abs(ms);
  const days = Math.floor(abs / DAY);
  if (days >= 365) {
    const years = Math.floor(days / 365);
    const months = Math.floor((days - years * 365) / 30);
    return plural(years, 'year') + (months ? ` ${plural(months, 'month')}` : '');
  }
  if (days >= 60) return plural(Math.floor(days / 30), 'month');
  if (days >= 1) return plural(days, 'day');
  const hours = Math.floor(abs / 3_600_000);
  if (hours >= 1) return plural(hours, 'hour');
  return plural(Math.max(1, Math.floor(abs / 60_000)), 'minute');
}

/** 'in 1 year 1 month' or '3 days ago'. */
export function relativeTime(now: Date, then: Date): string {
  const ms = then.getTime() - now.getTime();
  return ms >= 0 ? `in ${humanDuration(ms)}` : `${humanDuration(ms)} ago`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
