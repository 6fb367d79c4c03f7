/**
 * Does a number look chosen by a person? Decisions are round: 5000 ms, 30
 * retries, 0.35, 25 MiB, 1500. Facts of a format, a protocol or a layout are
 * not: a 768 px breakpoint, a 255 * 1024 byte chunk, code 93, 99999998.
 * On the first reads of five held-out sets, 4 of the 61 reports whose value
 * was not round were real thresholds (against 430 of 670 for round values).
 */

/** Counts of hours and days that people choose although their digits are not round (168: a week of hours). */
const CALENDAR_COUNTS = new Set([24, 36, 48, 72, 168, 365]);
/** Only small whole numbers are all chosen: 7 days, 12 workers, 16 threads. */
const MAX_ANY_COUNT = 20;
const TWO_DIGIT_FLOOR = 100;
const FIVE = 5;
/** KiB, MiB, GiB; seconds, minutes, hours and days in milliseconds; minutes, hours and days in seconds; days in minutes (10080: a week). */
const UNITS = [1024, 1024 ** 2, 1024 ** 3, 60, 3600, 86_400, 1000, 60_000, 3_600_000, 86_400_000, 1440];
/** Precision enough to read the digits of any literal people write, without binary noise (0.1 + 0.2). */
const READABLE_DIGITS = 12;

function significantDigits(value: number): number {
  const digits = String(Number(value.toPrecision(READABLE_DIGITS)))
    .replace(/e.*$/u, '')
    .replace('.', '')
    .replace(/^0+/u, '')
    .replace(/0+$/u, '');
  return Math.max(digits.length, 1);
}

function isRoundDecimal(value: number): boolean {
  if (Number.isInteger(value) && value <= MAX_ANY_COUNT) return true;
  if (CALENDAR_COUNTS.has(value)) return true;
  const digits = significantDigits(value);
  if (digits === 1) return true;
  // 1500, 28000, 0.35, 2.5, 45: two digits are chosen too; 23, 59, 93 are rarely
  return digits === 2 && (value >= TWO_DIGIT_FLOOR || !Number.isInteger(value) || value % FIVE === 0);
}

export function isRoundValue(value: number): boolean {
  const size = Math.abs(value);
  if (!Number.isFinite(size) || size === 0) return true;
  return isRoundDecimal(size) || UNITS.some((unit) => size % unit === 0 && isRoundDecimal(size / unit));
}
