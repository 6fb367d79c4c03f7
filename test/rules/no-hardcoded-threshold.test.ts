import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../rules/no-hardcoded-threshold';

/**
 * One behaviour per case, grouped by the position a number stands in, each
 * invalid case next to a valid boundary case of the same group. Files are
 * linted as logic-layer files (`src/services/x.ts`) of the layer fixture
 * unless a case says otherwise; RuleTester's cwd is `/`, so the configFiles
 * and testFiles globs apply to the path relative to `/`. Code starts on line
 * 2 (the template literal opens with a newline), and the suggestion inserts
 * the constant before the first statement that is not an import.
 */
const fixture = path.resolve(__dirname, '../../fixtures/layer-boundaries');
const file = (relative: string): string => path.join(fixture, relative);
const filename = file('src/services/x.ts');

const ruleTester = new RuleTester();

ruleTester.run('no-hardcoded-threshold: relational comparisons', rule, {
  valid: [
    {
      name: 'a limit read from configuration',
      filename,
      code: `
import { settings } from '../config/settings';
export const overspent = (spend: number) => spend > settings.alerts.spendCeiling;
`,
    },
    {
      name: 'a sentinel on the left of the comparison',
      filename,
      code: `
export const positive = (spend: number) => 0 < spend;
`,
    },
    {
      name: 'a count of at least one is an emptiness check',
      filename,
      code: `
export const hasPoints = (points: number) => points >= 1;
`,
    },
    {
      name: 'a decimal in arithmetic is a factor, not a threshold',
      filename,
      code: `
export const share = (total: number) => total * 0.35;
`,
    },
    {
      name: 'a comparison with 0 is a sign check',
      filename,
      code: `
export const noClicks = (c: { ctr: number }) => c.ctr <= 0;
`,
    },
    {
      name: 'a comparison with -1 is a sentinel',
      filename,
      code: `
export const overdrawn = (balance: number) => balance < -1;
`,
    },
    {
      name: 'two numbers compared with each other are constant folding, not a threshold',
      filename,
      code: `
export const always = () => 5 > 3;
`,
    },
    {
      name: 'a character range is a fixed domain',
      filename,
      code: `
export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
`,
    },
  ],
  invalid: [
    {
      name: '`>`: the message names the value and what it is compared with',
      filename,
      code: `
export const overspent = (spend: number) => spend > 500;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          data: { value: '500', context: 'compared with `spend`' },
          line: 2,
          column: 53,
          endLine: 2,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '500', name: 'SPEND_THRESHOLD' },
              output: `
const SPEND_THRESHOLD = 500;
export const overspent = (spend: number) => spend > SPEND_THRESHOLD;
`,
            },
          ],
        },
      ],
    },
    {
      name: '`<` with the number on the left',
      filename,
      code: `
export const overspent = (spend: number) => 500 < spend;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          data: { value: '500', context: 'compared with `spend`' },
          line: 2,
          column: 45,
          endLine: 2,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '500', name: 'SPEND_THRESHOLD' },
              output: `
const SPEND_THRESHOLD = 500;
export const overspent = (spend: number) => SPEND_THRESHOLD < spend;
`,
            },
          ],
        },
      ],
    },
    {
      name: '`>=`',
      filename,
      code: `
export const isGold = (points: number) => points >= 10000;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 53,
          endLine: 2,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '10000', name: 'POINTS_THRESHOLD' },
              output: `
const POINTS_THRESHOLD = 10000;
export const isGold = (points: number) => points >= POINTS_THRESHOLD;
`,
            },
          ],
        },
      ],
    },
    {
      name: '`<=` with a decimal; the name leaves out the one-letter object',
      filename,
      code: `
export const lowCtr = (c: { ctr: number }) => c.ctr <= 0.015;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          data: { value: '0.015', context: 'compared with `c.ctr`' },
          line: 2,
          column: 56,
          endLine: 2,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '0.015', name: 'CTR_THRESHOLD' },
              output: `
const CTR_THRESHOLD = 0.015;
export const lowCtr = (c: { ctr: number }) => c.ctr <= CTR_THRESHOLD;
`,
            },
          ],
        },
      ],
    },
    {
      name: '`<` with a decimal score on a member',
      filename,
      code: `
export const risky = (fraud: { score: number }) => fraud.score < 0.35;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 66,
          endLine: 2,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '0.35', name: 'SCORE_THRESHOLD' },
              output: `
const SCORE_THRESHOLD = 0.35;
export const risky = (fraud: { score: number }) => fraud.score < SCORE_THRESHOLD;
`,
            },
          ],
        },
      ],
    },
    {
      name: 'both bounds of a score band are thresholds',
      filename,
      code: `
export const needsReview = (score: number) => score >= 0.6 && score < 0.85;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 56,
          endLine: 2,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '0.6', name: 'SCORE_THRESHOLD' },
              output: `
const SCORE_THRESHOLD = 0.6;
export const needsReview = (score: number) => score >= SCORE_THRESHOLD && score < 0.85;
`,
            },
          ],
        },
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 71,
          endLine: 2,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '0.85', name: 'SCORE_THRESHOLD_2' },
              output: `
const SCORE_THRESHOLD_2 = 0.85;
export const needsReview = (score: number) => score >= 0.6 && score < SCORE_THRESHOLD_2;
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a negative number is reported and extracted with its sign',
      filename,
      code: `
export const overdrawn = (balance: number) => balance < -100;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          data: { value: '-100', context: 'compared with `balance`' },
          line: 2,
          column: 57,
          endLine: 2,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '-100', name: 'BALANCE_THRESHOLD' },
              output: `
const BALANCE_THRESHOLD = -100;
export const overdrawn = (balance: number) => balance < BALANCE_THRESHOLD;
`,
            },
          ],
        },
      ],
    },
  ],
});

// `retries === 3` is a decision; `type === 3` and `status === 404` are values.
ruleTester.run('no-hardcoded-threshold: equality', rule, {
  valid: [
    {
      name: 'a type discriminant',
      filename,
      code: `
export const isRefund = (type: number) => type === 3;
`,
    },
    {
      name: 'an HTTP status',
      filename,
      code: `
export const notFound = (res: { status: number }) => res.status === 404;
`,
    },
    {
      name: 'a threshold-named subject compared with a sentinel',
      filename,
      code: `
export const firstTry = (retries: number) => retries === 0;
`,
    },
    {
      name: 'a threshold-named subject compared with another variable',
      filename,
      code: `
export const exhausted = (retries: number, maxRetries: number) => retries === maxRetries;
`,
    },
    {
      name: 'a day of the week',
      filename,
      code: `
export const isSaturday = (d: Date) => d.getDay() === 6;
`,
    },
  ],
  invalid: [
    {
      name: '`===` with a threshold-named variable',
      filename,
      code: `
export const exhausted = (retries: number) => retries === 3;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          data: { value: '3', context: 'compared with `retries`' },
          line: 2,
          column: 59,
          endLine: 2,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '3', name: 'RETRIES_THRESHOLD' },
              output: `
const RETRIES_THRESHOLD = 3;
export const exhausted = (retries: number) => retries === RETRIES_THRESHOLD;
`,
            },
          ],
        },
      ],
    },
    {
      name: '`!==` with a threshold-named member',
      filename,
      code: `
export const keepGoing = (job: { attempts: number }) => job.attempts !== 5;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 74,
          endLine: 2,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '5', name: 'ATTEMPTS_THRESHOLD' },
              output: `
const ATTEMPTS_THRESHOLD = 5;
export const keepGoing = (job: { attempts: number }) => job.attempts !== ATTEMPTS_THRESHOLD;
`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: caps and floors', rule, {
  valid: [
    {
      name: 'a floor at the sentinel 0',
      filename,
      code: `
export const nonNegative = (balance: number) => Math.max(0, balance);
`,
    },
    {
      name: 'at least one page',
      filename,
      code: `
export const pages = (total: number, perPage: number) => Math.max(1, Math.ceil(total / perPage));
`,
    },
    {
      name: 'a cap read from configuration',
      filename,
      code: `
import { limits } from '../config/limits';
export const capped = (delayMs: number) => Math.min(delayMs, limits.maxDelayMs);
`,
    },
    {
      name: 'clamp between sentinels',
      filename,
      code: `
import { clamp } from '../lib/math';
export const ratio = (x: number) => clamp(x, -1, 1);
`,
    },
  ],
  invalid: [
    {
      name: 'Math.min caps: the constant is the maximum',
      filename,
      code: `
export const capped = (delayMs: number) => Math.min(delayMs, 60000);
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          data: { value: '60000', context: 'as the bound in `Math.min(delayMs, …)`' },
          line: 2,
          column: 62,
          endLine: 2,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '60000', name: 'MAX_DELAY_MS' },
              output: `
const MAX_DELAY_MS = 60000;
export const capped = (delayMs: number) => Math.min(delayMs, MAX_DELAY_MS);
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Math.max floors: the constant is the minimum',
      filename,
      code: `
export const atLeast = (pageSize: number) => Math.max(pageSize, 10);
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 65,
          endLine: 2,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '10', name: 'MIN_PAGE_SIZE' },
              output: `
const MIN_PAGE_SIZE = 10;
export const atLeast = (pageSize: number) => Math.max(pageSize, MIN_PAGE_SIZE);
`,
            },
          ],
        },
      ],
    },
    {
      name: "clamp's lower bound",
      filename,
      code: `
import { clamp } from '../lib/math';
export const discount = (pct: number, ceiling: number) => clamp(pct, 5, ceiling);
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          data: { value: '5', context: 'as the bound in `clamp(pct, …)`' },
          line: 3,
          column: 70,
          endLine: 3,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '5', name: 'MIN_PCT' },
              output: `
import { clamp } from '../lib/math';
const MIN_PCT = 5;
export const discount = (pct: number, ceiling: number) => clamp(pct, MIN_PCT, ceiling);
`,
            },
          ],
        },
      ],
    },
    {
      name: "clamp's upper bound is a maximum",
      filename,
      code: `
import { clamp } from '../lib/math';
export const discount = (pct: number, floor: number) => clamp(pct, floor, 50);
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 3,
          column: 75,
          endLine: 3,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '50', name: 'MAX_PCT' },
              output: `
import { clamp } from '../lib/math';
const MAX_PCT = 50;
export const discount = (pct: number, floor: number) => clamp(pct, floor, MAX_PCT);
`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: timers', rule, {
  valid: [
    {
      name: 'setTimeout without a delay',
      filename,
      code: `
export const later = (flush: () => void) => setTimeout(flush);
`,
    },
    {
      name: 'setTimeout with 0 defers to the next tick',
      filename,
      code: `
export const later = (flush: () => void) => setTimeout(flush, 0);
`,
    },
    {
      name: 'a delay read from configuration',
      filename,
      code: `
import { settings } from '../config/settings';
export const later = (flush: () => void) => setTimeout(flush, settings.flushMs);
`,
    },
    {
      name: 'AbortSignal.timeout with a configured value',
      filename,
      code: `
import { settings } from '../config/settings';
export const signal = () => AbortSignal.timeout(settings.http.timeoutMs);
`,
    },
    {
      name: 'sleep for a computed time',
      filename,
      code: `
import { sleep } from '../lib/sleep';
export const wait = (retryAfterMs: number) => sleep(retryAfterMs);
`,
    },
    {
      name: 'an argument passed through to the callback is not the delay',
      filename,
      code: `
export const later = (retry: (n: number) => void, delayMs: number) => setTimeout(retry, delayMs, 3);
`,
    },
  ],
  invalid: [
    {
      name: 'setTimeout delay',
      filename,
      code: `
export const later = (flush: () => void) => setTimeout(flush, 15000);
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          data: { value: '15000', context: 'passed to `setTimeout`' },
          line: 2,
          column: 63,
          endLine: 2,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '15000', name: 'FLUSH_MS' },
              output: `
const FLUSH_MS = 15000;
export const later = (flush: () => void) => setTimeout(flush, FLUSH_MS);
`,
            },
          ],
        },
      ],
    },
    {
      name: 'setInterval period',
      filename,
      code: `
export const poll = (check: () => void) => setInterval(check, 30000);
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 63,
          endLine: 2,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '30000', name: 'CHECK_MS' },
              output: `
const CHECK_MS = 30000;
export const poll = (check: () => void) => setInterval(check, CHECK_MS);
`,
            },
          ],
        },
      ],
    },
    {
      name: 'AbortSignal.timeout',
      filename,
      code: `
export const load = () => fetch('/api/rates', { signal: AbortSignal.timeout(5000) });
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          data: { value: '5000', context: 'passed to `AbortSignal.timeout`' },
          line: 2,
          column: 77,
          endLine: 2,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '5000', name: 'TIMEOUT_MS' },
              output: `
const TIMEOUT_MS = 5000;
export const load = () => fetch('/api/rates', { signal: AbortSignal.timeout(TIMEOUT_MS) });
`,
            },
          ],
        },
      ],
    },
    {
      name: 'sleep(ms)',
      filename,
      code: `
import { sleep } from '../lib/sleep';
export const pause = () => sleep(2500);
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '2500', name: 'SLEEP_MS' },
              output: `
import { sleep } from '../lib/sleep';
const SLEEP_MS = 2500;
export const pause = () => sleep(SLEEP_MS);
`,
            },
          ],
        },
      ],
    },
    {
      name: 'the promise setTimeout of node:timers/promises takes the delay first',
      filename,
      code: `
import { setTimeout } from 'node:timers/promises';
export const pause = () => setTimeout(5000);
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 3,
          column: 39,
          endLine: 3,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '5000', name: 'DELAY_MS' },
              output: `
import { setTimeout } from 'node:timers/promises';
const DELAY_MS = 5000;
export const pause = () => setTimeout(DELAY_MS);
`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: arguments bound to threshold-named parameters', rule, {
  valid: [
    {
      name: 'a parameter whose name is not a threshold',
      filename,
      code: `
function render(count: number) {
  return count;
}
export const top = () => render(50);
`,
    },
    {
      name: 'a threshold-named parameter given a variable',
      filename,
      code: `
function fetchPage(cursor: string, limit: number) {
  return [cursor, limit];
}
export const next = (cursor: string, limit: number) => fetchPage(cursor, limit);
`,
    },
    {
      name: 'a sentinel for a threshold-named parameter',
      filename,
      code: `
function fetchPage(cursor: string, limit: number) {
  return [cursor, limit];
}
export const all = (cursor: string) => fetchPage(cursor, -1);
`,
    },
  ],
  invalid: [
    {
      name: 'a function declaration',
      filename,
      code: `
function fetchPage(cursor: string, limit: number) {
  return [cursor, limit];
}
export const next = (cursor: string) => fetchPage(cursor, 50);
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          data: { value: '50', context: 'passed as `limit`' },
          line: 5,
          column: 59,
          endLine: 5,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '50', name: 'LIMIT' },
              output: `
const LIMIT = 50;
function fetchPage(cursor: string, limit: number) {
  return [cursor, limit];
}
export const next = (cursor: string) => fetchPage(cursor, LIMIT);
`,
            },
          ],
        },
      ],
    },
    {
      name: 'an arrow function in a const',
      filename,
      code: `
const withRetry = (task: () => Promise<void>, attempts: number) => task();
export const sync = (task: () => Promise<void>) => withRetry(task, 5);
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 3,
          column: 68,
          endLine: 3,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '5', name: 'ATTEMPTS' },
              output: `
const ATTEMPTS = 5;
const withRetry = (task: () => Promise<void>, attempts: number) => task();
export const sync = (task: () => Promise<void>) => withRetry(task, ATTEMPTS);
`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: properties', rule, {
  valid: [
    {
      name: 'properties whose names are not thresholds',
      filename,
      code: `
export const query = { page: 2, count: 50 };
`,
    },
    {
      name: 'a threshold-named property with a sentinel',
      filename,
      code: `
export class Client {
  retries = 0;
}
`,
    },
    {
      name: 'a threshold-named property assigned a parameter',
      filename,
      code: `
export class Cache {
  ttl: number;
  constructor(ttl: number) {
    this.ttl = ttl;
  }
}
`,
    },
    {
      name: 'a property read from configuration',
      filename,
      code: `
import { settings } from '../config/settings';
export const requestOptions = { timeout: settings.http.timeoutMs };
`,
    },
    {
      name: 'a computed key says nothing',
      filename,
      code: `
export const build = (key: string) => ({ [key]: 8000 });
`,
    },
  ],
  invalid: [
    {
      name: 'object literal properties, one report each',
      filename,
      code: `
export const requestOptions = { timeout: 8000, retries: 3 };
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          data: { value: '8000', context: 'for `timeout`' },
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '8000', name: 'TIMEOUT' },
              output: `
const TIMEOUT = 8000;
export const requestOptions = { timeout: TIMEOUT, retries: 3 };
`,
            },
          ],
        },
        {
          messageId: 'hardcodedThreshold',
          data: { value: '3', context: 'for `retries`' },
          line: 2,
          column: 57,
          endLine: 2,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '3', name: 'RETRIES' },
              output: `
const RETRIES = 3;
export const requestOptions = { timeout: 8000, retries: RETRIES };
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a string key',
      filename,
      code: `
export const cacheHeaders = { 'maxAge': 3600 };
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 41,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '3600', name: 'MAX_AGE' },
              output: `
const MAX_AGE = 3600;
export const cacheHeaders = { 'maxAge': MAX_AGE };
`,
            },
          ],
        },
      ],
    },
    {
      name: 'job options passed to a queue',
      filename,
      code: `
import { queue } from '../lib/queue';
export const enqueue = (data: object) => queue.add('invoice', data, { attempts: 5 });
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 3,
          column: 81,
          endLine: 3,
          endColumn: 82,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '5', name: 'ATTEMPTS' },
              output: `
import { queue } from '../lib/queue';
const ATTEMPTS = 5;
export const enqueue = (data: object) => queue.add('invoice', data, { attempts: ATTEMPTS });
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a class property',
      filename,
      code: `
export class Client {
  timeout = 8000;
}
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '8000', name: 'TIMEOUT' },
              output: `
const TIMEOUT = 8000;
export class Client {
  timeout = TIMEOUT;
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a static readonly class property',
      filename,
      code: `
export class Client {
  static readonly maxRetries = 5;
}
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '5', name: 'MAX_RETRIES' },
              output: `
const MAX_RETRIES = 5;
export class Client {
  static readonly maxRetries = MAX_RETRIES;
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'this.ttl = 60 in a constructor',
      filename,
      code: `
