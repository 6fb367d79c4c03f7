// path: src/services/fraud-scoring.ts
import { redis } from '../db/redis';

export interface Transaction {
  id: string;
  cardFingerprint: string;
  amountCents: number;
  country: string;
  ipCountry: string;
  lat: number;
  lng: number;
  createdAt: Date;
}

export type Decision = 'allow' | 'review' | 'block';

const WEIGHTS = { velocity: 0.4, geo: 0.35, amount: 0.25 } as const;
const EARTH_RADIUS_KM = 6371;
const VELOCITY_WINDOW_SECONDS = 60 * 60; // expect-strict: no-hardcoded-threshold

export function haversineKm(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const toRad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = toRad(bLat - aLat);
  const dLng = toRad(bLng - aLng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(aLat)) * Math.cos(toRad(bLat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

export function validCoordinates(tx: Transaction): boolean {
  return tx.lat >= -90 && tx.lat <= 90 && tx.lng >= -180 && tx.lng <= 180;
}

export async function recentAttempts(fingerprint: string): Promise<number> {
  const key = `velocity:${fingerprint}`;
  const count = await redis.incr(key);
  if (count === 1) await redis.expire(key, VELOCITY_WINDOW_SECONDS);
  return count;
}

function velocitySignal(count: number): number {
  if (count <= 1) return 0;
  return Math.min(1, Math.log2(count) / 4);
}

function amountSignal(amountCents: number, typicalCents: number): number {
  if (typicalCents === 0) return 0.5;
  const ratio = amountCents / typicalCents;
  return ratio > 3 ? 1 : ratio / 3; // expect: no-hardcoded-threshold
}

export function riskScore(tx: Transaction, attempts: number, typicalCents: number): number {
  const geo = tx.country === tx.ipCountry ? 0 : 1;
  const total =
    WEIGHTS.velocity * velocitySignal(attempts) + WEIGHTS.geo * geo + WEIGHTS.amount * amountSignal(tx.amountCents, typicalCents);
  return Math.round(total * 1000) / 1000;
}

export function decide(score: number): Decision {
  if (score >= 0.85) return 'block'; // expect: no-hardcoded-threshold
  if (score >= 0.6) return 'review'; // expect: no-hardcoded-threshold
  return 'allow';
}

export function impossibleTravel(prev: Transaction, next: Transaction): boolean {
  const hours = (next.createdAt.getTime() - prev.createdAt.getTime()) / 3_600_000;
  if (hours <= 0) return false;
  const speedKmh = haversineKm(prev.lat, prev.lng, next.lat, next.lng) / hours;
  return speedKmh > 900; // expect: no-hardcoded-threshold
}

export function explain(tx: Transaction, score: number): string {
  const pct = Math.round(score * 100);
  const when = tx.createdAt.toISOString().slice(0, 19).replace('T', ' ');
  return `${tx.id} at ${when}: risk ${pct}% (${tx.country}/${tx.ipCountry})`;
}

export function isDeclineCode(status: number): boolean {
  return status === 402 || status === 451;
}
