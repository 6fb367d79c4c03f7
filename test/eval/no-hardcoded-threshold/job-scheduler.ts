// path: src/services/job-scheduler.ts
import { Queue, Worker, type Job } from 'bullmq';
import { logger } from '../lib/logger';
import { sendDigest } from './digest';

const connection = {
  host: process.env.REDIS_HOST ?? 'localhost',
  port: Number(process.env.REDIS_PORT ?? 6379),
};

export const digestQueue = new Queue('digest', {
  connection,
  defaultJobOptions: {
    attempts: 5, // expect: no-hardcoded-threshold
    backoff: { type: 'exponential', delay: 2000 }, // expect: no-hardcoded-threshold
    removeOnComplete: true,
  },
});

export async function scheduleDigests(): Promise<void> {
  await digestQueue.add('daily', {}, { repeat: { pattern: '0 7 * * *', tz: 'UTC' }, jobId: 'daily-digest' });
}

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export const digestWorker = new Worker(
  'digest',
  async (job: Job<{ userIds: string[] }>) => {
    const batches = chunk(job.data.userIds, 100); // expect: no-hardcoded-threshold
    for (const [index, batch] of batches.entries()) {
      await Promise.all(batch.map((id) => sendDigest(id)));
      await job.updateProgress(Math.round(((index + 1) / batches.length) * 100));
    }
    return { sent: job.data.userIds.length, batches: batches.length };
  },
  {
    connection,
    concurrency: 4, // expect: no-hardcoded-threshold
  },
);

digestWorker.on('failed', (job, error) => {
  if (!job) return;
  const exhausted = job.attemptsMade >= (job.opts.attempts ?? 1);
  logger[exhausted ? 'error' : 'warn'](`digest ${job.id} failed (attempt ${job.attemptsMade}): ${error.message}`);
});

export function nextRunAt(now: Date, hourUtc: number): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc, 0, 0));
  if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

export function isWeekend(date: Date): boolean {
  const day = date.getUTCDay();
  return day === 0 || day === 6;
}

export function staleLock(lockedAt: Date, now: Date): boolean {
  return now.getTime() - lockedAt.getTime() > 15 * 60 * 1000; // expect: no-hardcoded-threshold
}

export function jitter(ms: number): number {
  return ms + Math.floor(Math.random() * ms * 0.1);
}

export function formatDuration(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0) return `${hours}h ${String(minutes).padStart(2, '0')}m`;
  if (minutes > 0) return `${minutes}m ${String(seconds).padStart(2, '0')}s`;
  return `${seconds}s`;
}

export async function drain(queue: Queue): Promise<void> {
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed');
  const pending = counts.waiting + counts.active + counts.delayed;
  if (pending > 10_000) logger.warn(`digest backlog: ${pending} jobs`); // expect: no-hardcoded-threshold
  await queue.drain(true);
}