export class Cache {
  ttl: number;
  constructor() {
    this.ttl = 60;
  }
}
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          data: { value: '60', context: 'for `ttl`' },
          line: 5,
          column: 16,
          endLine: 5,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '60', name: 'TTL' },
              output: `
const TTL = 60;
export class Cache {
  ttl: number;
  constructor() {
    this.ttl = TTL;
  }
}
`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: default parameters and locals', rule, {
  valid: [
    {
      name: 'a default that is not a threshold',
      filename,
      code: `
export function render(items: string[], columns = 3) {
  return items.length / columns;
}
`,
    },
    {
      name: 'a sentinel default',
      filename,
      code: `
export function page(total: number, offset = 0) {
  return total - offset;
}
`,
    },
    {
      name: 'a local whose name is not a threshold',
      filename,
      code: `
export function top(xs: number[]) {
  const count = 50;
  return xs.slice(0, count);
}
`,
    },
    {
      name: 'a threshold-named local chosen between configured values',
      filename,
      code: `
import { settings } from '../config/settings';
export function connect(env: string) {
  const timeoutMs = env === 'production' ? settings.http.slowTimeoutMs : settings.http.timeoutMs;
  return timeoutMs;
}
`,
    },
    {
      name: 'a threshold-named local computed from a parameter',
      filename,
      code: `
export function top(xs: number[], pageSize: number) {
  const limit = pageSize * 2;
  return xs.slice(0, limit);
}
`,
    },
  ],
  invalid: [
    {
      name: 'a default parameter value',
      filename,
      code: `
export function batches(total: number, size = 200) {
  return Math.ceil(total / size);
}
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          data: { value: '200', context: 'as the default of `size`' },
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '200', name: 'DEFAULT_SIZE' },
              output: `
const DEFAULT_SIZE = 200;
export function batches(total: number, size = DEFAULT_SIZE) {
  return Math.ceil(total / size);
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'the default of a constructor parameter property',
      filename,
      code: `
export class Cache {
  constructor(private readonly ttl = 60) {}
}
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '60', name: 'DEFAULT_TTL' },
              output: `
const DEFAULT_TTL = 60;
export class Cache {
  constructor(private readonly ttl = DEFAULT_TTL) {}
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'const limit = 50 inside a function',
      filename,
      code: `
export function top(xs: number[]) {
  const limit = 50;
  return xs.slice(0, limit);
}
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          data: { value: '50', context: 'for `limit`' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '50', name: 'LIMIT' },
              output: `
const LIMIT = 50;
export function top(xs: number[]) {
  const limit = LIMIT;
  return xs.slice(0, limit);
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'both branches of a conditional value of a threshold-named local',
      filename,
      code: `
export function connect(env: string) {
  const timeoutMs = env === 'production' ? 30_000 : 5_000;
  return timeoutMs;
}
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 3,
          column: 44,
          endLine: 3,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '30_000', name: 'TIMEOUT_MS' },
              output: `
const TIMEOUT_MS = 30_000;
export function connect(env: string) {
  const timeoutMs = env === 'production' ? TIMEOUT_MS : 5_000;
  return timeoutMs;
}
`,
            },
          ],
        },
        {
          messageId: 'hardcodedThreshold',
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '5_000', name: 'TIMEOUT_MS_2' },
              output: `
const TIMEOUT_MS_2 = 5_000;
export function connect(env: string) {
  const timeoutMs = env === 'production' ? 30_000 : TIMEOUT_MS_2;
  return timeoutMs;
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'let inside an arrow function',
      filename,
      code: `
export const run = () => {
  let retries = 3;
  return retries;
};
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '3', name: 'RETRIES' },
              output: `
const RETRIES = 3;
export const run = () => {
  let retries = RETRIES;
  return retries;
};
`,
            },
          ],
        },
      ],
    },
  ],
});

// Not reported by configs.recommended; configs.strict (checkNamedConstants) reports them without a suggestion.
ruleTester.run('no-hardcoded-threshold: module-level named constants', rule, {
  valid: [
    {
      name: 'a named constant by default',
      filename,
      code: `
const MAX_UPLOAD_MB = 25;
export const tooBig = (mb: number) => mb > MAX_UPLOAD_MB;
`,
    },
    {
      name: 'an exported camelCase constant by default',
      filename,
      code: `
export const pageSize = 25;
`,
    },
    {
      name: 'a unit constant under checkNamedConstants',
      filename,
      code: `
export const DAY_MS = 24 * 60 * 60 * 1000;
`,
      options: [{ checkNamedConstants: true }],
    },
    {
      name: 'a named constant in a configuration file under checkNamedConstants',
      filename: file('src/config/limits.ts'),
      code: `
export const MAX_UPLOAD_MB = 25;
`,
      options: [{ checkNamedConstants: true }],
    },
  ],
  invalid: [
    {
      name: 'a named constant under checkNamedConstants',
      filename,
      code: `
const MAX_UPLOAD_MB = 25;
export const tooBig = (mb: number) => mb > MAX_UPLOAD_MB;
`,
      options: [{ checkNamedConstants: true }],
      errors: [
        {
          messageId: 'namedConstant',
          data: { value: '25', context: 'in `MAX_UPLOAD_MB`' },
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 25,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a local inside a function stays a hard-coded threshold with a suggestion under checkNamedConstants',
      filename,
      code: `
export function top(xs: number[]) {
  const limit = 50;
  return xs.slice(0, limit);
}
`,
      options: [{ checkNamedConstants: true }],
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '50', name: 'LIMIT' },
              output: `
const LIMIT = 50;
export function top(xs: number[]) {
  const limit = LIMIT;
  return xs.slice(0, limit);
}
`,
            },
          ],
        },
      ],
    },
  ],
});

// In `5 * 60 * 1000` the 60 and 1000 are units and the 5 is the quantity: the whole product is reported once.
ruleTester.run('no-hardcoded-threshold: unit chains and arithmetic', rule, {
  valid: [
    {
      name: 'a conversion of a variable',
      filename,
      code: `
export const toMs = (hours: number) => hours * 60 * 1000;
`,
    },
    {
      name: 'bytes to kilobytes',
      filename,
      code: `
export const kb = (bytes: number) => bytes / 1024;
`,
    },
    {
      name: 'rounding to two decimals',
      filename,
      code: `
export const round2 = (x: number) => Math.round(x * 100) / 100;
`,
    },
    {
      name: 'a percentage',
      filename,
      code: `
export const percent = (part: number, whole: number) => Math.round((part / whole) * 100);
`,
    },
    {
      name: 'unit boundaries of a byte formatter',
      filename,
      code: `
export function formatBytes(bytes: number) {
  if (bytes < 1024) return bytes + ' B';
  if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1) + ' KB';
  return (bytes / 1024 / 1024).toFixed(1) + ' MB';
}
`,
    },
    {
      name: 'unit boundaries of a duration formatter',
      filename,
      code: `
export function formatDuration(ms: number) {
  if (ms < 1000) return ms + 'ms';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return seconds + 's';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return minutes + 'm';
  return Math.round(minutes / 60) + 'h';
}
`,
    },
    {
      name: 'exponential backoff arithmetic',
      filename,
      code: `
export const backoff = (attempt: number, baseDelayMs: number) => baseDelayMs * 2 ** attempt;
`,
    },
  ],
  invalid: [
    {
      name: 'a duration compared: the whole product',
      filename,
      code: `
export const stale = (elapsed: number) => elapsed > 5 * 60 * 1000;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          data: { value: '5 * 60 * 1000', context: 'compared with `elapsed`' },
          line: 2,
          column: 53,
          endLine: 2,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '5 * 60 * 1000', name: 'ELAPSED_THRESHOLD' },
              output: `
const ELAPSED_THRESHOLD = 5 * 60 * 1000;
export const stale = (elapsed: number) => elapsed > ELAPSED_THRESHOLD;
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a duration of one unit is not the sentinel 1',
      filename,
      code: `
export const later = (flush: () => void) => setTimeout(flush, 1 * 60 * 1000);
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 63,
          endLine: 2,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '1 * 60 * 1000', name: 'FLUSH_MS' },
              output: `
const FLUSH_MS = 1 * 60 * 1000;
export const later = (flush: () => void) => setTimeout(flush, FLUSH_MS);
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a ttl in seconds',
      filename,
      code: `
export const cacheOptions = { ttl: 24 * 60 * 60 };
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '24 * 60 * 60', name: 'TTL' },
              output: `
const TTL = 24 * 60 * 60;
export const cacheOptions = { ttl: TTL };
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a size in megabytes',
      filename,
      code: `
export const tooBig = (size: number) => size > 10 * 1024 * 1024;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '10 * 1024 * 1024', name: 'SIZE_THRESHOLD' },
              output: `
const SIZE_THRESHOLD = 10 * 1024 * 1024;
export const tooBig = (size: number) => size > SIZE_THRESHOLD;
`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: sentinels, indexes and bit arithmetic', rule, {
  valid: [
    {
      name: 'a loop bound that is one conjunct of the loop test',
      filename,
      code: `
export function findCause(error: { cause?: unknown }) {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) current = (current as { cause?: unknown }).cause;
  return current;
}
`,
    },
    {
      name: 'emptiness checks',
      filename,
      code: `
export const any = (xs: number[]) => xs.length > 0 || xs.length === 0;
`,
    },
    {
      name: 'index checks',
      filename,
      code: `
export const has = (xs: number[], x: number) => xs.indexOf(x) > -1 && xs.indexOf(x) !== -1;
`,
    },
    {
      name: 'array indexes',
      filename,
      code: `
export const pick = (parts: string[]) => parts[2] ?? parts[parts.length - 2];
`,
    },
    {
      name: 'parity',
      filename,
      code: `
export const isEven = (n: number) => n % 2 === 0;
`,
    },
    {
      name: 'bit operations',
      filename,
      code: `
export const rgb = (r: number, g: number, b: number, flags: number) => ((r << 16) | (g << 8) | b) & 0xffffff & (flags >> 4);
`,
    },
    {
      name: 'radix and toFixed digits',
      filename,
      code: `
export const parse = (s: string, n: number) => [parseInt(s, 10), Number.parseInt(s, 16), n.toString(36), n.toFixed(2)];
`,
    },
    {
      name: 'a loop over a fixed range of indexes',
      filename,
      code: `
export function zero(buf: number[]) {
  for (let i = 0; i < 16; i++) buf[i] = 0;
}
`,
    },
    {
      name: 'a loop over a fixed range with a non-retry counter',
      filename,
      code: `
export function grid(rows: string[][]) {
  for (let col = 0; col < 7; col++) rows.push([]);
}
`,
    },
    {
      name: 'switch cases',
      filename,
      code: `
export function label(n: number) {
  switch (n) {
    case 3:
      return 'three';
    default:
      return 'other';
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'a count compared with a limit, under checkLengths',
      filename,
      options: [{ checkLengths: true }],
      code: `
export const tooMany = (items: unknown[]) => items.length > 100;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 61,
          endLine: 2,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '100', name: 'LENGTH_THRESHOLD' },
              output: `
const LENGTH_THRESHOLD = 100;
export const tooMany = (items: unknown[]) => items.length > LENGTH_THRESHOLD;
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a retry loop bound that is one conjunct of the loop test',
      filename,
      code: `
export async function run(go: () => Promise<boolean>) {
  let done = false;
  for (let attempt = 0; attempt < 5 && !done; attempt++) done = await go();
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '5', context: 'compared with `attempt`' }, line: 4, column: 35, endLine: 4, endColumn: 36, suggestions: [{ messageId: 'extractConstant', data: { value: '5', name: 'ATTEMPT_THRESHOLD' }, output: `
const ATTEMPT_THRESHOLD = 5;
export async function run(go: () => Promise<boolean>) {
  let done = false;
  for (let attempt = 0; attempt < ATTEMPT_THRESHOLD && !done; attempt++) done = await go();
}
` }] }],
    },
    {
      name: 'a retry loop bound',
      filename,
      code: `
export async function run(go: () => Promise<void>) {
  for (let attempt = 0; attempt < 5; attempt++) await go();
}
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 3,
          column: 35,
          endLine: 3,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '5', name: 'ATTEMPT_THRESHOLD' },
              output: `
const ATTEMPT_THRESHOLD = 5;
export async function run(go: () => Promise<void>) {
  for (let attempt = 0; attempt < ATTEMPT_THRESHOLD; attempt++) await go();
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a while loop on tries',
      filename,
      code: `
export async function run(go: () => Promise<boolean>) {
  let tries = 0;
  while (!(await go()) && tries < 3) tries++;
}
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 4,
          column: 35,
          endLine: 4,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '3', name: 'TRIES_THRESHOLD' },
              output: `
const TRIES_THRESHOLD = 3;
export async function run(go: () => Promise<boolean>) {
  let tries = 0;
  while (!(await go()) && tries < TRIES_THRESHOLD) tries++;
}
`,
            },
          ],
        },
      ],
    },
  ],
});

// HTTP statuses, error numbers, format sizes, percentage and geographic bounds are facts, not decisions.
ruleTester.run('no-hardcoded-threshold: fixed facts', rule, {
  valid: [
    {
      name: 'HTTP status ranges',
      filename,
      code: `
export const failed = (res: { status: number; statusCode: number }) => res.status >= 500 || res.statusCode < 300;
`,
    },
    {
      name: 'an HTTP status by equality',
      filename,
      code: `
export const limited = (status: number) => status === 429;
`,
    },
    {
      name: 'database error numbers',
      filename,
      code: `
export const duplicate = (err: { errno: number; code: number }) => err.errno === 1062 || err.code === 11000;
`,
    },
    {
      name: 'an error code compared relationally',
      filename,
      code: `
export const retryable = (error: { code: number }) => error.code >= 2000;
`,
    },
    {
      name: 'a hash length',
      filename,
      code: `
export const isSha256 = (hash: string) => hash.length === 64;
`,
    },
    {
      name: 'a key size',
      filename,
      code: `
export const weak = (key: Uint8Array) => key.length < 32;
`,
    },
    {
      name: 'a UUID length',
      filename,
      code: `
export const isUuid = (id: string) => id.length === 36;
`,
    },
    {
      name: 'a percentage bound',
      filename,
      code: `
export const invalid = (percent: number) => percent > 100;
`,
    },
    {
      name: 'latitude and longitude bounds',
      filename,
      code: `
export const invalid = (lat: number, lng: number) => lat > 90 || lat < -90 || lng < -180;
`,
    },
    {
      name: 'a latitude bound on an absolute value',
      filename,
      code: `
export const invalid = (lat: number) => Math.abs(lat) > 90;
`,
    },
    {
      name: 'a percentage capped at 100',
      filename,
      code: `
export const progress = (percent: number) => Math.min(100, percent);
`,
    },
    {
      name: 'a latitude clamped to its bounds',
      filename,
      code: `
export const clampLat = (lat: number) => Math.max(-90, Math.min(90, lat));
`,
    },
  ],
  invalid: [
    {
      name: 'a latency that is not a status',
      filename,
      code: `
export const slow = (res: { durationMs: number }) => res.durationMs > 500;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 71,
          endLine: 2,
          endColumn: 74,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '500', name: 'DURATION_MS_THRESHOLD' },
              output: `
const DURATION_MS_THRESHOLD = 500;
export const slow = (res: { durationMs: number }) => res.durationMs > DURATION_MS_THRESHOLD;
`,
            },
          ],
        },
      ],
    },
    {
      name: 'an error rate that is not an error code',
      filename,
      code: `
export const unhealthy = (errorRate: number) => errorRate > 0.02;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 61,
          endLine: 2,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '0.02', name: 'ERROR_RATE_THRESHOLD' },
              output: `
const ERROR_RATE_THRESHOLD = 0.02;
export const unhealthy = (errorRate: number) => errorRate > ERROR_RATE_THRESHOLD;
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a page size that happens to equal a format size',
      filename,
      code: `
export const tooLarge = (pageSize: number) => pageSize > 20;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 58,
          endLine: 2,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '20', name: 'PAGE_SIZE_THRESHOLD' },
              output: `
const PAGE_SIZE_THRESHOLD = 20;
export const tooLarge = (pageSize: number) => pageSize > PAGE_SIZE_THRESHOLD;
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a text length that is not a format size, under checkLengths',
      filename,
      options: [{ checkLengths: true }],
      code: `
export const tooLong = (comment: string) => comment.length > 280;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 62,
          endLine: 2,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '280', name: 'LENGTH_THRESHOLD' },
              output: `
const LENGTH_THRESHOLD = 280;
export const tooLong = (comment: string) => comment.length > LENGTH_THRESHOLD;
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a percentage threshold that is not a bound',
      filename,
      code: `
export const bigDiscount = (discountPercent: number) => discountPercent > 50;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 75,
          endLine: 2,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '50', name: 'DISCOUNT_PERCENT_THRESHOLD' },
              output: `
const DISCOUNT_PERCENT_THRESHOLD = 50;
export const bigDiscount = (discountPercent: number) => discountPercent > DISCOUNT_PERCENT_THRESHOLD;
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a search radius that is not a coordinate bound',
      filename,
      options: [{ checkAllComparisons: true }],
      code: `
export const tooFar = (radiusKm: number) => radiusKm > 90;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 56,
          endLine: 2,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '90', name: 'RADIUS_KM_THRESHOLD' },
              output: `
const RADIUS_KM_THRESHOLD = 90;
export const tooFar = (radiusKm: number) => radiusKm > RADIUS_KM_THRESHOLD;
`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: types and tables', rule, {
  valid: [
    {
      name: 'three rows with the same keys are a table',
      filename,
      code: `
export const FIELDS = [
  { limit: 60, functionName: 'getSeconds' },
  { limit: 24, functionName: 'getHours' },
  { limit: 12, functionName: 'getMonth' },
];
`,
    },
    {
      name: 'enum members',
      filename,
      code: `
export enum Tier {
  Basic = 0,
  Silver = 2500,
  Gold = 10000,
}
`,
    },
    {
      name: 'an as const table',
      filename,
      code: `
export const PLAN_LIMITS = { free: { maxSeats: 3 }, pro: { maxSeats: 25 } } as const;
`,
    },
    {
      name: 'literal types',
      filename,
      code: `
type Retries = 3 | 5;
export function run(retries: Retries, options: { timeout: 8000 }) {
  return [retries, options];
}
`,
    },
  ],
  invalid: [
    {
      name: 'two rows are not yet a table',
      filename,
      code: `
export const FIELDS = [
  { limit: 60, functionName: 'getSeconds' },
  { limit: 24, functionName: 'getHours' },
];
`,
      errors: [
        { messageId: 'hardcodedThreshold', data: { value: '60', context: 'for `limit`' }, line: 3, column: 12, endLine: 3, endColumn: 14, suggestions: [{ messageId: 'extractConstant', data: { value: '60', name: 'LIMIT' }, output: `
const LIMIT = 60;
export const FIELDS = [
  { limit: LIMIT, functionName: 'getSeconds' },
  { limit: 24, functionName: 'getHours' },
];
` }] },
        { messageId: 'hardcodedThreshold', data: { value: '24', context: 'for `limit`' }, line: 4, column: 12, endLine: 4, endColumn: 14, suggestions: [{ messageId: 'extractConstant', data: { value: '24', name: 'LIMIT_2' }, output: `
const LIMIT_2 = 24;
export const FIELDS = [
  { limit: 60, functionName: 'getSeconds' },
  { limit: LIMIT_2, functionName: 'getHours' },
];
` }] },
      ],
    },
    {
      name: 'the same table without as const',
      filename,
      code: `
export const PLAN_LIMITS = { free: { maxSeats: 3 } };
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '3', name: 'MAX_SEATS' },
              output: `
const MAX_SEATS = 3;
export const PLAN_LIMITS = { free: { maxSeats: MAX_SEATS } };
`,
            },
          ],
        },
      ],
    },
  ],
});

