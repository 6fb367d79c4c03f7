// path: src/services/cache-warmer.ts
import axios from 'axios';
import Redis from 'ioredis';
import { createClient } from 'redis';
import { EventEmitter } from 'node:events';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379', { maxRetriesPerRequest: 3 });
const sessions = createClient({ url: process.env.SESSION_REDIS_URL });
const profilesApi = axios.create({ baseURL: process.env.PROFILES_API, timeout: 5_000 });
const TTL_SECONDS = 300;

interface Profile {
  id: string;
  name: string;
  avatarUrl: string;
}

const profileKey = (id: string) => `profile:${id}`;

/** Read-through cache for profiles: one MGET, then fetch only the misses. */
export async function warmProfiles(userIds: string[]): Promise<Profile[]> {
  const cached = await redis.mget(userIds.map(profileKey));
  const result: Profile[] = [];
  for (const [index, raw] of cached.entries()) {
    if (raw) {
      result.push(JSON.parse(raw) as Profile);
      continue;
    }
    const { data } = await profilesApi.get<Profile>(`/profiles/${userIds[index]}`); // expect: no-query-in-loop
    await redis.set(profileKey(data.id), JSON.stringify(data), 'EX', TTL_SECONDS); // expect: no-query-in-loop
    result.push(data);
  }
  return result;
}

/** The same warm-up done right: one bulk request and one pipeline. */
export async function warmProfilesBatched(userIds: string[]): Promise<void> {
  const { data } = await profilesApi.post<Profile[]>('/profiles/lookup', { ids: userIds });
  const pipeline = redis.pipeline();
  for (const profile of data) {
    pipeline.set(profileKey(profile.id), JSON.stringify(profile), 'EX', TTL_SECONDS);
  }
  await pipeline.exec();
}

export async function cartSizes(userIds: string[]): Promise<number[]> {
  return Promise.all(userIds.map((id) => redis.hlen(`cart:${id}`))); // expect: no-query-in-loop
}

export async function touchSessions(sessionIds: string[]): Promise<void> {
  for (const sid of sessionIds) {
    await sessions.expire(`sess:${sid}`, 3600); // expect: no-query-in-loop
  }
}

export async function flushStaleSessions(): Promise<number> {
  let cursor = '0';
  let removed = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', 'sess:*', 'COUNT', 1000);
    if (keys.length > 0) removed += await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
  return removed;
}

const memo = new Map<string, Profile>();

export function namesFromMemo(userIds: string[]): string[] {
  return userIds.map((id) => memo.get(id)?.name ?? 'unknown');
}

export function listen(bus: EventEmitter): void {
  bus.on('profile.updated', async (id: string) => {
    memo.delete(id);
    await redis.del(profileKey(id));
  });
}

export function scheduleRefresh(userIds: string[]): NodeJS.Timeout {
  return setInterval(() => {
    void warmProfilesBatched(userIds);
  }, 60_000);
}

export async function connect(): Promise<void> {
  for (const client of [sessions]) {
    await client.connect();
  }
}
