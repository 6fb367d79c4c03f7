// path: src/services/feature-rollout.ts
import { createHash } from 'node:crypto';
import { settings } from '../config/settings';
import { flagStore } from '../db/flags';

export interface Flag {
  key: string;
  enabled: boolean;
  rolloutPercent: number;
  allowList: string[];
  minAppVersion?: string;
}

const flagCache = new Map<string, { flag: Flag; loadedAt: number }>();
const CACHE_TTL_MS = 30_000; // expect-strict: no-hardcoded-threshold

export function bucketOf(userId: string, flagKey: string): number {
  const digest = createHash('sha256').update(`${flagKey}:${userId}`).digest('hex');
  return Number.parseInt(digest.slice(0, 8), 16) % 100;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

export function isEnabled(flag: Flag, userId: string, appVersion: string): boolean {
  if (!flag.enabled) return false;
  if (flag.allowList.includes(userId)) return true;
  if (flag.minAppVersion && compareVersions(appVersion, flag.minAppVersion) < 0) return false;
  if (flag.rolloutPercent >= 100) return true;
  if (flag.rolloutPercent <= 0) return false;
  return bucketOf(userId, flag.key) < flag.rolloutPercent;
}

export function validateFlag(flag: Flag): string[] {
  const errors: string[] = [];
  if (flag.rolloutPercent < 0 || flag.rolloutPercent > 100) errors.push('rolloutPercent must be between 0 and 100');
  if (!/^[a-z0-9-]+$/.test(flag.key)) errors.push('key must be kebab-case');
  return errors;
}

export function inBetaCohort(signedUpAt: Date, now: Date): boolean {
  const accountAgeDays = (now.getTime() - signedUpAt.getTime()) / 86_400_000;
  return accountAgeDays >= 30; // expect: no-hardcoded-threshold
}

export function nextRolloutStep(current: number, errorRate: number): number {
  if (errorRate > 0.02) return 0; // expect: no-hardcoded-threshold
  return settings.rollout.steps.find((step) => step > current) ?? 100;
}

export async function loadFlag(key: string, now = Date.now()): Promise<Flag | undefined> {
  const cached = flagCache.get(key);
  if (cached && now - cached.loadedAt < CACHE_TTL_MS) return cached.flag;
  const flag = await flagStore.get(key);
  if (flag) flagCache.set(key, { flag, loadedAt: now });
  return flag;
}

export function exposureShare(exposed: number, total: number): string {
  if (total === 0) return '0%';
  return `${((exposed / total) * 100).toFixed(1)}%`;
}