// A value the user can override through the environment or options is a default, not a hard-coded decision.
ruleTester.run('no-hardcoded-threshold: external overrides', rule, {
  valid: [
    {
      name: 'process.env with ??',
      filename,
      code: `
export const uploadLimitMb = Number(process.env.UPLOAD_LIMIT_MB ?? 500);
`,
    },
    {
      name: 'env with ||',
      filename,
      code: `
export function ttl(env: Record<string, string | undefined>) {
  const cacheTtl = Number(env.CACHE_TTL) || 300;
  return cacheTtl;
}
`,
    },
    {
      name: 'an options fallback',
      filename,
      code: `
export function list(options: { limit?: number }) {
  const limit = options.limit ?? 50;
  return limit;
}
`,
    },
    {
      name: 'destructuring defaults from options',
      filename,
      code: `
export function connect(options: { timeout?: number; retries?: number }) {
  const { timeout = 5000, retries = 3 } = options;
  return [timeout, retries];
}
`,
    },
    {
      name: 'destructuring defaults of an options parameter',
      filename,
      code: `
export function connect({ timeout = 5000 }: { timeout?: number } = {}) {
  return timeout;
}
`,
    },
    {
      name: 'a DEFAULTS object',
      filename,
      code: `
const DEFAULTS = { timeout: 5000, retries: 3 };
export const options = (user: object) => ({ ...DEFAULTS, ...user });
`,
    },
    {
      name: 'a defaultOptions object',
      filename,
      code: `
export const defaultOptions = { timeout: 5000 };
`,
    },
    {
      name: 'nested objects of a DEFAULTS object',
      filename,
      code: `
const DEFAULTS = { http: { timeout: 5000 } };
export const options = (user: object) => ({ ...DEFAULTS, ...user });
`,
    },
    {
      name: 'defaults merged with Object.assign',
      filename,
      code: `
export const options = (user: object) => Object.assign({ timeout: 5000 }, user);
`,
    },
    {
      name: 'defaults before a spread of user options',
      filename,
      code: `
export const options = (user: object) => ({ timeout: 5000, ...user });
`,
    },
    {
      name: 'a configuration class',
      filename,
      code: `
export class RetryConfig {
  maxAttempts = 5;
}
`,
    },
    {
      name: "a configuration class's constructor defaults",
      filename,
      code: `
export class HttpConfig {
  timeout: number;
  constructor() {
    this.timeout = 5000;
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'a property after a spread of user options overrides them',
      filename,
      code: `
export const options = (user: object) => ({ ...user, timeout: 5000 });
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 63,
          endLine: 2,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '5000', name: 'TIMEOUT' },
              output: `
const TIMEOUT = 5000;
export const options = (user: object) => ({ ...user, timeout: TIMEOUT });
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a class that is not a configuration class',
      filename,
      code: `
export class RetryPolicy {
  maxAttempts = 5;
}
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '5', name: 'MAX_ATTEMPTS' },
              output: `
const MAX_ATTEMPTS = 5;
export class RetryPolicy {
  maxAttempts = MAX_ATTEMPTS;
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a threshold-named local without an override',
      filename,
      code: `
export function list() {
  const limit = 50;
  return limit;
}
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '50', name: 'LIMIT' },
              output: `
const LIMIT = 50;
export function list() {
  const limit = LIMIT;
  return limit;
}
`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: fallback objects of a setting', rule, {
  valid: [
    {
      name: 'the fallback object of a setting read with ||',
      filename,
      code: `
declare const nodeInfo: { routing: { wafPolicy?: { inboundAnomalyScoreThreshold: number } } };
export function policy() {
  return nodeInfo.routing.wafPolicy || { inboundAnomalyScoreThreshold: 10 };
}
`,
    },
    {
      name: 'a nested fallback object of a setting read with ??',
      filename,
      code: `
declare const settings: { http?: { retry: { retries: number } } };
export function http() {
  return settings.http ?? { retry: { retries: 3 } };
}
`,
    },
    {
      name: 'the fallback object of an optional setting read through a cast',
      filename,
      code: `
declare const options: { retry?: unknown };
export function retry() {
  return (options?.retry as { maxRetries: number } | undefined) ?? { maxRetries: 3 };
}
`,
    },
    {
      name: 'an object assigned with ??=',
      filename,
      code: `
export function prepare(options: { retry?: { maxRetries: number } }) {
  options.retry ??= { maxRetries: 3 };
  return options;
}
`,
    },
    {
      name: 'an object assigned when the setting is missing',
      filename,
      code: `
export function prepare(options: { retry?: { maxRetries: number } }) {
  if (!options.retry) options.retry = { maxRetries: 3 };
  return options;
}
`,
    },
    {
      name: 'the fallback object of a lodash get with a path',
      filename,
      code: `
declare function get(object: unknown, path: string, fallback: unknown): unknown;
export function orgSettings(blocklet: unknown) {
  return get(blocklet, 'settings.org', { maxMemberPerOrg: 100 });
}
`,
    },
    {
      name: 'the fallback object of a lodash get with a template path',
      filename,
      code: `
declare const _: { get(object: unknown, path: string, fallback: unknown): unknown };
export function orgSettings(blocklet: unknown) {
  return _.get(blocklet, \`settings.org\`, { maxMemberPerOrg: 100 });
}
`,
    },
  ],
  invalid: [
    {
      name: 'an object literal on the left of ||',
      filename,
      code: `
declare const extra: { retries: number } | undefined;
export function http() {
  return { retries: 3 } || extra;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '3', context: 'for `retries`' }, line: 4, column: 21, endLine: 4, endColumn: 22, suggestions: [{ messageId: 'extractConstant', data: { value: '3', name: 'RETRIES' }, output: `
const RETRIES = 3;
declare const extra: { retries: number } | undefined;
export function http() {
  return { retries: RETRIES } || extra;
}
` }] }],
    },
    {
      name: 'an object literal on the right of &&',
      filename,
      code: `
declare const user: { isPremium: boolean };
export function tier() {
  return user.isPremium && { maxUploadMb: 500 };
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '500', context: 'for `maxUploadMb`' }, line: 4, column: 43, endLine: 4, endColumn: 46, suggestions: [{ messageId: 'extractConstant', data: { value: '500', name: 'MAX_UPLOAD_MB' }, output: `
const MAX_UPLOAD_MB = 500;
declare const user: { isPremium: boolean };
export function tier() {
  return user.isPremium && { maxUploadMb: MAX_UPLOAD_MB };
}
` }] }],
    },
    {
      name: 'the fallback object of a table lookup',
      filename,
      code: `
declare const PLAN_LIMITS: Record<string, { maxSeats: number }>;
export function limits(plan: string) {
  return PLAN_LIMITS[plan] ?? { maxSeats: 5 };
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '5', context: 'for `maxSeats`' }, line: 4, column: 43, endLine: 4, endColumn: 44, suggestions: [{ messageId: 'extractConstant', data: { value: '5', name: 'MAX_SEATS' }, output: `
const MAX_SEATS = 5;
declare const PLAN_LIMITS: Record<string, { maxSeats: number }>;
export function limits(plan: string) {
  return PLAN_LIMITS[plan] ?? { maxSeats: MAX_SEATS };
}
` }] }],
    },
    {
      name: 'the fallback object of a call',
      filename,
      code: `
declare const store: { get(key: string): Promise<{ maxRequests: number } | undefined> };
export async function bucket(ip: string) {
  return (await store.get(ip)) || { maxRequests: 100 };
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '100', context: 'for `maxRequests`' }, line: 4, column: 50, endLine: 4, endColumn: 53, suggestions: [{ messageId: 'extractConstant', data: { value: '100', name: 'MAX_REQUESTS' }, output: `
const MAX_REQUESTS = 100;
declare const store: { get(key: string): Promise<{ maxRequests: number } | undefined> };
export async function bucket(ip: string) {
  return (await store.get(ip)) || { maxRequests: MAX_REQUESTS };
}
` }] }],
    },
    {
      name: 'an object assigned with =',
      filename,
      code: `
export function prepare(options: { retry?: { maxRetries: number } }) {
  options.retry = { maxRetries: 3 };
  return options;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '3', context: 'for `maxRetries`' }, line: 3, column: 33, endLine: 3, endColumn: 34, suggestions: [{ messageId: 'extractConstant', data: { value: '3', name: 'MAX_RETRIES' }, output: `
const MAX_RETRIES = 3;
export function prepare(options: { retry?: { maxRetries: number } }) {
  options.retry = { maxRetries: MAX_RETRIES };
  return options;
}
` }] }],
    },
    {
      name: 'the options of a two-argument get',
      filename,
      code: `
declare const axios: { get(url: string, options: object): Promise<unknown> };
export function load(url: string) {
  return axios.get(url, { timeout: 5000 });
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '5000', context: 'for `timeout`' }, line: 4, column: 36, endLine: 4, endColumn: 40, suggestions: [{ messageId: 'extractConstant', data: { value: '5000', name: 'TIMEOUT' }, output: `
const TIMEOUT = 5000;
declare const axios: { get(url: string, options: object): Promise<unknown> };
export function load(url: string) {
  return axios.get(url, { timeout: TIMEOUT });
}
` }] }],
    },
    {
      name: 'the options of a three-argument get whose second argument is not a path',
      filename,
      code: `
declare const request: { get(url: string, options: object, fallback: object): unknown };
export function load(url: string, headers: object) {
  return request.get(url, headers, { timeout: 5000 });
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '5000', context: 'for `timeout`' }, line: 4, column: 47, endLine: 4, endColumn: 51, suggestions: [{ messageId: 'extractConstant', data: { value: '5000', name: 'TIMEOUT' }, output: `
const TIMEOUT = 5000;
declare const request: { get(url: string, options: object, fallback: object): unknown };
export function load(url: string, headers: object) {
  return request.get(url, headers, { timeout: TIMEOUT });
}
` }] }],
    },
    {
      name: 'the value of a lodash set with a path',
      filename,
      code: `
declare const _: { set(object: object, path: string, value: unknown): object };
export function limit(options: object) {
  return _.set(options, 'limits.org', { maxMembers: 300 });
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '300', context: 'for `maxMembers`' }, line: 4, column: 53, endLine: 4, endColumn: 56, suggestions: [{ messageId: 'extractConstant', data: { value: '300', name: 'MAX_MEMBERS' }, output: `
const MAX_MEMBERS = 300;
declare const _: { set(object: object, path: string, value: unknown): object };
export function limit(options: object) {
  return _.set(options, 'limits.org', { maxMembers: MAX_MEMBERS });
}
` }] }],
    },
    {
      name: 'the default job options of a queue',
      filename,
      code: `
export function queueOptions() {
  return {
    defaultJobOptions: { attempts: 5, removeOnComplete: true },
  };
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '5', context: 'for `attempts`' }, line: 4, column: 36, endLine: 4, endColumn: 37, suggestions: [{ messageId: 'extractConstant', data: { value: '5', name: 'ATTEMPTS' }, output: `
const ATTEMPTS = 5;
export function queueOptions() {
  return {
    defaultJobOptions: { attempts: ATTEMPTS, removeOnComplete: true },
  };
}
` }] }],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: presentational names', rule, {
  valid: [
    {
      name: 'layout properties',
      filename,
      code: `
export const style = { maxWidth: 320, fontSize: 14, minHeight: 48 };
`,
    },
    {
      name: 'a layout local',
      filename,
      code: `
export function layout() {
  const maxWidth = 320;
  return maxWidth;
}
`,
    },
    {
      name: 'a size beside a layout key is a font or image size',
      filename,
      code: `
export const label = { text: 'Monthly', size: 84, weight: 'Bold', width: 1060 };
`,
    },
    {
      name: 'digits of a number format',
      filename,
      code: `
export const money = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
`,
    },
  ],
  invalid: [
    {
      name: 'a size that is not layout',
      filename,
      code: `
export const upload = { maxUploadSize: 25 };
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '25', name: 'MAX_UPLOAD_SIZE' },
              output: `
const MAX_UPLOAD_SIZE = 25;
export const upload = { maxUploadSize: MAX_UPLOAD_SIZE };
`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: options', rule, {
  valid: [
    {
      name: 'ignore: an ignored number',
      filename,
      code: `
export const full = (score: number) => score > 100;
`,
      options: [{ ignore: [0, 1, -1, 100] }],
    },
    {
      name: 'thresholdNames: a word not in the vocabulary',
      filename,
      code: `
export const forecast = { horizon: 30 };
`,
    },
    {
      name: 'configFiles: a file matching a custom glob',
      filename: file('src/policies/spend.ts'),
      code: `
export const overspent = (spend: number) => spend > 500;
`,
      options: [{ configFiles: ['**/policies/**'] }],
    },
    {
      name: 'testFiles: a file matching a custom glob',
      filename: file('src/services/spend.fixture.ts'),
      code: `
export const overspent = (spend: number) => spend > 500;
`,
      options: [{ testFiles: ['**/*.fixture.*'] }],
    },
  ],
  invalid: [
    {
      name: 'ignore replaces the default sentinels',
      filename,
      code: `
export const several = (count: number) => count > 1;
`,
      options: [{ checkAllComparisons: true, ignore: [100] }],
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 51,
          endLine: 2,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '1', name: 'COUNT_THRESHOLD' },
              output: `
const COUNT_THRESHOLD = 1;
export const several = (count: number) => count > COUNT_THRESHOLD;
`,
            },
          ],
        },
      ],
    },
    {
      name: 'thresholdNames adds a word',
      filename,
      code: `
export const forecast = { horizon: 30 };
`,
      options: [{ thresholdNames: ['horizon'] }],
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '30', name: 'HORIZON' },
              output: `
const HORIZON = 30;
export const forecast = { horizon: HORIZON };
`,
            },
          ],
        },
      ],
    },
    {
      name: 'configFiles replaces the default globs',
      filename: file('src/config/spend.ts'),
      code: `
export const overspent = (spend: number) => spend > 500;
`,
      options: [{ configFiles: ['**/policies/**'] }],
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 53,
          endLine: 2,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '500', name: 'SPEND_THRESHOLD' },
              output: `
const SPEND_THRESHOLD = 500;
export const overspent = (spend: number) => spend > SPEND_THRESHOLD;
`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: configuration and test files', rule, {
  valid: [
    {
      name: 'the config folder',
      filename: file('src/config/alerts.ts'),
      code: `
export const overspent = (spend: number) => spend > 500;
`,
    },
    {
      name: 'the settings folder',
      filename: file('src/settings/http.ts'),
      code: `
export const http = { timeout: 8000 };
`,
    },
    {
      name: 'a *.config.* file',
      filename: file('src/app.config.ts'),
      code: `
export const http = { timeout: 8000 };
`,
    },
    {
      name: 'a test file',
      filename: file('src/services/alerts.test.ts'),
      code: `
export const overspent = (spend: number) => spend > 500;
`,
    },
    {
      name: 'a file under __tests__',
      filename: file('src/services/__tests__/alerts.ts'),
      code: `
export const overspent = (spend: number) => spend > 500;
`,
    },
  ],
  invalid: [
    {
      name: 'a service whose name mentions config is not a configuration file',
      filename: file('src/services/config-loader.ts'),
      code: `
export const overspent = (spend: number) => spend > 500;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 53,
          endLine: 2,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '500', name: 'SPEND_THRESHOLD' },
              output: `
const SPEND_THRESHOLD = 500;
export const overspent = (spend: number) => spend > SPEND_THRESHOLD;
`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: extract-constant suggestion', rule, {
  valid: [
    {
      name: "a suggestion's output is clean under the default options",
      filename,
      code: `
import { db } from '../db/client';
const SPEND_THRESHOLD = 500;
export const overspent = (spend: number) => spend > SPEND_THRESHOLD && db !== undefined;
`,
    },
  ],
  invalid: [
    {
      name: 'the constant goes after the imports',
      filename,
      code: `
import { db } from '../db/client';
export const overspent = (spend: number) => spend > 500 && db !== undefined;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '500', name: 'SPEND_THRESHOLD' },
              output: `
import { db } from '../db/client';
const SPEND_THRESHOLD = 500;
export const overspent = (spend: number) => spend > SPEND_THRESHOLD && db !== undefined;
`,
            },
          ],
        },
      ],
    },
    {
      name: 'the constant goes after a directive',
      filename,
      code: `
'use strict';
export const overspent = (spend: number) => spend > 500;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '500', name: 'SPEND_THRESHOLD' },
              output: `
'use strict';
const SPEND_THRESHOLD = 500;
export const overspent = (spend: number) => spend > SPEND_THRESHOLD;
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a taken name gets a suffix',
      filename,
      code: `
const SPEND_THRESHOLD = 2;
export const overspent = (spend: number) => spend > 500 && SPEND_THRESHOLD > spend;
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '500', name: 'SPEND_THRESHOLD_2' },
              output: `
const SPEND_THRESHOLD_2 = 500;
const SPEND_THRESHOLD = 2;
export const overspent = (spend: number) => spend > SPEND_THRESHOLD_2 && SPEND_THRESHOLD > spend;
`,
            },
          ],
        },
      ],
    },
    {
      name: 'the constant does not come between a function and its doc comment',
      filename,
      code: `
/** Campaigns that burn money. */
export function overspent(spend: number) {
  return spend > 500;
}
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '500', name: 'SPEND_THRESHOLD' },
              output: `
const SPEND_THRESHOLD = 500;
/** Campaigns that burn money. */
export function overspent(spend: number) {
  return spend > SPEND_THRESHOLD;
}
`,
            },
          ],
        },
      ],
    },
  ],
});

