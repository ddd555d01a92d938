import type { BusinessHours } from './types.ts';

const DAYS = Object.freeze(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const);
const WEEKDAY_INDEX: Readonly<Record<string, number>> = Object.freeze({ Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 });
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Whether `timezone` is an IANA time zone this runtime knows. */
export function isValidTimeZone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

/** Parses `HH:MM-HH:MM` into minutes since midnight. */
export function parseInterval(interval: string): [number, number] | null {
  const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(interval);
  if (!m) return null;
  return [Number(m[1]) * 60 + Number(m[2]), Number(m[3]) * 60 + Number(m[4])];
}

/** Local weekday, date and minute of `now` in `timezone`. */
export function localTime(now: Date, timezone: string): { day: (typeof DAYS)[number]; date: string; minutes: number } {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    formatters.set(timezone, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(now)) parts[part.type] = part.value;
  return {
    day: DAYS[WEEKDAY_INDEX[parts.weekday!] ?? 0]!,
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** Whether the support team is open at `now` (time-zone aware; closed dates win). */
export function isOpen(hours: BusinessHours, now: Date): boolean {
  const local = localTime(now, hours.timezone);
  if (hours.closed?.includes(local.date)) return false;
  for (const interval of hours.hours[local.day] ?? []) {
    const range = parseInterval(interval);
    if (range && local.minutes >= range[0] && local.minutes < range[1]) return true;
  }
  return false;
}
