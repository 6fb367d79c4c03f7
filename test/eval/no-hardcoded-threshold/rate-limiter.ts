// path: src/services/rate-limiter.ts
import type { NextFunction, Request, Response } from 'express';

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly capacity = 60; // expect: no-hardcoded-threshold
  private readonly refillPerSecond = this.capacity / 60;

  take(key: string, now = Date.now()): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, updatedAt: now };
    const elapsedSeconds = (now - bucket.updatedAt) / 1000;
    bucket.tokens = Math.min(this.capacity, bucket.tokens + elapsedSeconds * this.refillPerSecond);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  retryAfterSeconds(key: string): number {
    const bucket = this.buckets.get(key);
    if (!bucket) return 0;
    return Math.ceil((1 - bucket.tokens) / this.refillPerSecond);
  }

  startSweeper(): NodeJS.Timeout {
    return setInterval(() => this.sweep(Date.now()), 5 * 60 * 1000); // expect: no-hardcoded-threshold
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.updatedAt > 10 * 60 * 1000) this.buckets.delete(key); // expect: no-hardcoded-threshold
    }
  }
}

export function slidingWindow(timestamps: number[], now: number): { allowed: boolean; remaining: number; resetAt: number } {
  const windowMs = 60_000; // expect: no-hardcoded-threshold
  const maxRequests = 100; // expect: no-hardcoded-threshold
  const recent = timestamps.filter((t) => now - t < windowMs);
  const oldest = recent.length > 0 ? Math.min(...recent) : now;
  return { allowed: recent.length < maxRequests, remaining: Math.max(0, maxRequests - recent.length - 1), resetAt: oldest + windowMs };
}

export function setRateLimitHeaders(res: Response, limit: number, remaining: number, resetAt: number): void {
  res.setHeader('X-RateLimit-Limit', String(limit));
  res.setHeader('X-RateLimit-Remaining', String(Math.max(0, remaining)));
  res.setHeader('X-RateLimit-Reset', String(Math.ceil(resetAt / 1000)));
}

export function parseRetryAfter(header: string | undefined, now: Date): number {
  if (!header) return 0;
  const seconds = Number.parseInt(header, 10);
  if (!Number.isNaN(seconds)) return seconds * 1000;
  return Math.max(0, new Date(header).getTime() - now.getTime());
}

export function isThrottled(status: number): boolean {
  return status === 429 || status === 503;
}

export function clientKey(req: Request): string {
  const forwarded = req.headers['x-forwarded-for'];
  const first = Array.isArray(forwarded) ? forwarded[0] : forwarded?.split(',')[0];
  return (first ?? req.ip ?? 'anonymous').trim();
}

export function rateLimit(limiter: TokenBucketLimiter) {
  return (req: Request, res: Response, next: NextFunction) => {
    const key = clientKey(req);
    if (limiter.take(key)) return next();
    res.setHeader('Retry-After', String(limiter.retryAfterSeconds(key)));
    return res.status(429).json({ error: 'Too many requests' });
  };
}

export function loginLockout(failures: number): number {
  if (failures < 5) return 0; // expect: no-hardcoded-threshold
  return Math.min(2 ** (failures - 5) * 30, 3600); // expect: no-hardcoded-threshold
}