// Behaviours that came from reading the reports on real code (docs/precision.md).
ruleTester.run('no-hardcoded-threshold: real-code precision', rule, {
  valid: [
    {
      name: 'a JSON Schema describes a format, not a setting',
      filename,
      code: `
export const pointSchema = { type: 'array', minItems: 2, maxItems: 2 };
`,
    },
    {
      name: "a validator's options inside a validations table",
      filename,
      code: `
export const posts = { title: { validations: { isLength: { max: 300 } } } };
`,
    },
    {
      name: 'the range of generated test data',
      filename,
      code: `
declare const faker: { number: { int(o: { min: number; max: number }): number } };
export const visits = () => faker.number.int({ min: 7000, max: 8000 });
`,
    },
    {
      name: 'a class field the constructor overrides from its options',
      filename,
      code: `
export class Cache {
  cacheSize = 10000;
  constructor(options?: { cacheSize?: number }) {
    if (options?.cacheSize) this.cacheSize = options.cacheSize;
  }
}
`,
    },
    {
      name: 'CommonJS exports of a named constant, as recommended leaves named constants alone',
      filename,
      code: `
exports.MAX_RETRIES = 3;
`,
    },
    {
      name: 'a short delay that yields to the event loop',
      filename,
      code: `
export const tick = () => new Promise((resolve) => setTimeout(resolve, 10));
`,
    },
    {
      name: 'a version gate',
      filename,
      code: `
export const supportsBatch = (node: { typeVersion: number }) => node.typeVersion >= 4.7;
`,
    },
    {
      name: 'a layout size',
      filename,
      code: `
export const wide = (item: { size: { width: number } }) => item.size.width >= 180;
`,
    },
    {
      name: 'a percentage bound through a fallback',
      filename,
      code: `
export const pct = (percent?: number) => Math.min(percent || 0, 100);
`,
    },
    {
      name: 'a conditional fallback for a value from the environment',
      filename,
      code: `
export const threshold = (env: Record<string, string | undefined>) => (env.DB_HEALTHCHECK_THRESHOLD ? Number(env.DB_HEALTHCHECK_THRESHOLD) : 150);
`,
    },
    {
      name: "tsc's compiled `??` is a fallback too",
      filename,
      code: `
export function page(options: { pageSize?: number }) {
  const p = options.pageSize;
  const pageSize = p !== null && p !== void 0 ? p : 200;
  return pageSize;
}
`,
    },
    {
      name: 'a compiled enum member',
      filename,
      code: `
var Codes;
(function (Codes) {
  Codes[(Codes['VALUE_LIMIT_VIOLATION'] = 2628)] = 'VALUE_LIMIT_VIOLATION';
})(Codes || (Codes = {}));
`,
    },
    {
      name: 'a compiled class field the constructor overrides',
      filename,
      code: `
export class Cache {
  constructor(config?: { cacheSize?: number }) {
    this.cacheSize = 10000;
    if (config?.cacheSize) this.cacheSize = config.cacheSize;
  }
  cacheSize: number;
}
`,
    },
    {
      name: 'the bounds of a percentage on one subject',
      filename,
      code: `
export const invalid = (amount: number) => amount < 0 || amount > 100;
`,
    },
    {
      name: "a number format's limit",
      filename,
      code: `
export function clampInt(n: number) {
  const MAX_INT_PLUS_ONE = 9223372036854775808;
  return n >= MAX_INT_PLUS_ONE ? MAX_INT_PLUS_ONE - 1 : n;
}
`,
    },
    {
      name: 'files under scripts/ are tooling',
      filename: path.join(fixture, 'scripts/backfill.ts'),
      code: `
export const pool = { max: 5 };
`,
    },
    {
      name: 'files under seeders/ are test data',
      filename: path.join(fixture, 'src/data/seeders/members.ts'),
      code: `
export const seed = { members: { limit: 5000 } };
`,
    },
  ],
  invalid: [
    {
      name: 'a job option object with a type is not a schema',
      filename,
      code: `
export const jobs = { backoff: { type: 'exponential', delay: 2000 } };
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 62,
          endLine: 2,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '2000', name: 'DELAY' },
              output: `
const DELAY = 2000;
export const jobs = { backoff: { type: 'exponential', delay: DELAY } };
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a class field nothing overrides',
      filename,
      code: `
export class Cache {
  cacheSize = 10000;
}
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '10000', name: 'CACHE_SIZE' },
              output: `
const CACHE_SIZE = 10000;
export class Cache {
  cacheSize = CACHE_SIZE;
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a compiled class field set to a product in the constructor, which nothing overrides',
      filename,
      code: `
export class Uploads {
  constructor() {
    this.maxTotalSizeBytes = 200 * 1024 * 1024;
  }
  maxTotalSizeBytes: number;
}
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 4,
          column: 30,
          endLine: 4,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '200 * 1024 * 1024', name: 'MAX_TOTAL_SIZE_BYTES' },
              output: `
const MAX_TOTAL_SIZE_BYTES = 200 * 1024 * 1024;
export class Uploads {
  constructor() {
    this.maxTotalSizeBytes = MAX_TOTAL_SIZE_BYTES;
  }
  maxTotalSizeBytes: number;
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'CommonJS exports of a named constant under checkNamedConstants',
      filename,
      options: [{ checkNamedConstants: true }],
      code: `
exports.MAX_RETRIES = 3;
`,
      errors: [{ messageId: 'namedConstant', line: 2, column: 23, endLine: 2, endColumn: 24, suggestions: [] }],
    },
    {
      name: 'a delay longer than a second is a decision',
      filename,
      code: `
export const later = (fn: () => void) => setTimeout(fn, 2500);
`,
      errors: [
        {
          messageId: 'hardcodedThreshold',
          line: 2,
          column: 57,
          endLine: 2,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'extractConstant',
              data: { value: '2500', name: 'FN_MS' },
              output: `
const FN_MS = 2500;
export const later = (fn: () => void) => setTimeout(fn, FN_MS);
`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: more than one, format arity, development branches, display functions', rule, {
  valid: [
    {
      name: '`>= 2` is "more than one", like `> 1`',
      filename,
      code: `
export const repeats = (max: number) => max >= 2;
`,
    },
    {
      name: '`2 > n` is "fewer than two", like `n <= 1`',
      filename,
      code: `
export const single = (count: number) => 2 > count;
`,
    },
    {
      name: 'the field count of a split string is its format',
      filename,
      code: `
export function decode(token: string) {
  const parts = token.split('||');
  if (parts.length < 9) throw new Error('Invalid payload');
  return parts;
}
`,
    },
    {
      name: 'the field count of a split, read directly',
      filename,
      code: `
export const valid = (line: string) => line.split(',').length === 12 || line.split(',').length > 12;
`,
    },
    {
      name: 'the largest value of a ten-digit field',
      filename,
      code: `
export const tooLarge = (price: number) => price > 9999999999;
`,
    },
    {
      name: 'a value set only when NODE_ENV is development',
      filename,
      code: `
export function schedule(customTimeout?: number) {
  if (process.env.NODE_ENV === 'development') {
    customTimeout = 5000;
  }
  return customTimeout;
}
`,
    },
    {
      name: 'the branch that is not production',
      filename,
      code: `
export const pool = process.env.NODE_ENV !== 'production' ? { max: 5 } : undefined;
`,
    },
    {
      name: 'the buckets of a display function',
      filename,
      code: `
export const memberCountRounding = (memberCount: number) => {
  if (memberCount > 100 && memberCount <= 1000) return 'hundreds';
  return 'many';
};
`,
    },
    {
      name: 'a callback inside a format function',
      filename,
      code: `
export function formatDurations(values: number[]) {
  return values.map((ms) => (ms > 90000 ? 'long' : 'short'));
}
`,
    },
  ],
  invalid: [
    {
      name: '`>= 3` is a threshold',
      filename,
      code: `
export const repeats = (max: number) => max >= 3;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '3', context: 'compared with `max`' }, line: 2, column: 48, endLine: 2, endColumn: 49, suggestions: [{ messageId: 'extractConstant', data: { value: '3', name: 'MAX_THRESHOLD' }, output: `
const MAX_THRESHOLD = 3;
export const repeats = (max: number) => max >= MAX_THRESHOLD;
` }] }],
    },
    {
      name: '`> 2` is a threshold: more than two',
      filename,
      options: [{ checkAllComparisons: true }],
      code: `
export const crowded = (count: number) => count > 2;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '2', context: 'compared with `count`' }, line: 2, column: 51, endLine: 2, endColumn: 52, suggestions: [{ messageId: 'extractConstant', data: { value: '2', name: 'COUNT_THRESHOLD' }, output: `
const COUNT_THRESHOLD = 2;
export const crowded = (count: number) => count > COUNT_THRESHOLD;
` }] }],
    },
    {
      name: 'the length of an array that is not a split is data, under checkLengths',
      filename,
      options: [{ checkLengths: true }],
      code: `
export function check(rows: string[]) {
  const parts = rows.filter(Boolean);
  if (parts.length < 9) throw new Error('Too few rows');
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '9', context: 'compared with `parts.length`' }, line: 4, column: 22, endLine: 4, endColumn: 23, suggestions: [{ messageId: 'extractConstant', data: { value: '9', name: 'LENGTH_THRESHOLD' }, output: `
const LENGTH_THRESHOLD = 9;
export function check(rows: string[]) {
  const parts = rows.filter(Boolean);
  if (parts.length < LENGTH_THRESHOLD) throw new Error('Too few rows');
}
` }] }],
    },
    {
      name: 'nines that are not all nines, under checkUnroundValues',
      filename,
      options: [{ checkUnroundValues: true }],
      code: `
export const tooLarge = (price: number) => price > 9990;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '9990', context: 'compared with `price`' }, line: 2, column: 52, endLine: 2, endColumn: 56, suggestions: [{ messageId: 'extractConstant', data: { value: '9990', name: 'PRICE_THRESHOLD' }, output: `
const PRICE_THRESHOLD = 9990;
export const tooLarge = (price: number) => price > PRICE_THRESHOLD;
` }] }],
    },
    {
      name: 'the production branch of a NODE_ENV test',
      filename,
      code: `
export const retry = { limit: process.env.NODE_ENV === 'test' ? 0 : 5 };
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '5', context: 'for `limit`' }, line: 2, column: 69, endLine: 2, endColumn: 70, suggestions: [{ messageId: 'extractConstant', data: { value: '5', name: 'LIMIT' }, output: `
const LIMIT = 5;
export const retry = { limit: process.env.NODE_ENV === 'test' ? 0 : LIMIT };
` }] }],
    },
    {
      name: 'a value set when NODE_ENV is production',
      filename,
      code: `
export function schedule(customTimeout?: number) {
  if (process.env.NODE_ENV === 'production') {
    customTimeout = 5000;
  }
  return customTimeout;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '5000', context: 'for `customTimeout`' }, line: 4, column: 21, endLine: 4, endColumn: 25, suggestions: [{ messageId: 'extractConstant', data: { value: '5000', name: 'CUSTOM_TIMEOUT' }, output: `
const CUSTOM_TIMEOUT = 5000;
export function schedule(customTimeout?: number) {
  if (process.env.NODE_ENV === 'production') {
    customTimeout = CUSTOM_TIMEOUT;
  }
  return customTimeout;
}
` }] }],
    },
    {
      name: 'the same buckets outside a display function',
      filename,
      options: [{ checkAllComparisons: true }],
      code: `
export const memberTier = (memberCount: number) => memberCount > 1000;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '1000', context: 'compared with `memberCount`' }, line: 2, column: 66, endLine: 2, endColumn: 70, suggestions: [{ messageId: 'extractConstant', data: { value: '1000', name: 'MEMBER_COUNT_THRESHOLD' }, output: `
const MEMBER_COUNT_THRESHOLD = 1000;
export const memberTier = (memberCount: number) => memberCount > MEMBER_COUNT_THRESHOLD;
` }] }],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: running totals and recursion guards', rule, {
  valid: [
    {
      name: 'the start of a running total',
      filename,
      code: `
export function fit(items: string[]) {
  let size = 2;
  for (const item of items) size += item.length;
  return size;
}
`,
    },
    {
      name: 'the depth guard of a function that calls itself',
      filename,
      code: `
export function collect(value: unknown, depth = 0): string[] {
  if (depth > 4) return [];
  return [String(value), ...collect(value, depth + 1)];
}
`,
    },
    {
      name: 'the default depth limit of a function that calls itself',
      filename,
      code: `
export function sanitize(value: unknown, depth = 0, maxDepth = 10): unknown {
  return depth >= maxDepth ? undefined : sanitize(value, depth + 1, maxDepth);
}
`,
    },
    {
      name: 'the default depth of a function that does not call itself: a guard against runaway nesting',
      filename,
      code: `
export function fetchTree(id: string, maxDepth = 10) {
  return { id, maxDepth };
}
`,
    },
    {
      name: 'a cap on iterations, a guard against a loop that never ends',
      filename,
      code: `
export function matchAll(pattern: RegExp, text: string) {
  const maxIterations = 10000;
  const found: string[] = [];
  for (let i = 0, m = pattern.exec(text); m && i < maxIterations; i++, m = pattern.exec(text)) found.push(m[0]);
  return found;
}
`,
    },
    {
      name: 'a recursion limit as a default',
      filename,
      code: `
export async function relock(run: () => Promise<boolean>, recursionLimit = 10): Promise<void> {
  if (recursionLimit > 0 && (await run())) await relock(run, recursionLimit - 1);
}
`,
    },
    {
      name: 'the depth guard of a recursive method, number on the left',
      filename,
      code: `
export class Job {
  serialize(data: unknown, depth = 0): unknown {
    if (10 < depth) return '[max depth reached]';
    return this.serialize(data, depth + 1);
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'a budget counted down is still a limit',
      filename,
      code: `
export function trySeed() {
  let attemptsRemaining = 5;
  attemptsRemaining--;
  return attemptsRemaining;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '5', context: 'for `attemptsRemaining`' }, line: 3, column: 27, endLine: 3, endColumn: 28, suggestions: [{ messageId: 'extractConstant', data: { value: '5', name: 'ATTEMPTS_REMAINING' }, output: `
const ATTEMPTS_REMAINING = 5;
export function trySeed() {
  let attemptsRemaining = ATTEMPTS_REMAINING;
  attemptsRemaining--;
  return attemptsRemaining;
}
` }] }],
    },
    {
      name: 'the default item limit of a function that fetches a tree',
      filename,
      code: `
export function fetchTree(id: string, maxItems = 10) {
  return { id, maxItems };
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '10', context: 'as the default of `maxItems`' }, line: 2, column: 50, endLine: 2, endColumn: 52, suggestions: [{ messageId: 'extractConstant', data: { value: '10', name: 'DEFAULT_MAX_ITEMS' }, output: `
const DEFAULT_MAX_ITEMS = 10;
export function fetchTree(id: string, maxItems = DEFAULT_MAX_ITEMS) {
  return { id, maxItems };
}
` }] }],
    },
    {
      name: 'a depth limit in a function that does not call itself',
      filename,
      options: [{ checkAllComparisons: true }],
      code: `
export function fetchTree(depth: number) {
  if (depth > 4) throw new Error('too deep');
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '4', context: 'compared with `depth`' }, line: 3, column: 15, endLine: 3, endColumn: 16, suggestions: [{ messageId: 'extractConstant', data: { value: '4', name: 'DEPTH_THRESHOLD' }, output: `
const DEPTH_THRESHOLD = 4;
export function fetchTree(depth: number) {
  if (depth > DEPTH_THRESHOLD) throw new Error('too deep');
}
` }] }],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: options objects that a method replaces', rule, {
  valid: [
    {
      name: 'a static options field that init() replaces',
      filename,
      code: `
export class RedisCachePlugin {
  static options = { maxItemSizeInBytes: 100_000 };
  static init(options: { maxItemSizeInBytes: number }) {
    this.options = options;
    return RedisCachePlugin;
  }
}
`,
    },
    {
      name: 'the compiled form: a static assignment that init() replaces',
      filename,
      code: `
class RedisCachePlugin {
  static init(options) {
    this.options = options;
    return RedisCachePlugin;
  }
}
RedisCachePlugin.options = { maxItemSizeInBytes: 128000 };
export { RedisCachePlugin };
`,
    },
  ],
  invalid: [
    {
      name: 'a static options field that nothing replaces',
      filename,
      code: `
export class RedisCachePlugin {
  static options = { maxItemSizeInBytes: 100_000 };
  static describe() {
    return this.options;
  }
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '100_000', context: 'for `maxItemSizeInBytes`' }, line: 3, column: 42, endLine: 3, endColumn: 49, suggestions: [{ messageId: 'extractConstant', data: { value: '100_000', name: 'MAX_ITEM_SIZE_IN_BYTES' }, output: `
const MAX_ITEM_SIZE_IN_BYTES = 100_000;
export class RedisCachePlugin {
  static options = { maxItemSizeInBytes: MAX_ITEM_SIZE_IN_BYTES };
  static describe() {
    return this.options;
  }
}
` }] }],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: the extracted constant keeps the program valid', rule, {
  valid: [
    {
      name: 'a threshold already read from a named constant',
      filename,
      code: `
#!/usr/bin/env node
const LIMIT = 5;
export const over = (n: number) => n > LIMIT;
`.slice(1),
    },
  ],
  invalid: [
    {
      name: 'after a hashbang, never before it',
      filename,
      code: `#!/usr/bin/env node
export const over = (spend: number) => spend > 500;
`,
      errors: [{ messageId: 'hardcodedThreshold', line: 2, column: 48, endLine: 2, endColumn: 51, suggestions: [{ messageId: 'extractConstant', data: { value: '500', name: 'SPEND_THRESHOLD' }, output: `#!/usr/bin/env node
const SPEND_THRESHOLD = 500;
export const over = (spend: number) => spend > SPEND_THRESHOLD;
` }] }],
    },
    {
      name: 'a name declared in an inner scope is not reused (it would shadow the constant)',
      filename,
      code: `
export function check(spend: number) {
  const SPEND_THRESHOLD = 'label';
  return spend > 500 ? SPEND_THRESHOLD : '';
}
`,
      errors: [{ messageId: 'hardcodedThreshold', line: 4, column: 18, endLine: 4, endColumn: 21, suggestions: [{ messageId: 'extractConstant', data: { value: '500', name: 'SPEND_THRESHOLD_2' }, output: `
const SPEND_THRESHOLD_2 = 500;
export function check(spend: number) {
  const SPEND_THRESHOLD = 'label';
  return spend > SPEND_THRESHOLD_2 ? SPEND_THRESHOLD : '';
}
` }] }],
    },
    {
      name: 'a global used in the file is not reused (the constant would capture it)',
      filename,
      code: `
export const over = (spend: number) => spend > 500 && SPEND_THRESHOLD_FLAG && SPEND_THRESHOLD;
`,
      errors: [{ messageId: 'hardcodedThreshold', line: 2, column: 48, endLine: 2, endColumn: 51, suggestions: [{ messageId: 'extractConstant', data: { value: '500', name: 'SPEND_THRESHOLD_2' }, output: `
const SPEND_THRESHOLD_2 = 500;
export const over = (spend: number) => spend > SPEND_THRESHOLD_2 && SPEND_THRESHOLD_FLAG && SPEND_THRESHOLD;
` }] }],
    },
  ],
});

