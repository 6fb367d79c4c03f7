// path: src/services/billing.ts
import axios, { type AxiosError } from 'axios';
import { db } from '../db/client';
import { logger } from '../lib/logger';
import { sleep } from '../lib/sleep';

export interface Usage {
  accountId: string;
  apiCalls: number;
  storageBytes: number;
  seats: number;
}

export interface Invoice {
  id: string;
  accountId: string;
  amountDueCents: number;
  currency: string;
  attemptCount: number;
  createdAt: Date;
}

const CENTS_PER_DOLLAR = 100;
const MAX_FREE_API_CALLS = 10_000; // expect-strict: no-hardcoded-threshold
const ZERO_DECIMAL_CURRENCIES = new Set(['JPY', 'KRW', 'VND']);

const payments = axios.create({
  baseURL: process.env.PAYMENTS_API_URL,
  timeout: 10_000, // expect: no-hardcoded-threshold
  headers: { 'Content-Type': 'application/json' },
});

function isRetryable(error: AxiosError): boolean {
  const status = error.response?.status;
  if (status === undefined) return error.code === 'ECONNRESET' || error.code === 'ETIMEDOUT';
  return status === 429 || status >= 500;
}

export async function withRetry<T>(call: () => Promise<T>, maxAttempts = 3): Promise<T> { // expect: no-hardcoded-threshold
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= maxAttempts || !isRetryable(error as AxiosError)) throw error;
      const backoffMs = 250 * 2 ** (attempt - 1);
      await sleep(Math.min(backoffMs, 8000) + Math.floor(Math.random() * 100)); // expect: no-hardcoded-threshold
    }
  }
}

export function formatMoney(cents: number, currency = 'USD'): string {
  const major = ZERO_DECIMAL_CURRENCIES.has(currency) ? cents : cents / CENTS_PER_DOLLAR;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(major);
}

export function daysInMonth(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth() + 1, 0).getDate();
}

export function prorate(amountCents: number, daysUsed: number, date: Date): number {
  const days = daysInMonth(date);
  if (days <= 0) return 0;
  return Math.round((amountCents * daysUsed) / days);
}

export function storageGb(usage: Usage): number {
  return Math.round((usage.storageBytes / 1024 ** 3) * 100) / 100;
}

export function overageCalls(usage: Usage): number {
  return Math.max(0, usage.apiCalls - MAX_FREE_API_CALLS);
}

export function needsSeatUpgrade(usage: Usage): boolean {
  return usage.seats > 25; // expect: no-hardcoded-threshold
}

export function taxCents(subtotalCents: number, taxRatePercent: number): number {
  if (taxRatePercent < 0 || taxRatePercent > 100) throw new RangeError('tax rate must be a percentage');
  return Math.round((subtotalCents * taxRatePercent) / 100);
}

export function shouldRetryCharge(invoice: Invoice): boolean {
  if (invoice.amountDueCents === 0) return false;
  return invoice.attemptCount < 4; // expect: no-hardcoded-threshold
}

export function needsManualReview(invoice: Invoice): boolean {
  return invoice.amountDueCents >= 500_000; // expect: no-hardcoded-threshold
}

export function invoiceNumber(sequence: number, year: number): string {
  return `INV-${year}-${String(sequence).padStart(6, '0')}`;
}

export function nextBillingDate(from: Date): Date {
  const next = new Date(from);
  next.setMonth(next.getMonth() + 1);
  next.setHours(0, 0, 0, 0);
  return next;
}

export function last4(cardNumber: string): string {
  return cardNumber.replace(/\D/g, '').slice(-4);
}

export async function listInvoices(accountId: string, page: number, perPage: number) {
  const offset = (page - 1) * perPage;
  const [rows, total] = await Promise.all([
    db.invoice.findMany({ where: { accountId }, skip: offset, take: perPage, orderBy: { createdAt: 'desc' } }),
    db.invoice.count({ where: { accountId } }),
  ]);
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return { rows, page, totalPages, hasNext: page < totalPages };
}

export async function chargeInvoice(invoice: Invoice, idempotencyKey: string) {
  if (!Number.isInteger(invoice.amountDueCents) || invoice.amountDueCents <= 0) throw new RangeError('amount must be a positive number of cents');
  const { data } = await withRetry(() =>
    payments.post<{ id: string; status: string }>(
      '/charges',
      { amount: invoice.amountDueCents, currency: invoice.currency.toLowerCase(), metadata: { invoiceId: invoice.id } },
      { headers: { 'Idempotency-Key': idempotencyKey } },
    ),
  );
  if (data.status !== 'succeeded') logger.warn(`charge for ${invoice.id} is ${data.status}`);
  return data;
}

export async function listCharges(cursor?: string) {
  const { data } = await withRetry(() =>
    payments.get<{ data: { id: string; amount: number }[]; has_more: boolean }>('/charges', {
      params: { limit: 100, starting_after: cursor }, // expect: no-hardcoded-threshold
    }),
  );
  return data;
}

export function describePaymentError(error: AxiosError): string {
  const status = error.response?.status;
  if (status === 401 || status === 403) return 'the payments API rejected our credentials';
  if (status === 404) return 'charge not found';
  if (status !== undefined && status >= 500) return `the payments API is failing (${status})`;
  return error.message.slice(0, 200);
}