// Comparisons the rule leaves alone: lengths (unless checkLengths), environment floors, padding.
ruleTester.run('no-hardcoded-threshold: lengths, environment floors and padding', rule, {
  valid: [
    {
      name: 'a text length under the defaults (column widths and formats look the same)',
      filename,
      code: `
export const tooLong = (comment: string) => comment.length > 280;
`,
    },
    {
      name: 'an array length under the defaults',
      filename,
      code: `
export const tooMany = (items: unknown[]) => items.length > 100;
`,
    },
    {
      name: 'a sum of lengths under the defaults',
      filename,
      code: `
export const wraps = (line: string, word: string) => line.length + word.length > 80;
`,
    },
    {
      name: 'a floor on a value read from the environment',
      filename,
      code: `
export const depth = () => (Number(process.env.MAX_DEPTH) > 2 ? Number(process.env.MAX_DEPTH) : 2);
`,
    },
    {
      name: 'a floor on a value read from an env object',
      filename,
      code: `
declare const env: Record<string, string | undefined>;
export const depth = () => (Number(env['MAX_RELATIONAL_DEPTH']) > 2 ? Number(env['MAX_RELATIONAL_DEPTH']) : 2);
`,
    },
    {
      name: 'a floor on a value read from import.meta.env',
      filename,
      code: `
export const tooSlow = (ms: number) => Number(import.meta.env.VITE_SLOW_MS) < 250 && ms > 0;
`,
    },
    {
      name: 'the bounds of a clamp on a value read from the environment',
      filename,
      code: `
declare function clamp(value: number, min: number, max: number): number;
export const timeoutSeconds = () => clamp(Number(process.env.TRANSFORM_TIMEOUT_S), 1, 3600);
`,
    },
    {
      name: 'a comparison that picks a padding character',
      filename,
      code: `
export const pad = (n: number) => (n < 10 ? '0' : '') + n;
`,
    },
    {
      name: 'a comparison that picks a space for alignment',
      filename,
      code: `
export const align = (n: number) => (n < 100 ? ' ' : '') + String(n);
`,
    },
  ],
  invalid: [
    {
      name: 'a length compared under checkLengths (configs.strict)',
      filename,
      options: [{ checkLengths: true }],
      code: `
export const wraps = (line: string, word: string) => line.length + word.length > 80;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '80', context: 'compared with `line.length + word.length`' }, line: 2, column: 82, endLine: 2, endColumn: 84 , suggestions: [{ messageId: 'extractConstant', data: { value: '80', name: 'LENGTH_THRESHOLD' }, output: `
const LENGTH_THRESHOLD = 80;
export const wraps = (line: string, word: string) => line.length + word.length > LENGTH_THRESHOLD;
` }] }],
    },
    {
      name: 'a count that is not a length is still compared',
      filename,
      options: [{ checkAllComparisons: true }],
      code: `
export const tooMany = (itemCount: number) => itemCount > 100;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '100', context: 'compared with `itemCount`' }, line: 2, column: 59, endLine: 2, endColumn: 62 , suggestions: [{ messageId: 'extractConstant', data: { value: '100', name: 'ITEM_COUNT_THRESHOLD' }, output: `
const ITEM_COUNT_THRESHOLD = 100;
export const tooMany = (itemCount: number) => itemCount > ITEM_COUNT_THRESHOLD;
` }] }],
    },
    {
      name: 'a comparison beside an environment read, not on it',
      filename,
      code: `
export const overspent = (spend: number) => process.env.ALERTS === 'on' && spend > 500;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '500', context: 'compared with `spend`' }, line: 2, column: 84, endLine: 2, endColumn: 87 , suggestions: [{ messageId: 'extractConstant', data: { value: '500', name: 'SPEND_THRESHOLD' }, output: `
const SPEND_THRESHOLD = 500;
export const overspent = (spend: number) => process.env.ALERTS === 'on' && spend > SPEND_THRESHOLD;
` }] }],
    },
    {
      name: 'the bounds of a clamp on a value from elsewhere',
      filename,
      code: `
declare function clamp(value: number, min: number, max: number): number;
export const timeoutSeconds = (requested: number) => clamp(requested, 1, 3600);
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '3600', context: 'as the bound in `clamp(requested, …)`' }, line: 3, column: 74, endLine: 3, endColumn: 78, suggestions: [{ messageId: 'extractConstant', data: { value: '3600', name: 'MAX_REQUESTED' }, output: `
const MAX_REQUESTED = 3600;
declare function clamp(value: number, min: number, max: number): number;
export const timeoutSeconds = (requested: number) => clamp(requested, 1, MAX_REQUESTED);
` }] }],
    },
    {
      name: 'a comparison that picks between labels is not padding',
      filename,
      code: `
export const risk = (score: number) => (score > 0.8 ? 'high' : 'low');
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '0.8', context: 'compared with `score`' }, line: 2, column: 49, endLine: 2, endColumn: 52 , suggestions: [{ messageId: 'extractConstant', data: { value: '0.8', name: 'SCORE_THRESHOLD' }, output: `
const SCORE_THRESHOLD = 0.8;
export const risk = (score: number) => (score > SCORE_THRESHOLD ? 'high' : 'low');
` }] }],
    },
  ],
});

// Waits before an ending, calendar spans, defaults replaced by settings, terminal widths, labels that state their bound.
ruleTester.run('no-hardcoded-threshold: grace waits, calendar spans, replaced defaults and stated bounds', rule, {
  valid: [
    {
      name: 'a short wait before exiting, for output to flush',
      filename,
      code: `
export const quit = () => {
  setTimeout(() => process.exit(0), 1000);
};
`,
    },
    {
      name: 'a short wait before a restart callback',
      filename,
      code: `
export const restart = (restartCallback: () => void) => setTimeout(restartCallback, 500);
`,
    },
    {
      name: 'a short wait before closing a socket',
      filename,
      code: `
export const end = (socket: { close(): void }) => setTimeout(() => {
  socket.close();
}, 250);
`,
    },
    {
      name: 'a default that spans the whole day',
      filename,
      code: `
export function randomDailyHour(maxHour = 24) {
  return Math.floor(Math.random() * maxHour);
}
`,
    },
    {
      name: 'a local default replaced by a setting',
      filename,
      code: `
export function retryDelay(settings: { retryMs?: number }) {
  let installRetry = 30000;
  if (settings.retryMs) installRetry = settings.retryMs;
  return installRetry;
}
`,
    },
    {
      name: 'the width of a terminal',
      filename,
      code: `
export const width = () => Math.min(process.stdout.columns, 80);
`,
    },
    {
      name: 'a bucket whose label states its bound',
      filename,
      code: `
export function bucket(count: number) {
  if (count <= 100) return '1-100';
  if (count <= 1000) return '101-1k';
  return '1k+';
}
`,
    },
    {
      name: 'a badge cap whose label states it',
      filename,
      code: `
export const badge = (unread: number) => (unread > 99 ? '99+' : String(unread));
`,
    },
  ],
  invalid: [
    {
      name: 'a long wait before exiting is a shutdown timeout',
      filename,
      code: `
export const quit = () => {
  setTimeout(() => process.exit(1), 30000);
};
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '30000', context: 'passed to `setTimeout`' }, line: 3, column: 37, endLine: 3, endColumn: 42, suggestions: [{ messageId: 'extractConstant', data: { value: '30000', name: 'DELAY_MS' }, output: `
const DELAY_MS = 30000;
export const quit = () => {
  setTimeout(() => process.exit(1), DELAY_MS);
};
` }] }],
    },
    {
      name: 'a wait of more than a second before work',
      filename,
      code: `
export const later = (sync: () => void) => setTimeout(sync, 1500);
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '1500', context: 'passed to `setTimeout`' }, line: 2, column: 61, endLine: 2, endColumn: 65, suggestions: [{ messageId: 'extractConstant', data: { value: '1500', name: 'SYNC_MS' }, output: `
const SYNC_MS = 1500;
export const later = (sync: () => void) => setTimeout(sync, SYNC_MS);
` }] }],
    },
    {
      name: 'a default of fewer hours than a day',
      filename,
      code: `
export function randomNightHour(maxHour = 6) {
  return Math.floor(Math.random() * maxHour);
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '6', context: 'as the default of `maxHour`' }, line: 2, column: 43, endLine: 2, endColumn: 44, suggestions: [{ messageId: 'extractConstant', data: { value: '6', name: 'DEFAULT_MAX_HOUR' }, output: `
const DEFAULT_MAX_HOUR = 6;
export function randomNightHour(maxHour = DEFAULT_MAX_HOUR) {
  return Math.floor(Math.random() * maxHour);
}
` }] }],
    },
    {
      name: 'a local changed only from itself stays a decision',
      filename,
      code: `
export async function backoff(run: () => Promise<boolean>) {
  let delay = 200;
  while (!(await run())) delay = delay * 2;
  return delay;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '200', context: 'for `delay`' }, line: 3, column: 15, endLine: 3, endColumn: 18, suggestions: [{ messageId: 'extractConstant', data: { value: '200', name: 'DELAY' }, output: `
const DELAY = 200;
export async function backoff(run: () => Promise<boolean>) {
  let delay = DELAY;
  while (!(await run())) delay = delay * 2;
  return delay;
}
` }] }],
    },
    {
      name: 'a bucket whose label does not state its bound',
      filename,
      code: `
export function risk(score: number) {
  if (score > 0.8) return 'high';
  return 'low';
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '0.8', context: 'compared with `score`' }, line: 3, column: 15, endLine: 3, endColumn: 18, suggestions: [{ messageId: 'extractConstant', data: { value: '0.8', name: 'SCORE_THRESHOLD' }, output: `
const SCORE_THRESHOLD = 0.8;
export function risk(score: number) {
  if (score > SCORE_THRESHOLD) return 'high';
  return 'low';
}
` }] }],
    },
    {
      name: 'a label that holds the bound only inside a longer number',
      filename,
      code: `
export const tier = (spend: number) => (spend > 100 ? 'over 1000' : 'under');
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '100', context: 'compared with `spend`' }, line: 2, column: 49, endLine: 2, endColumn: 52, suggestions: [{ messageId: 'extractConstant', data: { value: '100', name: 'SPEND_THRESHOLD' }, output: `
const SPEND_THRESHOLD = 100;
export const tier = (spend: number) => (spend > SPEND_THRESHOLD ? 'over 1000' : 'under');
` }] }],
    },
  ],
});

// Boundaries found by review: each exemption stays as narrow as its reason.
ruleTester.run('no-hardcoded-threshold: narrow exemptions', rule, {
  valid: [
    {
      name: 'a label spelled with a thousands separator states its bound',
      filename,
      code: `
export const followers = (count: number) => (count > 1000 ? '1,000+' : String(count));
`,
    },
  ],
  invalid: [
    {
      name: 'a duration measured in a calendar unit is a decision',
      filename,
      code: `
export function connect(host: string, timeoutSeconds = 60) {
  return [host, timeoutSeconds];
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '60', context: 'as the default of `timeoutSeconds`' }, line: 2, column: 56, endLine: 2, endColumn: 58, suggestions: [{ messageId: 'extractConstant', data: { value: '60', name: 'DEFAULT_TIMEOUT_SECONDS' }, output: `
const DEFAULT_TIMEOUT_SECONDS = 60;
export function connect(host: string, timeoutSeconds = DEFAULT_TIMEOUT_SECONDS) {
  return [host, timeoutSeconds];
}
` }] }],
    },
    {
      name: 'two one-letter labels are a grade, not padding',
      filename,
      code: `
export const grade = (score: number) => (score >= 90 ? 'A' : 'B');
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '90', context: 'compared with `score`' }, line: 2, column: 51, endLine: 2, endColumn: 53, suggestions: [{ messageId: 'extractConstant', data: { value: '90', name: 'SCORE_THRESHOLD' }, output: `
const SCORE_THRESHOLD = 90;
export const grade = (score: number) => (score >= SCORE_THRESHOLD ? 'A' : 'B');
` }] }],
    },
    {
      name: 'a quota per key of an array named for bytes is not a code unit',
      filename,
      options: [{ checkAllComparisons: true }],
      code: `
export const over = (usedBytes: Record<string, number>, tenantId: string) => usedBytes[tenantId] > 10_000_000_000;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '10_000_000_000', context: 'compared with `usedBytes[tenantId]`' }, line: 2, column: 100, endLine: 2, endColumn: 114, suggestions: [{ messageId: 'extractConstant', data: { value: '10_000_000_000', name: 'VALUE_THRESHOLD' }, output: `
const VALUE_THRESHOLD = 10_000_000_000;
export const over = (usedBytes: Record<string, number>, tenantId: string) => usedBytes[tenantId] > VALUE_THRESHOLD;
` }] }],
    },
    {
      name: 'a local changed only by arithmetic on built-ins stays a decision',
      filename,
      code: `
export function pause(slow: boolean) {
  let delayMs = 500;
  if (slow) delayMs = Math.round(Math.random() * delayMs);
  return delayMs;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '500', context: 'for `delayMs`' }, line: 3, column: 17, endLine: 3, endColumn: 20, suggestions: [{ messageId: 'extractConstant', data: { value: '500', name: 'DELAY_MS' }, output: `
const DELAY_MS = 500;
export function pause(slow: boolean) {
  let delayMs = DELAY_MS;
  if (slow) delayMs = Math.round(Math.random() * delayMs);
  return delayMs;
}
` }] }],
    },
    {
      name: 'a label with a longer decimal does not state the bound',
      filename,
      code: `
export function badge(rating: number) {
  if (rating > 4) return '4.5+';
  return '';
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '4', context: 'compared with `rating`' }, line: 3, column: 16, endLine: 3, endColumn: 17, suggestions: [{ messageId: 'extractConstant', data: { value: '4', name: 'RATING_THRESHOLD' }, output: `
const RATING_THRESHOLD = 4;
export function badge(rating: number) {
  if (rating > RATING_THRESHOLD) return '4.5+';
  return '';
}
` }] }],
    },
    {
      name: 'a module whose name starts with config. is not configuration',
      filename: file('src/config.service.ts'),
      code: `
export const overspent = (spend: number) => spend > 500;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '500', context: 'compared with `spend`' }, line: 2, column: 53, endLine: 2, endColumn: 56, suggestions: [{ messageId: 'extractConstant', data: { value: '500', name: 'SPEND_THRESHOLD' }, output: `
const SPEND_THRESHOLD = 500;
export const overspent = (spend: number) => spend > SPEND_THRESHOLD;
` }] }],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: a module named config or settings is configuration', rule, {
  valid: [
    {
      name: 'a config module',
      filename: file('src/config.ts'),
      code: `
export const overspent = (spend: number) => spend > 500;
`,
    },
    {
      name: 'a Config module, as parse-server names it',
      filename: file('src/Config.js'),
      code: `
export const overspent = (spend) => spend > 500;
`,
    },
    {
      name: 'a Settings module, as Etherpad names the defaults that settings.json overrides',
      filename: file('src/utils/Settings.js'),
      code: `
exports.importExportRateLimiting = { windowMs: 90000, max: 10 };
`,
    },
    {
      name: 'a settings module',
      filename: file('src/util/settings.ts'),
      code: `
export const defaults = { timeout: 1500 };
`,
    },
    {
      name: 'a default-options module, as deepstream names the defaults its configuration is merged over',
      filename: file('src/default-options.ts'),
      code: `
export function get() {
  return { heartbeatInterval: 30000, maxAuthAttempts: 3 };
}
`,
    },
    {
      name: 'a defaults module',
      filename: file('lib/defaults.js'),
      code: `
module.exports = { sessionLength: 31536000, maxLimit: 100 };
`,
    },
    {
      name: 'a capitalised DefaultConfig module',
      filename: file('src/DefaultConfig.js'),
      code: `
module.exports = { maxLimit: 100 };
`,
    },
  ],
  invalid: [
    {
      name: 'a module whose name only starts with default',
      filename: file('src/defaultHandlers.ts'),
      code: `
export function get() {
  return { maxAuthAttempts: 3 };
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '3', context: 'for `maxAuthAttempts`' }, line: 3, column: 29, endLine: 3, endColumn: 30, suggestions: [{ messageId: 'extractConstant', data: { value: '3', name: 'MAX_AUTH_ATTEMPTS' }, output: `
const MAX_AUTH_ATTEMPTS = 3;
export function get() {
  return { maxAuthAttempts: MAX_AUTH_ATTEMPTS };
}
` }] }],
    },
    {
      name: 'a module whose name only starts with settings',
      filename: file('src/utils/SettingsPanel.js'),
      code: `
exports.importExportRateLimiting = { windowMs: 90000 };
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '90000', context: 'for `windowMs`' }, line: 2, column: 48, endLine: 2, endColumn: 53, suggestions: [{ messageId: 'extractConstant', data: { value: '90000', name: 'WINDOW_MS' }, output: `
const WINDOW_MS = 90000;
exports.importExportRateLimiting = { windowMs: WINDOW_MS };
` }] }],
    },
    {
      name: 'a module whose name only starts with config',
      filename: file('src/configure.ts'),
      code: `
export const overspent = (spend: number) => spend > 500;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '500', context: 'compared with `spend`' }, line: 2, column: 53, endLine: 2, endColumn: 56, suggestions: [{ messageId: 'extractConstant', data: { value: '500', name: 'SPEND_THRESHOLD' }, output: `
const SPEND_THRESHOLD = 500;
export const overspent = (spend: number) => spend > SPEND_THRESHOLD;
` }] }],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: code units, column widths, bare ranges and one-letter subjects', rule, {
  valid: [
    {
      name: 'a byte of a byte array',
      filename,
      code: `
export const isControl = (bytes: Uint8Array, i: number) => bytes[i] < 32 || bytes[i] > 126;
`,
    },
    {
      name: 'a character code',
      filename,
      code: `
export const isAscii = (s: string, i: number) => s.charCodeAt(i) < 128;
`,
    },
    {
      name: 'a byte read from a buffer',
      filename,
      code: `
export const isLongHeader = (buf: Buffer) => buf.readUInt8(0) > 191;
`,
    },
    {
      name: 'a default of a bare max (a generic range helper)',
      filename,
      code: `
export function truncateName(name: string, max = 128) {
  return name.slice(0, max);
}
`,
    },
    {
      name: 'arguments bound to a bare min and max',
      filename,
      code: `
function stableInt(seed: string, min: number, max: number) {
  return min + (seed.length % (max - min));
}
export const minute = (seed: string) => stableInt(seed, 0, 60);
`,
    },
    {
      name: 'a one-letter subject (a parsed field, an index)',
      filename,
      code: `
export const validHour = (h: number) => h <= 23;
`,
    },
    {
      name: 'a column width',
      filename,
      code: `
export const nameWidth = (nameColSize: number) => Math.min(nameColSize, 20);
`,
    },
  ],
  invalid: [
    {
      name: 'an argument bound to a max that names what it bounds',
      filename,
      code: `
function randomJitter(minMs: number, maxMs: number) {
  return minMs + Math.random() * (maxMs - minMs);
}
export const jitter = () => randomJitter(2000, 30000);
`,
      errors: [
        { messageId: 'hardcodedThreshold', data: { value: '2000', context: 'passed as `minMs`' }, line: 5, column: 42, endLine: 5, endColumn: 46, suggestions: [{ messageId: 'extractConstant', data: { value: '2000', name: 'MIN_MS' }, output: `
const MIN_MS = 2000;
function randomJitter(minMs: number, maxMs: number) {
  return minMs + Math.random() * (maxMs - minMs);
}
export const jitter = () => randomJitter(MIN_MS, 30000);
` }] },
        { messageId: 'hardcodedThreshold', data: { value: '30000', context: 'passed as `maxMs`' }, line: 5, column: 48, endLine: 5, endColumn: 53, suggestions: [{ messageId: 'extractConstant', data: { value: '30000', name: 'MAX_MS' }, output: `
const MAX_MS = 30000;
function randomJitter(minMs: number, maxMs: number) {
  return minMs + Math.random() * (maxMs - minMs);
}
export const jitter = () => randomJitter(2000, MAX_MS);
` }] },
      ],
    },
    {
      name: 'a subject with a name says what is bounded',
      filename,
      code: `
export const adult = (age: number) => age >= 18;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '18', context: 'compared with `age`' }, line: 2, column: 46, endLine: 2, endColumn: 48, suggestions: [{ messageId: 'extractConstant', data: { value: '18', name: 'AGE_THRESHOLD' }, output: `
const AGE_THRESHOLD = 18;
export const adult = (age: number) => age >= AGE_THRESHOLD;
` }] }],
    },
    {
      name: 'an element of an array that is not bytes',
      filename,
      code: `
export const expensive = (prices: number[], i: number) => prices[i] > 100;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '100', context: 'compared with `prices[i]`' }, line: 2, column: 71, endLine: 2, endColumn: 74, suggestions: [{ messageId: 'extractConstant', data: { value: '100', name: 'VALUE_THRESHOLD' }, output: `
const VALUE_THRESHOLD = 100;
export const expensive = (prices: number[], i: number) => prices[i] > VALUE_THRESHOLD;
` }] }],
    },
  ],
});

// Comparisons report subjects named as a threshold or a business measure (or elapsed time); sub-second delays pace; caps on layout.
ruleTester.run('no-hardcoded-threshold: comparison subjects, pacing delays and layout caps', rule, {
  valid: [
    {
      name: 'a comparison whose subject names no threshold or measure',
      filename,
      code: `
export const privileged = (port: number) => port < 1024;
`,
    },
    {
      name: 'a subject whose word the vocabulary lacks',
      filename,
      code: `
export const green = (technicalDebt: number) => technicalDebt < 25;
`,
    },
    {
      name: 'a calendar unit is not a measure',
      filename,
      code: `
export const table = (hoursBack: number) => (hoursBack <= 48 ? 'hourly' : 'daily');
`,
    },
    {
      name: 'a difference that does not start from now',
      filename,
      code: `
export const long = (end: number, start: number) => end - start > 100;
`,
    },
    {
      name: 'the names of a built-in say nothing of the subject',
      filename,
      code: `
export const big = (a: number, b: number) => Math.max(a, b) > 100;
`,
    },
    {
      name: 'a Set compared with a small size is its shape',
      filename,
      code: `
export const allSelected = (selected: Set<string>) => selected.size === 3;
`,
    },
    {
      name: 'a delay of a second or less paces',
      filename,
      code: `
export const redraw = (draw: () => void) => setInterval(draw, 1000);
`,
    },
    {
      name: 'a sleep of less than a second paces',
      filename,
      code: `
import { sleep } from '../lib/sleep';
export const settle = () => sleep(500);
`,
    },
    {
      name: 'a one-letter value capped',
      filename,
      code: `
export const clampProgress = (p: number) => Math.min(100, p);
`,
    },
    {
      name: 'a cap stored in a layout size',
      filename,
      code: `
export function idColumn(label: string) {
  const idWidth = Math.max(label.length + 2, 4);
  return idWidth;
}
`,
    },
    {
      name: 'a hue is a colour, not a threshold',
      filename,
      code: `
export function toColor(percentage: number, maxHue = 90) {
  return percentage * maxHue;
}
`,
    },
    {
      name: 'a name length is a structure\'s size',
      filename,
      code: `
export function shorten(name: string) {
  const maxNameLen = 15;
  return name.slice(0, maxNameLen);
}
`,
    },
  ],
  invalid: [
    {
      name: 'a comparison whose subject names nothing, under checkAllComparisons',
      filename,
      options: [{ checkAllComparisons: true }],
      code: `
export const privileged = (port: number) => port < 1024;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '1024', context: 'compared with `port`' }, line: 2, column: 52, endLine: 2, endColumn: 56, suggestions: [{ messageId: 'extractConstant', data: { value: '1024', name: 'PORT_THRESHOLD' }, output: `
const PORT_THRESHOLD = 1024;
export const privileged = (port: number) => port < PORT_THRESHOLD;
` }] }],
    },
    {
      name: 'a subject named by a word added in thresholdNames',
      filename,
      options: [{ thresholdNames: ['debt'] }],
      code: `
export const green = (technicalDebt: number) => technicalDebt < 25;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '25', context: 'compared with `technicalDebt`' }, line: 2, column: 65, endLine: 2, endColumn: 67, suggestions: [{ messageId: 'extractConstant', data: { value: '25', name: 'TECHNICAL_DEBT_THRESHOLD' }, output: `
const TECHNICAL_DEBT_THRESHOLD = 25;
export const green = (technicalDebt: number) => technicalDebt < TECHNICAL_DEBT_THRESHOLD;
` }] }],
    },
    {
      name: 'a business measure compared',
      filename,
      code: `
export const large = (order: { price: number }) => order.price > 5000;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '5000', context: 'compared with `order.price`' }, line: 2, column: 66, endLine: 2, endColumn: 70, suggestions: [{ messageId: 'extractConstant', data: { value: '5000', name: 'PRICE_THRESHOLD' }, output: `
const PRICE_THRESHOLD = 5000;
export const large = (order: { price: number }) => order.price > PRICE_THRESHOLD;
` }] }],
    },
    {
      name: 'a measure named in the plural',
      filename,
      code: `
export const expensive = (prices: number[], i: number) => prices[i] > 100;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '100', context: 'compared with `prices[i]`' }, line: 2, column: 71, endLine: 2, endColumn: 74, suggestions: [{ messageId: 'extractConstant', data: { value: '100', name: 'VALUE_THRESHOLD' }, output: `
const VALUE_THRESHOLD = 100;
export const expensive = (prices: number[], i: number) => prices[i] > VALUE_THRESHOLD;
` }] }],
    },
    {
      name: 'elapsed time since now',
      filename,
      code: `
export const stale = (lastRun: number) => Date.now() - lastRun > 60_000;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '60_000', context: 'compared with `Date.now() - lastRun`' }, line: 2, column: 66, endLine: 2, endColumn: 72, suggestions: [{ messageId: 'extractConstant', data: { value: '60_000', name: 'NOW_THRESHOLD' }, output: `
const NOW_THRESHOLD = 60_000;
export const stale = (lastRun: number) => Date.now() - lastRun > NOW_THRESHOLD;
` }] }],
    },
    {
      name: 'elapsed time from a date library',
      filename,
      code: `
type Moment = { diff(other: Date, unit: string): number };
export const old = (now: Moment, addedAt: Date) => now.diff(addedAt, 'months') > 2;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '2', context: 'compared with `now.diff(addedAt, \'months\')`' }, line: 3, column: 82, endLine: 3, endColumn: 83, suggestions: [{ messageId: 'extractConstant', data: { value: '2', name: 'DIFF_THRESHOLD' }, output: `
const DIFF_THRESHOLD = 2;
type Moment = { diff(other: Date, unit: string): number };
export const old = (now: Moment, addedAt: Date) => now.diff(addedAt, 'months') > DIFF_THRESHOLD;
` }] }],
    },
    {
      name: 'a cache size over a cap',
      filename,
      code: `
export const full = (cache: Map<string, number>) => cache.size > 1000;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '1000', context: 'compared with `cache.size`' }, line: 2, column: 66, endLine: 2, endColumn: 70, suggestions: [{ messageId: 'extractConstant', data: { value: '1000', name: 'SIZE_THRESHOLD' }, output: `
const SIZE_THRESHOLD = 1000;
export const full = (cache: Map<string, number>) => cache.size > SIZE_THRESHOLD;
` }] }],
    },
    {
      name: 'a sleep counted in seconds',
      filename,
      code: `
import { sleep } from '../lib/sleep';
export const settle = () => sleep(5);
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '5', context: 'passed to `sleep`' }, line: 3, column: 35, endLine: 3, endColumn: 36, suggestions: [{ messageId: 'extractConstant', data: { value: '5', name: 'SLEEP_MS' }, output: `
import { sleep } from '../lib/sleep';
const SLEEP_MS = 5;
export const settle = () => sleep(SLEEP_MS);
` }] }],
    },
    {
      name: 'a cap on a value with a name',
      filename,
      code: `
export const cap = (batch: number) => Math.min(batch, 50);
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '50', context: 'as the bound in `Math.min(batch, …)`' }, line: 2, column: 55, endLine: 2, endColumn: 57, suggestions: [{ messageId: 'extractConstant', data: { value: '50', name: 'MAX_BATCH' }, output: `
const MAX_BATCH = 50;
export const cap = (batch: number) => Math.min(batch, MAX_BATCH);
` }] }],
    },
    {
      name: 'a cap stored in a delay',
      filename,
      code: `
export function backoff(previous: number) {
  const restartDelay = Math.min(previous * 1.5, 15000);
  return restartDelay;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '15000', context: 'as the bound in `Math.min(previous * 1.5, …)`' }, line: 3, column: 49, endLine: 3, endColumn: 54, suggestions: [{ messageId: 'extractConstant', data: { value: '15000', name: 'MAX_PREVIOUS' }, output: `
const MAX_PREVIOUS = 15000;
export function backoff(previous: number) {
  const restartDelay = Math.min(previous * 1.5, MAX_PREVIOUS);
  return restartDelay;
}
` }] }],
    },
    {
      name: 'a default that is not a colour',
      filename,
      code: `
export function grade(percentage: number, maxScore = 90) {
  return percentage * maxScore;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '90', context: 'as the default of `maxScore`' }, line: 2, column: 54, endLine: 2, endColumn: 56, suggestions: [{ messageId: 'extractConstant', data: { value: '90', name: 'DEFAULT_MAX_SCORE' }, output: `
const DEFAULT_MAX_SCORE = 90;
export function grade(percentage: number, maxScore = DEFAULT_MAX_SCORE) {
  return percentage * maxScore;
}
` }] }],
    },
    {
      name: 'a local limit on a count of names',
      filename,
      code: `
export function shorten(names: string[]) {
  const maxNames = 15;
  return names.slice(0, maxNames);
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '15', context: 'for `maxNames`' }, line: 3, column: 20, endLine: 3, endColumn: 22, suggestions: [{ messageId: 'extractConstant', data: { value: '15', name: 'MAX_NAMES' }, output: `
const MAX_NAMES = 15;
export function shorten(names: string[]) {
  const maxNames = MAX_NAMES;
  return names.slice(0, maxNames);
}
` }] }],
    },
  ],
});

// Defaults something else sets (fallbacks, later writes, configuration), exact format sizes, flush waits, unit labels, schema builders, debounces and tables of named constants.
ruleTester.run('no-hardcoded-threshold: overrides, fallbacks, configuration bounds, formats and named constant tables', rule, {
  valid: [
    {
      name: 'a score assigned is a measure, not a bound',
      filename,
      code: `
export const exact = () => ({ score: 100, matchedBy: 'filename' });
`,
    },
    {
      name: 'a fallback for a missing argument',
      filename,
      code: `
export function cookieAge(timeout?: number | null) {
  if (timeout == null) timeout = 2;
  return timeout * 60_000;
}
`,
    },
    {
      name: 'a fallback when a setting is not a number',
      filename,
      code: `
export function apply(config: { timeout?: unknown }) {
  if (typeof config.timeout != 'number') {
    config.timeout = 2000;
  }
}
`,
    },
    {
      name: 'a nullish assignment is a fallback',
      filename,
      code: `
export function apply(options: { limit?: number }) {
  options.limit ??= 50;
}
`,
    },
    {
      name: 'a member written from configuration elsewhere',
      filename,
      code: `
export function mailer(domain: { emailDelaySeconds?: number }) {
  const obj = { emailDelay: 0 };
  obj.emailDelay = 5 * 60 * 1000;
  if (domain.emailDelaySeconds) obj.emailDelay = domain.emailDelaySeconds * 1000;
  return obj;
}
`,
    },
    {
      name: 'an options property replaced from configuration',
      filename,
      code: `
export function connect(config: { retries?: number }) {
  const options = { connectionRetries: 5 };
  if (typeof config.retries == 'number') options.connectionRetries = config.retries;
  return options;
}
`,
    },
    {
      name: 'a bound on a value read from configuration',
      filename,
      code: `
export function check(config: { watchdog: { interval: number } }) {
  if (config.watchdog.interval < 50) throw new Error('watchdog.interval must be at least 50');
}
`,
    },
    {
      name: 'a clamp of a setting',
      filename,
      code: `
export const zipLevel = (config: { settings: { zipLevel: string } }) => Math.min(Math.max(Number(config.settings.zipLevel), 1), 9);
`,
    },
    {
      name: 'a percentage capped at 100',
      filename,
      code: `
export function cap(discountAmount: number) {
  const discountPercent = Math.min(discountAmount, 100);
  return discountPercent;
}
`,
    },
    {
      name: 'a percentage range among other checks',
      filename,
      code: `
export const valid = (sku: string, discount: number) => !(!sku || discount <= 0 || discount > 100);
`,
    },
    {
      name: 'a layout value looked through a conversion',
      filename,
      code: `
export const gapPx = (gap: string) => Math.min(80, Number(gap) || 16);
`,
    },
    {
      name: 'a one-letter value looked through a conversion',
      filename,
      code: `
export const part = (p: string) => Math.min(6, Number(p) || 1);
`,
    },
    {
      name: 'an animation speed',
      filename,
      code: `
export const fadeIn = (animationMs: number) => Math.min(1500, animationMs);
`,
    },
    {
      name: 'an exact size is a format',
      filename,
      code: `
export const isSha256 = (hashSize: number) => hashSize === 32;
`,
    },
    {
      name: 'a wait with only the exit left lets logs flush',
      filename,
      code: `
export function fail(log: { error(message: string): void }) {
  log.error('start-up failed');
  return setTimeout(() => process.exit(1), 3000);
}
`,
    },
    {
      name: 'the options of a schema builder',
      filename,
      code: `
import { Type } from '@sinclair/typebox';
export const Position = Type.Array(Type.Number(), { minItems: 2, maxItems: 3 });
`,
    },
    {
      name: 'a duration formatter picks its unit',
      filename,
      code: `
export function human(ttl: number) {
  if (ttl < 60) return ttl + ' seconds';
  if (ttl < 3600) return Math.round(ttl / 60) + ' minutes';
  return Math.round(ttl / 3600) + ' hours';
}
`,
    },
    {
      name: 'a table of named module constants',
      filename,
      code: `
export const LIMITS = {
  MAX_MAILBOXES: 1500,
};
`,
    },
    {
      name: 'the options of a debounce',
      filename,
      code: `
import debounce from 'lodash/debounce';
export const save = (write: () => void) => debounce(write, 5000, { maxWait: 20000 });
`,
    },
  ],
  invalid: [
    {
      name: 'a bound on a score is a threshold',
      filename,
      code: `
export const exact = () => ({ minScore: 80 });
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '80', context: 'for `minScore`' }, line: 2, column: 41, endLine: 2, endColumn: 43, suggestions: [{ messageId: 'extractConstant', data: { value: '80', name: 'MIN_SCORE' }, output: `
const MIN_SCORE = 80;
export const exact = () => ({ minScore: MIN_SCORE });
` }] }],
    },
    {
      name: 'a test of another value is not a fallback',
      filename,
      code: `
export function cookieAge(timeout: number, other?: number) {
  if (other == null) timeout = 2;
  return timeout;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '2', context: 'for `timeout`' }, line: 3, column: 32, endLine: 3, endColumn: 33, suggestions: [{ messageId: 'extractConstant', data: { value: '2', name: 'TIMEOUT' }, output: `
const TIMEOUT = 2;
export function cookieAge(timeout: number, other?: number) {
  if (other == null) timeout = TIMEOUT;
  return timeout;
}
` }] }],
    },
    {
      name: 'a member computed from itself is not replaced',
      filename,
      code: `
export function backoff(obj: { backoffTimer: number }) {
  obj.backoffTimer = 600_000;
  obj.backoffTimer = obj.backoffTimer * 2;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '600_000', context: 'for `backoffTimer`' }, line: 3, column: 22, endLine: 3, endColumn: 29, suggestions: [{ messageId: 'extractConstant', data: { value: '600_000', name: 'BACKOFF_TIMER' }, output: `
const BACKOFF_TIMER = 600_000;
export function backoff(obj: { backoffTimer: number }) {
  obj.backoffTimer = BACKOFF_TIMER;
  obj.backoffTimer = obj.backoffTimer * 2;
}
` }] }],
    },
    {
      name: 'a declared export placeholder replaces nothing',
      filename,
      code: `
exports.REGISTRY = void 0;
exports.REGISTRY = { heartbeatIntervalMs: 30_000 };
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '30_000', context: 'for `heartbeatIntervalMs`' }, line: 3, column: 43, endLine: 3, endColumn: 49, suggestions: [{ messageId: 'extractConstant', data: { value: '30_000', name: 'HEARTBEAT_INTERVAL_MS' }, output: `
const HEARTBEAT_INTERVAL_MS = 30_000;
exports.REGISTRY = void 0;
exports.REGISTRY = { heartbeatIntervalMs: HEARTBEAT_INTERVAL_MS };
` }] }],
    },
    {
      name: 'elapsed time that only uses a settings object',
      filename,
      code: `
export const stale = (settingsCache: { fetchedAt: number }) => Date.now() - settingsCache.fetchedAt > 60_000;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '60_000', context: 'compared with `Date.now() - settingsCache.fetchedAt`' }, line: 2, column: 103, endLine: 2, endColumn: 109, suggestions: [{ messageId: 'extractConstant', data: { value: '60_000', name: 'NOW_THRESHOLD' }, output: `
const NOW_THRESHOLD = 60_000;
export const stale = (settingsCache: { fetchedAt: number }) => Date.now() - settingsCache.fetchedAt > NOW_THRESHOLD;
` }] }],
    },
    {
      name: 'a cap on a value from options',
      filename,
      code: `
export const pageSize = (options: { limit: number }) => Math.min(options.limit, 100);
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '100', context: 'as the bound in `Math.min(options.limit, …)`' }, line: 2, column: 81, endLine: 2, endColumn: 84, suggestions: [{ messageId: 'extractConstant', data: { value: '100', name: 'MAX_LIMIT' }, output: `
const MAX_LIMIT = 100;
export const pageSize = (options: { limit: number }) => Math.min(options.limit, MAX_LIMIT);
` }] }],
    },
    {
      name: 'a size compared with a bound',
      filename,
      code: `
export const tooBig = (fileSize: number) => fileSize > 50;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '50', context: 'compared with `fileSize`' }, line: 2, column: 56, endLine: 2, endColumn: 58, suggestions: [{ messageId: 'extractConstant', data: { value: '50', name: 'FILE_SIZE_THRESHOLD' }, output: `
const FILE_SIZE_THRESHOLD = 50;
export const tooBig = (fileSize: number) => fileSize > FILE_SIZE_THRESHOLD;
` }] }],
    },
    {
      name: 'a kept timer before exit races the shutdown',
      filename,
      code: `
export function onSignal(shutdown: () => void) {
  setTimeout(() => process.exit(1), 3000).unref();
  shutdown();
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '3000', context: 'passed to `setTimeout`' }, line: 3, column: 37, endLine: 3, endColumn: 41, suggestions: [{ messageId: 'extractConstant', data: { value: '3000', name: 'DELAY_MS' }, output: `
const DELAY_MS = 3000;
export function onSignal(shutdown: () => void) {
  setTimeout(() => process.exit(1), DELAY_MS).unref();
  shutdown();
}
` }] }],
    },
    {
      name: 'a schema keyword outside a call',
      filename,
      code: `
export const bounds = { maximum: 100 };
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '100', context: 'for `maximum`' }, line: 2, column: 34, endLine: 2, endColumn: 37, suggestions: [{ messageId: 'extractConstant', data: { value: '100', name: 'MAXIMUM' }, output: `
const MAXIMUM = 100;
export const bounds = { maximum: MAXIMUM };
` }] }],
    },
    {
      name: 'a unit boundary without a unit',
      filename,
      code: `
export function freshness(ttl: number) {
  if (ttl < 60) return 'fresh';
  return 'stale';
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '60', context: 'compared with `ttl`' }, line: 3, column: 13, endLine: 3, endColumn: 15, suggestions: [{ messageId: 'extractConstant', data: { value: '60', name: 'TTL_THRESHOLD' }, output: `
const TTL_THRESHOLD = 60;
export function freshness(ttl: number) {
  if (ttl < TTL_THRESHOLD) return 'fresh';
  return 'stale';
}
` }] }],
    },
    {
      name: 'a table of named module constants, under checkNamedConstants',
      filename,
      options: [{ checkNamedConstants: true }],
      code: `
export const LIMITS = {
  MAX_MAILBOXES: 1500,
};
`,
      errors: [{ messageId: 'namedConstant', line: 3, column: 18, endLine: 3, endColumn: 22, suggestions: [] }],
    },
    {
      name: 'a lower-case key of a module-level object',
      filename,
      code: `
export const limits = {
  maxMailboxes: 1500,
};
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '1500', context: 'for `maxMailboxes`' }, line: 3, column: 17, endLine: 3, endColumn: 21, suggestions: [{ messageId: 'extractConstant', data: { value: '1500', name: 'MAX_MAILBOXES' }, output: `
const MAX_MAILBOXES = 1500;
export const limits = {
  maxMailboxes: MAX_MAILBOXES,
};
` }] }],
    },
    {
      name: 'the options of a call that is not a debounce',
      filename,
      code: `
export const limiter = (rateLimit: (options: object) => void) => rateLimit({ max: 100 });
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '100', context: 'for `max`' }, line: 2, column: 83, endLine: 2, endColumn: 86, suggestions: [{ messageId: 'extractConstant', data: { value: '100', name: 'MAX' }, output: `
const MAX = 100;
export const limiter = (rateLimit: (options: object) => void) => rateLimit({ max: MAX });
` }] }],
    },
    {
      name: 'a cap stored in a name that is not a percentage',
      filename,
      code: `
export function cap(discountAmount: number) {
  const discountCap = Math.min(discountAmount, 100);
  return discountCap;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '100', context: 'as the bound in `Math.min(discountAmount, …)`' }, line: 3, column: 48, endLine: 3, endColumn: 51, suggestions: [{ messageId: 'extractConstant', data: { value: '100', name: 'MAX_DISCOUNT_AMOUNT' }, output: `
const MAX_DISCOUNT_AMOUNT = 100;
export function cap(discountAmount: number) {
  const discountCap = Math.min(discountAmount, MAX_DISCOUNT_AMOUNT);
  return discountCap;
}
` }] }],
    },
    {
      name: 'a cap on a delay',
      filename,
      code: `
export const retryAfter = (retryDelay: number) => Math.min(1500, retryDelay);
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '1500', context: 'as the bound in `Math.min(retryDelay, …)`' }, line: 2, column: 60, endLine: 2, endColumn: 64, suggestions: [{ messageId: 'extractConstant', data: { value: '1500', name: 'MAX_RETRY_DELAY' }, output: `
const MAX_RETRY_DELAY = 1500;
export const retryAfter = (retryDelay: number) => Math.min(MAX_RETRY_DELAY, retryDelay);
` }] }],
    },
    {
      name: 'an upper bound without its lower bound in the chain',
      filename,
      code: `
export const valid = (sku: string, discount: number) => !(!sku || discount > 100);
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '100', context: 'compared with `discount`' }, line: 2, column: 78, endLine: 2, endColumn: 81, suggestions: [{ messageId: 'extractConstant', data: { value: '100', name: 'DISCOUNT_THRESHOLD' }, output: `
const DISCOUNT_THRESHOLD = 100;
export const valid = (sku: string, discount: number) => !(!sku || discount > DISCOUNT_THRESHOLD);
` }] }],
    },
  ],
});

// Compound assignments are arithmetic; a value set when the configuration lacks its key is a fallback.
ruleTester.run('no-hardcoded-threshold: compound assignments and missing-key fallbacks', rule, {
  valid: [
    {
      name: 'a compound assignment is arithmetic',
      filename,
      code: `
export function toMs(attemptWindow: number) {
  attemptWindow *= 1000;
  return attemptWindow;
}
`,
    },
    {
      name: 'a fallback when the setting lacks the key',
      filename,
      code: `
export function connect(mongoConfig: { connectTimeoutMS?: number }) {
  if (!mongoConfig.hasOwnProperty('connectTimeoutMS')) {
    mongoConfig.connectTimeoutMS = 300000;
  }
}
`,
    },
    {
      name: 'a fallback when the key is not in the setting',
      filename,
      code: `
export function connect(mongoConfig: { socketTimeoutMS?: number }) {
  if (!('socketTimeoutMS' in mongoConfig)) mongoConfig.socketTimeoutMS = 300000;
}
`,
    },
  ],
  invalid: [
    {
      name: 'a plain assignment of a threshold-named value',
      filename,
      code: `
export function toMs(options: { attemptWindow: number }) {
  options.attemptWindow = 1000;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '1000', context: 'for `attemptWindow`' }, line: 3, column: 27, endLine: 3, endColumn: 31, suggestions: [{ messageId: 'extractConstant', data: { value: '1000', name: 'ATTEMPT_WINDOW' }, output: `
const ATTEMPT_WINDOW = 1000;
export function toMs(options: { attemptWindow: number }) {
  options.attemptWindow = ATTEMPT_WINDOW;
}
` }] }],
    },
    {
      name: 'a test of another key is not a fallback',
      filename,
      code: `
export function connect(mongoConfig: { connectTimeoutMS?: number; poolSize?: number }) {
  if (!mongoConfig.hasOwnProperty('poolSize')) mongoConfig.connectTimeoutMS = 300000;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '300000', context: 'for `connectTimeoutMS`' }, line: 3, column: 79, endLine: 3, endColumn: 85, suggestions: [{ messageId: 'extractConstant', data: { value: '300000', name: 'CONNECT_TIMEOUT_MS' }, output: `
const CONNECT_TIMEOUT_MS = 300000;
export function connect(mongoConfig: { connectTimeoutMS?: number; poolSize?: number }) {
  if (!mongoConfig.hasOwnProperty('poolSize')) mongoConfig.connectTimeoutMS = CONNECT_TIMEOUT_MS;
}
` }] }],
    },
  ],
});

// A money total is a measure; a calendar unit is not, and its last value (59, 23, 11) is a fact.
ruleTester.run('no-hardcoded-threshold: money totals and calendar fields', rule, {
  valid: [
    {
      name: 'the last value of a calendar field',
      filename,
      code: `
export const invalidMinute = (minute: number) => minute > 59;
`,
    },
    {
      name: 'a duration named by its calendar unit picks a branch',
      filename,
      code: `
export const overdueTier = (daysOverdue: number) => (daysOverdue > 30 ? 'late' : 'due');
`,
    },
  ],
  invalid: [
    {
      name: 'a money total compared',
      filename,
      code: `
export const large = (order: { total: number }) => order.total > 500;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '500', context: 'compared with `order.total`' }, line: 2, column: 66, endLine: 2, endColumn: 69, suggestions: [{ messageId: 'extractConstant', data: { value: '500', name: 'TOTAL_THRESHOLD' }, output: `
const TOTAL_THRESHOLD = 500;
export const large = (order: { total: number }) => order.total > TOTAL_THRESHOLD;
` }] }],
    },
    {
      name: 'a value inside a calendar field',
      filename,
      options: [{ checkAllComparisons: true }],
      code: `
export const lateInHour = (minute: number) => minute > 45;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '45', context: 'compared with `minute`' }, line: 2, column: 56, endLine: 2, endColumn: 58, suggestions: [{ messageId: 'extractConstant', data: { value: '45', name: 'MINUTE_THRESHOLD' }, output: `
const MINUTE_THRESHOLD = 45;
export const lateInHour = (minute: number) => minute > MINUTE_THRESHOLD;
` }] }],
    },
  ],
});

// Each exemption kept to what it means: a wait that races a close, a label built from the value, a configuration object (not a user's settings), the same object, a test that the value is missing; private fields and accessors.
ruleTester.run('no-hardcoded-threshold: review mends (races, unit labels, user settings, scopes of members, presence checks, private fields)', rule, {
  valid: [
    {
      name: 'a fallback when the setting is missing, by a negated presence check',
      filename,
      code: `
export function apply(cfg: { retries?: number }) {
  if (!Number.isFinite(cfg.retries)) cfg.retries = 3;
}
`,
    },
    {
      name: 'a private field replaced from the constructor\'s options',
      filename,
      code: `
export class Client {
  #timeout = 5000;
  constructor(options: { timeout: number }) {
    this.#timeout = options.timeout;
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'a forced exit racing a close is a shutdown timeout',
      filename,
      code: `
export function onSigterm(server: { close(done: () => void): void }) {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(1), 5000);
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '5000', context: 'passed to `setTimeout`' }, line: 4, column: 37, endLine: 4, endColumn: 41, suggestions: [{ messageId: 'extractConstant', data: { value: '5000', name: 'DELAY_MS' }, output: `
const DELAY_MS = 5000;
export function onSigterm(server: { close(done: () => void): void }) {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(1), DELAY_MS);
}
` }] }],
    },
    {
      name: 'a message that mentions a unit is not a unit label',
      filename,
      code: `
export function throttle(lastSentAt: number) {
  if (Date.now() - lastSentAt < 60000) throw new Error('Please wait a minute');
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '60000', context: 'compared with `Date.now() - lastSentAt`' }, line: 3, column: 33, endLine: 3, endColumn: 38, suggestions: [{ messageId: 'extractConstant', data: { value: '60000', name: 'NOW_THRESHOLD' }, output: `
const NOW_THRESHOLD = 60000;
export function throttle(lastSentAt: number) {
  if (Date.now() - lastSentAt < NOW_THRESHOLD) throw new Error('Please wait a minute');
}
` }] }],
    },
    {
      name: 'a possessive s is not a unit',
      filename,
      code: `
export function approve(order: { total: number }) {
  if (order.total > 1000) throw new Error("Order exceeds the customer's approval limit");
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '1000', context: 'compared with `order.total`' }, line: 3, column: 21, endLine: 3, endColumn: 25, suggestions: [{ messageId: 'extractConstant', data: { value: '1000', name: 'TOTAL_THRESHOLD' }, output: `
const TOTAL_THRESHOLD = 1000;
export function approve(order: { total: number }) {
  if (order.total > TOTAL_THRESHOLD) throw new Error("Order exceeds the customer's approval limit");
}
` }] }],
    },
    {
      name: 'a user\'s settings are input',
      filename,
      code: `
export const tooMany = (req: { body: { settings: { maxProjects: number } } }) => req.body.settings.maxProjects > 50;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '50', context: 'compared with `req.body.settings.maxProjects`' }, line: 2, column: 114, endLine: 2, endColumn: 116, suggestions: [{ messageId: 'extractConstant', data: { value: '50', name: 'MAX_PROJECTS_THRESHOLD' }, output: `
const MAX_PROJECTS_THRESHOLD = 50;
export const tooMany = (req: { body: { settings: { maxProjects: number } } }) => req.body.settings.maxProjects > MAX_PROJECTS_THRESHOLD;
` }] }],
    },
    {
      name: 'elapsed time in another unit',
      filename,
      code: `
export const slow = (start: number) => (Date.now() - start) / 1000 > 30;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '30', context: 'compared with `(Date.now() - start) / 1000`' }, line: 2, column: 70, endLine: 2, endColumn: 72, suggestions: [{ messageId: 'extractConstant', data: { value: '30', name: 'NOW_THRESHOLD' }, output: `
const NOW_THRESHOLD = 30;
export const slow = (start: number) => (Date.now() - start) / 1000 > NOW_THRESHOLD;
` }] }],
    },
    {
      name: 'a same-named object in another function is another object',
      filename,
      code: `
export function first() {
  const params = { limit: 500 };
  return params;
}
export function second(params: { limit: number }, query: { limit: number }) {
  params.limit = query.limit;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '500', context: 'for `limit`' }, line: 3, column: 27, endLine: 3, endColumn: 30, suggestions: [{ messageId: 'extractConstant', data: { value: '500', name: 'LIMIT' }, output: `
const LIMIT = 500;
export function first() {
  const params = { limit: LIMIT };
  return params;
}
export function second(params: { limit: number }, query: { limit: number }) {
  params.limit = query.limit;
}
` }] }],
    },
    {
      name: 'another class\'s options',
      filename,
      code: `
export class Uploader {
  options: object;
  constructor() {
    this.options = { maxFileSize: 50_000_000 };
  }
}
export class Downloader {
  options: object = {};
  configure(o: object) {
    this.options = o;
  }
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '50_000_000', context: 'for `maxFileSize`' }, line: 5, column: 35, endLine: 5, endColumn: 45, suggestions: [{ messageId: 'extractConstant', data: { value: '50_000_000', name: 'MAX_FILE_SIZE' }, output: `
const MAX_FILE_SIZE = 50_000_000;
export class Uploader {
  options: object;
  constructor() {
    this.options = { maxFileSize: MAX_FILE_SIZE };
  }
}
export class Downloader {
  options: object = {};
  configure(o: object) {
    this.options = o;
  }
}
` }] }],
    },
    {
      name: 'a member changed by a call is still a decision',
      filename,
      code: `
declare function nextBackoff(attempt: number): number;
export class Retry {
  retryDelay = 0;
  failed = false;
  reset(attempt: number) {
    this.retryDelay = 2000;
    if (this.failed) this.retryDelay = nextBackoff(attempt);
  }
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '2000', context: 'for `retryDelay`' }, line: 7, column: 23, endLine: 7, endColumn: 27, suggestions: [{ messageId: 'extractConstant', data: { value: '2000', name: 'RETRY_DELAY' }, output: `
const RETRY_DELAY = 2000;
declare function nextBackoff(attempt: number): number;
export class Retry {
  retryDelay = 0;
  failed = false;
  reset(attempt: number) {
    this.retryDelay = RETRY_DELAY;
    if (this.failed) this.retryDelay = nextBackoff(attempt);
  }
}
` }] }],
    },
    {
      name: 'a client call with a schema keyword',
      filename,
      code: `
export const load = (client: { fetchBatch(o: object): void }) => client.fetchBatch({ maxItems: 500 });
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '500', context: 'for `maxItems`' }, line: 2, column: 96, endLine: 2, endColumn: 99, suggestions: [{ messageId: 'extractConstant', data: { value: '500', name: 'MAX_ITEMS' }, output: `
const MAX_ITEMS = 500;
export const load = (client: { fetchBatch(o: object): void }) => client.fetchBatch({ maxItems: MAX_ITEMS });
` }] }],
    },
    {
      name: 'a limiter\'s options',
      filename,
      code: `
export const limiter = (throttle: (o: object) => void) => throttle({ limit: 100 });
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '100', context: 'for `limit`' }, line: 2, column: 77, endLine: 2, endColumn: 80, suggestions: [{ messageId: 'extractConstant', data: { value: '100', name: 'LIMIT' }, output: `
const LIMIT = 100;
export const limiter = (throttle: (o: object) => void) => throttle({ limit: LIMIT });
` }] }],
    },
    {
      name: 'a test that the value is present is not a fallback',
      filename,
      code: `
export function apply(cfg: { timeout?: number }) {
  if (typeof cfg.timeout === 'number') cfg.timeout = 2000;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '2000', context: 'for `timeout`' }, line: 3, column: 54, endLine: 3, endColumn: 58, suggestions: [{ messageId: 'extractConstant', data: { value: '2000', name: 'TIMEOUT' }, output: `
const TIMEOUT = 2000;
export function apply(cfg: { timeout?: number }) {
  if (typeof cfg.timeout === 'number') cfg.timeout = TIMEOUT;
}
` }] }],
    },
    {
      name: 'a test that the value is defined is not a fallback',
      filename,
      code: `
export function apply(account: { maxSeats?: number }) {
  if (account.maxSeats !== undefined) account.maxSeats = 5;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '5', context: 'for `maxSeats`' }, line: 3, column: 58, endLine: 3, endColumn: 59, suggestions: [{ messageId: 'extractConstant', data: { value: '5', name: 'MAX_SEATS' }, output: `
const MAX_SEATS = 5;
export function apply(account: { maxSeats?: number }) {
  if (account.maxSeats !== undefined) account.maxSeats = MAX_SEATS;
}
` }] }],
    },
    {
      name: 'a cap stored as a count of rows',
      filename,
      code: `
export function rows(limit: string) {
  const maxRows = Math.min(Number(limit), 1000);
  return maxRows;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '1000', context: 'as the bound in `Math.min(Number(limit), …)`' }, line: 3, column: 43, endLine: 3, endColumn: 47, suggestions: [{ messageId: 'extractConstant', data: { value: '1000', name: 'MAX_NUMBER' }, output: `
const MAX_NUMBER = 1000;
export function rows(limit: string) {
  const maxRows = Math.min(Number(limit), MAX_NUMBER);
  return maxRows;
}
` }] }],
    },
    {
      name: 'a one-letter factor of a product is a quantity',
      filename,
      code: `
export const delay = (n: number) => Math.min(n * 1000, 30_000);
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '30_000', context: 'as the bound in `Math.min(n * 1000, …)`' }, line: 2, column: 56, endLine: 2, endColumn: 62, suggestions: [{ messageId: 'extractConstant', data: { value: '30_000', name: 'MAX_N' }, output: `
const MAX_N = 30_000;
export const delay = (n: number) => Math.min(n * 1000, MAX_N);
` }] }],
    },
    {
      name: 'a transition timeout',
      filename,
      code: `
export function arm() {
  const transitionTimeout = 30000;
  return transitionTimeout;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '30000', context: 'for `transitionTimeout`' }, line: 3, column: 29, endLine: 3, endColumn: 34, suggestions: [{ messageId: 'extractConstant', data: { value: '30000', name: 'TRANSITION_TIMEOUT' }, output: `
const TRANSITION_TIMEOUT = 30000;
export function arm() {
  const transitionTimeout = TRANSITION_TIMEOUT;
  return transitionTimeout;
}
` }] }],
    },
    {
      name: 'a passing score',
      filename,
      code: `
export function grade() {
  const passingScore = 70;
  return passingScore;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '70', context: 'for `passingScore`' }, line: 3, column: 24, endLine: 3, endColumn: 26, suggestions: [{ messageId: 'extractConstant', data: { value: '70', name: 'PASSING_SCORE' }, output: `
const PASSING_SCORE = 70;
export function grade() {
  const passingScore = PASSING_SCORE;
  return passingScore;
}
` }] }],
    },
    {
      name: 'a score cutoff',
      filename,
      code: `
export const policy = { fraudScoreCutoff: 0.8 };
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '0.8', context: 'for `fraudScoreCutoff`' }, line: 2, column: 43, endLine: 2, endColumn: 46, suggestions: [{ messageId: 'extractConstant', data: { value: '0.8', name: 'FRAUD_SCORE_CUTOFF' }, output: `
const FRAUD_SCORE_CUTOFF = 0.8;
export const policy = { fraudScoreCutoff: FRAUD_SCORE_CUTOFF };
` }] }],
    },
    {
      name: 'a range of another measure joined by and',
      filename,
      code: `
export const freeShipping = (order: { total: number; isWholesale: boolean }) => order.total > 0 && !order.isWholesale && order.total < 100;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '100', context: 'compared with `order.total`' }, line: 2, column: 136, endLine: 2, endColumn: 139, suggestions: [{ messageId: 'extractConstant', data: { value: '100', name: 'TOTAL_THRESHOLD' }, output: `
const TOTAL_THRESHOLD = 100;
export const freeShipping = (order: { total: number; isWholesale: boolean }) => order.total > 0 && !order.isWholesale && order.total < TOTAL_THRESHOLD;
` }] }],
    },
    {
      name: 'a private field',
      filename,
      code: `
export class Client {
  #maxRetries = 5;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '5', context: 'for `maxRetries`' }, line: 3, column: 17, endLine: 3, endColumn: 18, suggestions: [{ messageId: 'extractConstant', data: { value: '5', name: 'MAX_RETRIES' }, output: `
const MAX_RETRIES = 5;
export class Client {
  #maxRetries = MAX_RETRIES;
}
` }] }],
    },
    {
      name: 'an accessor',
      filename,
      code: `
export class Cache {
  accessor ttl = 30;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '30', context: 'for `ttl`' }, line: 3, column: 18, endLine: 3, endColumn: 20, suggestions: [{ messageId: 'extractConstant', data: { value: '30', name: 'TTL' }, output: `
const TTL = 30;
export class Cache {
  accessor ttl = TTL;
}
` }] }],
    },
  ],
});

// Compiled decorated classes are class expressions; an empty object is no override.
ruleTester.run('no-hardcoded-threshold: compiled static options', rule, {
  valid: [
    {
      name: 'static options of a compiled class expression that init replaces',
      filename,
      code: `
let Plugin = class Plugin {
  static init(options: object) {
    this.options = options;
    return Plugin;
  }
};
Plugin.options = { cacheSize: 10000 };
export { Plugin };
`,
    },
  ],
  invalid: [
    {
      name: 'an empty object written first does not override the options',
      filename,
      code: `
export class Git {
  gitOptions: object = {};
  setup() {
    this.gitOptions = { maxConcurrentProcesses: 6 };
  }
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '6', context: 'for `maxConcurrentProcesses`' }, line: 5, column: 49, endLine: 5, endColumn: 50, suggestions: [{ messageId: 'extractConstant', data: { value: '6', name: 'MAX_CONCURRENT_PROCESSES' }, output: `
const MAX_CONCURRENT_PROCESSES = 6;
export class Git {
  gitOptions: object = {};
  setup() {
    this.gitOptions = { maxConcurrentProcesses: MAX_CONCURRENT_PROCESSES };
  }
}
` }] }],
    },
  ],
});

// `error` mostly holds an HTTP status; a count of failures is a measure.
ruleTester.run('no-hardcoded-threshold: errors and failures', rule, {
  valid: [
    {
      name: 'an error that holds an HTTP status',
      filename,
      code: `
export const failed = (error: number) => error >= 400;
`,
    },
  ],
  invalid: [
    {
      name: 'a count of failures',
      filename,
      code: `
export const tripped = (failures: number) => failures >= 5;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '5', context: 'compared with `failures`' }, line: 2, column: 58, endLine: 2, endColumn: 59, suggestions: [{ messageId: 'extractConstant', data: { value: '5', name: 'FAILURES_THRESHOLD' }, output: `
const FAILURES_THRESHOLD = 5;
export const tripped = (failures: number) => failures >= FAILURES_THRESHOLD;
` }] }],
    },
  ],
});

// A decision is a round number (5000, 0.35, 25 MiB, 48 hours); 768, 255 * 1024 and 99999998 are facts of a layout, a format or a protocol.
ruleTester.run('no-hardcoded-threshold: values that look chosen, and chunk sizes', rule, {
  valid: [
    {
      name: 'a breakpoint that is not round: 768 px',
      filename,
      code: `
export const wide = (viewportSize: number) => viewportSize >= 768;
`,
    },
    {
      name: 'a two-digit bound that is neither small nor a multiple of five',
      filename,
      code: `
export const tooMany = (attempts: number) => attempts > 23;
`,
    },
    {
      name: 'a ratio with three digits',
      filename,
      code: `
export const isLate = (lagRatio: number) => lagRatio > 0.199;
`,
    },
    {
      name: 'a format number for a limit',
      filename,
      code: `
export const pairing = { maxRange: 99999998 };
`,
    },
    {
      name: 'KiB that are not round',
      filename,
      code: `
export const storage = { bufferSize: 255 * 1024 };
`,
    },
    {
      name: 'a power of two of KiB, like the buffers and windows of a protocol',
      filename,
      code: `
export const stream = { windowSize: 32 * 1024 };
`,
    },
    {
      name: 'a timer of a second and a quarter',
      filename,
      code: `
export function later(run: () => void) {
  return setTimeout(run, 1250);
}
`,
    },
    {
      name: 'a chunk size, how a stream is split',
      filename,
      code: `
export const upload = { chunkSizeBytes: 1024 * 1024 };
`,
    },
    {
      name: 'a count of hours that is not a calendar count',
      filename,
      code: `
export const window = { maxHours: 47 };
`,
    },
    {
      name: 'a count of minutes that is not a whole number of days',
      filename,
      code: `
export const cache = { maxAge: 10070 };
`,
    },
  ],
  invalid: [
    {
      name: 'a breakpoint that is not round, under checkUnroundValues',
      filename,
      options: [{ checkUnroundValues: true }],
      code: `
export const wide = (viewportSize: number) => viewportSize >= 768;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '768', context: 'compared with `viewportSize`' }, line: 2, column: 63, endLine: 2, endColumn: 66, suggestions: [{ messageId: 'extractConstant', data: { value: '768', name: 'VIEWPORT_SIZE_THRESHOLD' }, output: `
const VIEWPORT_SIZE_THRESHOLD = 768;
export const wide = (viewportSize: number) => viewportSize >= VIEWPORT_SIZE_THRESHOLD;
` }] }],
    },
    {
      name: 'a two-digit bound that is a multiple of five',
      filename,
      code: `
export const tooMany = (attempts: number) => attempts > 25;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '25', context: 'compared with `attempts`' }, line: 2, column: 57, endLine: 2, endColumn: 59, suggestions: [{ messageId: 'extractConstant', data: { value: '25', name: 'ATTEMPTS_THRESHOLD' }, output: `
const ATTEMPTS_THRESHOLD = 25;
export const tooMany = (attempts: number) => attempts > ATTEMPTS_THRESHOLD;
` }] }],
    },
    {
      name: 'any whole number up to twenty',
      filename,
      code: `
export const worker = { maxRetries: 17 };
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '17', context: 'for `maxRetries`' }, line: 2, column: 37, endLine: 2, endColumn: 39, suggestions: [{ messageId: 'extractConstant', data: { value: '17', name: 'MAX_RETRIES' }, output: `
const MAX_RETRIES = 17;
export const worker = { maxRetries: MAX_RETRIES };
` }] }],
    },
    {
      name: 'a ratio with two digits',
      filename,
      code: `
export const isLate = (lagRatio: number) => lagRatio > 0.15;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '0.15', context: 'compared with `lagRatio`' }, line: 2, column: 56, endLine: 2, endColumn: 60, suggestions: [{ messageId: 'extractConstant', data: { value: '0.15', name: 'LAG_RATIO_THRESHOLD' }, output: `
const LAG_RATIO_THRESHOLD = 0.15;
export const isLate = (lagRatio: number) => lagRatio > LAG_RATIO_THRESHOLD;
` }] }],
    },
    {
      name: 'two digits from a hundred up',
      filename,
      code: `
export const client = { timeout: 28000 };
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '28000', context: 'for `timeout`' }, line: 2, column: 34, endLine: 2, endColumn: 39, suggestions: [{ messageId: 'extractConstant', data: { value: '28000', name: 'TIMEOUT' }, output: `
const TIMEOUT = 28000;
export const client = { timeout: TIMEOUT };
` }] }],
    },
    {
      name: 'round KiB',
      filename,
      code: `
export const storage = { bufferSize: 500 * 1024 };
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '500', context: '* 1024 for `bufferSize`' }, line: 2, column: 38, endLine: 2, endColumn: 48, suggestions: [{ messageId: 'extractConstant', data: { value: '500 * 1024', name: 'BUFFER_SIZE' }, output: `
const BUFFER_SIZE = 500 * 1024;
export const storage = { bufferSize: BUFFER_SIZE };
` }] }],
    },
    {
      name: 'round MiB',
      filename,
      code: `
export const uploads = { maxUploadBytes: 25 * 1024 * 1024 };
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '25', context: '* 1024 * 1024 for `maxUploadBytes`' }, line: 2, column: 42, endLine: 2, endColumn: 58, suggestions: [{ messageId: 'extractConstant', data: { value: '25 * 1024 * 1024', name: 'MAX_UPLOAD_BYTES' }, output: `
const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
export const uploads = { maxUploadBytes: MAX_UPLOAD_BYTES };
` }] }],
    },
    {
      name: 'a timer of a second and a half',
      filename,
      code: `
export function later(run: () => void) {
  return setTimeout(run, 1500);
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '1500', context: 'passed to `setTimeout`' }, line: 3, column: 26, endLine: 3, endColumn: 30, suggestions: [{ messageId: 'extractConstant', data: { value: '1500', name: 'RUN_MS' }, output: `
const RUN_MS = 1500;
export function later(run: () => void) {
  return setTimeout(run, RUN_MS);
}
` }] }],
    },
    {
      name: 'a batch size, how much work is taken at once',
      filename,
      code: `
export const upload = { batchSize: 1000 };
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '1000', context: 'for `batchSize`' }, line: 2, column: 36, endLine: 2, endColumn: 40, suggestions: [{ messageId: 'extractConstant', data: { value: '1000', name: 'BATCH_SIZE' }, output: `
const BATCH_SIZE = 1000;
export const upload = { batchSize: BATCH_SIZE };
` }] }],
    },
    {
      name: 'a calendar count of hours',
      filename,
      code: `
export const window = { maxHours: 48 };
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '48', context: 'for `maxHours`' }, line: 2, column: 35, endLine: 2, endColumn: 37, suggestions: [{ messageId: 'extractConstant', data: { value: '48', name: 'MAX_HOURS' }, output: `
const MAX_HOURS = 48;
export const window = { maxHours: MAX_HOURS };
` }] }],
    },
    {
      name: 'a year of days in milliseconds',
      filename,
      code: `
export const session = { maxAge: 365 * 24 * 60 * 60 * 1000 };
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '365', context: '* 24 * 60 * 60 * 1000 for `maxAge`' }, line: 2, column: 34, endLine: 2, endColumn: 59, suggestions: [{ messageId: 'extractConstant', data: { value: '365 * 24 * 60 * 60 * 1000', name: 'MAX_AGE' }, output: `
const MAX_AGE = 365 * 24 * 60 * 60 * 1000;
export const session = { maxAge: MAX_AGE };
` }] }],
    },
    {
      name: 'a round count of minutes in milliseconds',
      filename,
      code: `
export const lock = { ttl: 90 * 60 * 1000 };
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '90', context: '* 60 * 1000 for `ttl`' }, line: 2, column: 28, endLine: 2, endColumn: 42, suggestions: [{ messageId: 'extractConstant', data: { value: '90 * 60 * 1000', name: 'TTL' }, output: `
const TTL = 90 * 60 * 1000;
export const lock = { ttl: TTL };
` }] }],
    },
    {
      name: 'a week of hours',
      filename,
      code: `
export const retention = { maxHours: 168 };
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '168', context: 'for `maxHours`' }, line: 2, column: 38, endLine: 2, endColumn: 41, suggestions: [{ messageId: 'extractConstant', data: { value: '168', name: 'MAX_HOURS' }, output: `
const MAX_HOURS = 168;
export const retention = { maxHours: MAX_HOURS };
` }] }],
    },
    {
      name: 'a week in minutes',
      filename,
      code: `
export const cache = { maxAge: 10080 };
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '10080', context: 'for `maxAge`' }, line: 2, column: 32, endLine: 2, endColumn: 37, suggestions: [{ messageId: 'extractConstant', data: { value: '10080', name: 'MAX_AGE' }, output: `
const MAX_AGE = 10080;
export const cache = { maxAge: MAX_AGE };
` }] }],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: ranges of valid input, fields set by their callers, display options', rule, {
  valid: [
    {
      name: 'an input checked against both ends of its range',
      filename,
      code: `
export function setAmount(amount: number) {
  if (amount < 5 || amount > 300) throw new Error('The amount must be between 5 and 300.');
  return amount;
}
`,
    },
    {
      name: 'a missing or out-of-range input, its lower bound not a sentinel',
      filename,
      code: `
export function setInterval(interval: number) {
  if (!interval || interval < 10 || interval > 24 * 60) throw new Error('between 10 and 1440 minutes');
  return interval;
}
`,
    },
    {
      name: 'a range of points in the test for out of range, from zero',
      filename,
      code: `
export function award(points: number) {
  if (points < 0 || points > 1000) throw new Error('Points must be between 0 and 1000.');
}
`,
    },
    {
      name: 'a field that a method sets from its caller',
      filename,
      code: `
export class Auction {
  minBid = 3000;
  setMinBid(amount: number) {
    this.minBid = amount;
  }
}
`,
    },
    {
      name: 'the options of a call that formats for display',
      filename,
      code: `
declare function formatPlayerList(options: { max: number }): string;
export const top = () => formatPlayerList({ max: 5 });
`,
    },
    {
      name: 'elapsed time within a second',
      filename,
      code: `
export const ago = (time: number) => (Date.now() - time > 1000 ? 'a while ago' : 'just now');
`,
    },
  ],
  invalid: [
    {
      name: 'a page size capped above a floor of one',
      filename,
      code: `
export function pageOf(limit: number) {
  if (limit < 1 || limit > 100) throw new Error('limit must be between 1 and 100');
  return limit;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '100', context: 'compared with `limit`' }, line: 3, column: 28, endLine: 3, endColumn: 31, suggestions: [{ messageId: 'extractConstant', data: { value: '100', name: 'LIMIT_THRESHOLD' }, output: `
const LIMIT_THRESHOLD = 100;
export function pageOf(limit: number) {
  if (limit < 1 || limit > LIMIT_THRESHOLD) throw new Error('limit must be between 1 and 100');
  return limit;
}
` }] }],
    },
    {
      name: 'a single bound on an input',
      filename,
      code: `
export function setAmount(amount: number) {
  if (amount > 300) throw new Error('The amount must be at most 300.');
  return amount;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '300', context: 'compared with `amount`' }, line: 3, column: 16, endLine: 3, endColumn: 19, suggestions: [{ messageId: 'extractConstant', data: { value: '300', name: 'AMOUNT_THRESHOLD' }, output: `
const AMOUNT_THRESHOLD = 300;
export function setAmount(amount: number) {
  if (amount > AMOUNT_THRESHOLD) throw new Error('The amount must be at most 300.');
  return amount;
}
` }] }],
    },
    {
      name: 'a field that only the class itself changes',
      filename,
      code: `
export class Auction {
  minBid = 3000;
  raise() {
    this.minBid = this.minBid * 2;
  }
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '3000', context: 'for `minBid`' }, line: 3, column: 12, endLine: 3, endColumn: 16, suggestions: [{ messageId: 'extractConstant', data: { value: '3000', name: 'MIN_BID' }, output: `
const MIN_BID = 3000;
export class Auction {
  minBid = MIN_BID;
  raise() {
    this.minBid = this.minBid * 2;
  }
}
` }] }],
    },
    {
      name: 'the options of a call that does not format',
      filename,
      code: `
declare function topPlayers(options: { max: number }): string[];
export const top = () => topPlayers({ max: 5 });
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '5', context: 'for `max`' }, line: 3, column: 44, endLine: 3, endColumn: 45, suggestions: [{ messageId: 'extractConstant', data: { value: '5', name: 'MAX' }, output: `
const MAX = 5;
declare function topPlayers(options: { max: number }): string[];
export const top = () => topPlayers({ max: MAX });
` }] }],
    },
    {
      name: 'elapsed time within ten seconds',
      filename,
      code: `
export const throttled = (lastRun: number) => Date.now() - lastRun < 10000;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '10000', context: 'compared with `Date.now() - lastRun`' }, line: 2, column: 70, endLine: 2, endColumn: 75, suggestions: [{ messageId: 'extractConstant', data: { value: '10000', name: 'NOW_THRESHOLD' }, output: `
const NOW_THRESHOLD = 10000;
export const throttled = (lastRun: number) => Date.now() - lastRun < NOW_THRESHOLD;
` }] }],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: configuredCalls, calls that let configuration override their numbers', rule, {
  valid: [
    {
      name: 'the options of a decorator named in configuredCalls',
      filename,
      options: [{ configuredCalls: ['cache'] }],
      code: `
declare function cache(options: { namespace: string; ttlMinutes: number }): MethodDecorator;
export class Releases {
  @cache({ namespace: 'releases', ttlMinutes: 30 })
  list() {
    return [];
  }
}
`,
    },
    {
      name: 'an argument of a method named in configuredCalls by its object and name',
      filename,
      options: [{ configuredCalls: ['packageCache.set'] }],
      code: `
declare const packageCache: { set(key: string, value: unknown, options: { ttlMinutes: number }): void };
export function remember(key: string, value: unknown) {
  packageCache.set(key, value, { ttlMinutes: 90 });
}
`,
    },
    {
      name: 'a call named in configuredCalls on this',
      filename,
      options: [{ configuredCalls: ['withCache'] }],
      code: `
export class Client {
  declare withCache: (options: { ttlMinutes: number }, run: () => void) => void;
  fetch(run: () => void) {
    this.withCache({ ttlMinutes: 30 }, run);
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'the options of a decorator that configuredCalls does not name',
      filename,
      code: `
declare function cache(options: { namespace: string; ttlMinutes: number }): MethodDecorator;
export class Releases {
  @cache({ namespace: 'releases', ttlMinutes: 30 })
  list() {
    return [];
  }
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '30', context: 'for `ttlMinutes`' }, line: 4, column: 47, endLine: 4, endColumn: 49, suggestions: [{ messageId: 'extractConstant', data: { value: '30', name: 'TTL_MINUTES' }, output: `
const TTL_MINUTES = 30;
declare function cache(options: { namespace: string; ttlMinutes: number }): MethodDecorator;
export class Releases {
  @cache({ namespace: 'releases', ttlMinutes: TTL_MINUTES })
  list() {
    return [];
  }
}
` }] }],
    },
    {
      name: 'another method of the object named in configuredCalls',
      filename,
      options: [{ configuredCalls: ['packageCache.set'] }],
      code: `
declare const packageCache: { setWithTtl(key: string, value: unknown, options: { ttlMinutes: number }): void };
export function remember(key: string, value: unknown) {
  packageCache.setWithTtl(key, value, { ttlMinutes: 90 });
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '90', context: 'for `ttlMinutes`' }, line: 4, column: 53, endLine: 4, endColumn: 55, suggestions: [{ messageId: 'extractConstant', data: { value: '90', name: 'TTL_MINUTES' }, output: `
const TTL_MINUTES = 90;
declare const packageCache: { setWithTtl(key: string, value: unknown, options: { ttlMinutes: number }): void };
export function remember(key: string, value: unknown) {
  packageCache.setWithTtl(key, value, { ttlMinutes: TTL_MINUTES });
}
` }] }],
    },
    {
      name: 'a number inside a function passed to a call named in configuredCalls',
      filename,
      options: [{ configuredCalls: ['withCache'] }],
      code: `
declare function withCache(options: { ttlMinutes: number }, run: () => void): void;
export function load(fetchAll: (options: { timeout: number }) => void) {
  withCache({ ttlMinutes: 30 }, () => fetchAll({ timeout: 8000 }));
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '8000', context: 'for `timeout`' }, line: 4, column: 59, endLine: 4, endColumn: 63, suggestions: [{ messageId: 'extractConstant', data: { value: '8000', name: 'TIMEOUT' }, output: `
const TIMEOUT = 8000;
declare function withCache(options: { ttlMinutes: number }, run: () => void): void;
export function load(fetchAll: (options: { timeout: number }) => void) {
  withCache({ ttlMinutes: 30 }, () => fetchAll({ timeout: TIMEOUT }));
}
` }] }],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: review of ranges, setters, formatting calls and guard words', rule, {
  valid: [
    {
      name: 'an input out of range written as not within it',
      filename,
      code: `
export function setAmount(amount: number) {
  if (!(amount >= 5 && amount <= 300)) throw new Error('The amount must be between 5 and 300.');
  return amount;
}
`,
    },
    {
      name: 'a range whose test answers with an error',
      filename,
      code: `
declare const chat: { errorReply(text: string): void };
export function setPoints(points: number) {
  if (points < 10 || points > 1000) return chat.errorReply('Points must be between 10 and 1000.');
  return points;
}
`,
    },
    {
      name: 'a field a configure method sets from its options',
      filename,
      code: `
export class Client {
  timeout = 30000;
  configure(options: { timeout: number }) {
    this.timeout = options.timeout;
  }
}
`,
    },
    {
      name: 'a guard named by a bound word and depth',
      filename,
      code: `
export const queue = { maxQueueDepth: 1000 };
`,
    },
    {
      name: 'a new expression named in configuredCalls',
      filename,
      options: [{ configuredCalls: ['PackageHttpCacheProvider'] }],
      code: `
declare class PackageHttpCacheProvider { constructor(options: { ttlMinutes: number }) }
export const provider = new PackageHttpCacheProvider({ ttlMinutes: 90 });
`,
    },
  ],
  invalid: [
    {
      name: 'a band that picks what happens, written as out of range',
      filename,
      code: `
declare function scaleOut(): void;
export function watch(cpuScore: number) {
  if (cpuScore < 1 || cpuScore > 80) scaleOut();
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '80', context: 'compared with `cpuScore`' }, line: 4, column: 34, endLine: 4, endColumn: 36, suggestions: [{ messageId: 'extractConstant', data: { value: '80', name: 'CPU_SCORE_THRESHOLD' }, output: `
const CPU_SCORE_THRESHOLD = 80;
declare function scaleOut(): void;
export function watch(cpuScore: number) {
  if (cpuScore < 1 || cpuScore > CPU_SCORE_THRESHOLD) scaleOut();
}
` }] }],
    },
    {
      name: 'a page size capped above a floor of one, on a member of limits',
      filename,
      code: `
export function pageOf(limits: { page: number }) {
  if (limits.page < 1 || limits.page > 100) throw new Error('page must be between 1 and 100');
  return limits.page;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '100', context: 'compared with `limits.page`' }, line: 3, column: 40, endLine: 3, endColumn: 43, suggestions: [{ messageId: 'extractConstant', data: { value: '100', name: 'PAGE_THRESHOLD' }, output: `
const PAGE_THRESHOLD = 100;
export function pageOf(limits: { page: number }) {
  if (limits.page < 1 || limits.page > PAGE_THRESHOLD) throw new Error('page must be between 1 and 100');
  return limits.page;
}
` }] }],
    },
    {
      name: 'elapsed time in seconds compared with a thousand',
      filename,
      code: `
export const stale = (start: number) => (Date.now() - start) / 1000 > 1000;
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '1000', context: 'compared with `(Date.now() - start) / 1000`' }, line: 2, column: 71, endLine: 2, endColumn: 75, suggestions: [{ messageId: 'extractConstant', data: { value: '1000', name: 'NOW_THRESHOLD' }, output: `
const NOW_THRESHOLD = 1000;
export const stale = (start: number) => (Date.now() - start) / 1000 > NOW_THRESHOLD;
` }] }],
    },
    {
      name: 'a request option inside the argument of a formatting call',
      filename,
      code: `
declare function formatResponse(body: unknown): string;
declare function fetchJson(url: string, options: { timeout: number }): Promise<unknown>;
export const show = async (url: string) => formatResponse(await fetchJson(url, { timeout: 30000 }));
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '30000', context: 'for `timeout`' }, line: 4, column: 91, endLine: 4, endColumn: 96, suggestions: [{ messageId: 'extractConstant', data: { value: '30000', name: 'TIMEOUT' }, output: `
const TIMEOUT = 30000;
declare function formatResponse(body: unknown): string;
declare function fetchJson(url: string, options: { timeout: number }): Promise<unknown>;
export const show = async (url: string) => formatResponse(await fetchJson(url, { timeout: TIMEOUT }));
` }] }],
    },
    {
      name: 'an option of a call whose name has label in it',
      filename,
      code: `
declare function addLabel(options: { name: string; maxAge: number }): void;
export const mark = () => addLabel({ name: 'stale', maxAge: 45 });
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '45', context: 'for `maxAge`' }, line: 3, column: 61, endLine: 3, endColumn: 63, suggestions: [{ messageId: 'extractConstant', data: { value: '45', name: 'MAX_AGE' }, output: `
const MAX_AGE = 45;
declare function addLabel(options: { name: string; maxAge: number }): void;
export const mark = () => addLabel({ name: 'stale', maxAge: MAX_AGE });
` }] }],
    },
    {
      name: 'a field a response handler updates',
      filename,
      code: `
export class Poller {
  interval = 5000;
  onResponse(res: { headers: { retryAfter: number } }) {
    this.interval = res.headers.retryAfter;
  }
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '5000', context: 'for `interval`' }, line: 3, column: 14, endLine: 3, endColumn: 18, suggestions: [{ messageId: 'extractConstant', data: { value: '5000', name: 'INTERVAL' }, output: `
const INTERVAL = 5000;
export class Poller {
  interval = INTERVAL;
  onResponse(res: { headers: { retryAfter: number } }) {
    this.interval = res.headers.retryAfter;
  }
}
` }] }],
    },
    {
      name: 'a field whose only setter writes another object',
      filename,
      code: `
export class Client {
  timeout = 30000;
  api() {
    return {
      set(t: number) {
        this.timeout = t;
      },
    };
  }
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '30000', context: 'for `timeout`' }, line: 3, column: 13, endLine: 3, endColumn: 18, suggestions: [{ messageId: 'extractConstant', data: { value: '30000', name: 'TIMEOUT' }, output: `
const TIMEOUT = 30000;
export class Client {
  timeout = TIMEOUT;
  api() {
    return {
      set(t: number) {
        this.timeout = t;
      },
    };
  }
}
` }] }],
    },
    {
      name: 'an instance field written only by a static configure',
      filename,
      code: `
export class Client {
  timeout = 30000;
  static configure(t: number) {
    this.timeout = t;
  }
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '30000', context: 'for `timeout`' }, line: 3, column: 13, endLine: 3, endColumn: 18, suggestions: [{ messageId: 'extractConstant', data: { value: '30000', name: 'TIMEOUT' }, output: `
const TIMEOUT = 30000;
export class Client {
  timeout = TIMEOUT;
  static configure(t: number) {
    this.timeout = t;
  }
}
` }] }],
    },
    {
      name: 'a timeout of an iteration',
      filename,
      code: `
export function run() {
  const iterationTimeoutMs = 30000;
  return iterationTimeoutMs;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '30000', context: 'for `iterationTimeoutMs`' }, line: 3, column: 30, endLine: 3, endColumn: 35, suggestions: [{ messageId: 'extractConstant', data: { value: '30000', name: 'ITERATION_TIMEOUT_MS' }, output: `
const ITERATION_TIMEOUT_MS = 30000;
export function run() {
  const iterationTimeoutMs = ITERATION_TIMEOUT_MS;
  return iterationTimeoutMs;
}
` }] }],
    },
    {
      name: 'a guard word the user made a threshold word',
      filename,
      options: [{ thresholdNames: ['depth'] }],
      code: `
export const queue = { maxQueueDepth: 1000 };
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '1000', context: 'for `maxQueueDepth`' }, line: 2, column: 39, endLine: 2, endColumn: 43, suggestions: [{ messageId: 'extractConstant', data: { value: '1000', name: 'MAX_QUEUE_DEPTH' }, output: `
const MAX_QUEUE_DEPTH = 1000;
export const queue = { maxQueueDepth: MAX_QUEUE_DEPTH };
` }] }],
    },
    {
      name: 'a class passed to a call named in configuredCalls',
      filename,
      options: [{ configuredCalls: ['cache'] }],
      code: `
declare function cache(options: { ttlMinutes: number }, worker: unknown): void;
cache({ ttlMinutes: 90 }, class {
  maxRetries = 5;
});
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '5', context: 'for `maxRetries`' }, line: 4, column: 16, endLine: 4, endColumn: 17, suggestions: [{ messageId: 'extractConstant', data: { value: '5', name: 'MAX_RETRIES' }, output: `
const MAX_RETRIES = 5;
declare function cache(options: { ttlMinutes: number }, worker: unknown): void;
cache({ ttlMinutes: 90 }, class {
  maxRetries = MAX_RETRIES;
});
` }] }],
    },
  ],
});

ruleTester.run('no-hardcoded-threshold: constants that hold configuration', rule, {
  valid: [
    {
      name: 'a constant that holds a configuration value through a conversion',
      filename,
      code: `
declare const config: { prHourlyLimit: string };
declare function coerceNumber(value: unknown): number;
export function note(throttled: number) {
  const prHourlyLimit = coerceNumber(config.prHourlyLimit);
  return prHourlyLimit < 5 && prHourlyLimit < throttled ? 'limited' : '';
}
`,
    },
    {
      name: 'a constant destructured from the configuration',
      filename,
      code: `
declare const config: { retries: number };
export function check() {
  const { retries } = config;
  if (retries > 5) return 'many retries';
  return '';
}
`,
    },
  ],
  invalid: [
    {
      name: 'a constant that holds a request value through a conversion',
      filename,
      code: `
declare function coerceNumber(value: unknown): number;
export function page(query: { limit: string }) {
  const limit = coerceNumber(query.limit);
  return limit > 100 ? 100 : limit;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '100', context: 'compared with `limit`' }, line: 5, column: 18, endLine: 5, endColumn: 21, suggestions: [{ messageId: 'extractConstant', data: { value: '100', name: 'LIMIT_THRESHOLD' }, output: `
const LIMIT_THRESHOLD = 100;
declare function coerceNumber(value: unknown): number;
export function page(query: { limit: string }) {
  const limit = coerceNumber(query.limit);
  return limit > LIMIT_THRESHOLD ? 100 : limit;
}
` }] }],
    },
    {
      name: 'a variable that once held a configuration value',
      filename,
      code: `
declare const config: { retries: number };
export function check(extra: number) {
  let retries = config.retries;
  retries += extra;
  return retries > 5;
}
`,
      errors: [{ messageId: 'hardcodedThreshold', data: { value: '5', context: 'compared with `retries`' }, line: 6, column: 20, endLine: 6, endColumn: 21, suggestions: [{ messageId: 'extractConstant', data: { value: '5', name: 'RETRIES_THRESHOLD' }, output: `
const RETRIES_THRESHOLD = 5;
declare const config: { retries: number };
export function check(extra: number) {
  let retries = config.retries;
  retries += extra;
  return retries > RETRIES_THRESHOLD;
}
` }] }],
    },
  ],
});
