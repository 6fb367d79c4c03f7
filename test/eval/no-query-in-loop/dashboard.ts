// path: src/services/dashboard.ts
import DataLoader from 'dataloader';
import { chunk } from 'lodash';
import type { Socket } from 'socket.io';
import { prisma } from '../db/client';
import { container } from '../lib/container';
import { config } from '../lib/config';

const SUPPORTED_LOCALES = ['en', 'de', 'fr'] as const;

const authorLoader = new DataLoader(async (ids: readonly string[]) => {
  const authors = await prisma.user.findMany({ where: { id: { in: [...ids] } } });
  const byId = new Map(authors.map((a) => [a.id, a]));
  return ids.map((id) => byId.get(id) ?? null);
});

export async function overview() {
  const [users, posts, comments] = await Promise.all([prisma.user.count(), prisma.post.count(), prisma.comment.count()]);
  return { users, posts, comments };
}

export async function feed(authorIds: string[]) {
  const posts = await prisma.post.findMany({
    where: { authorId: { in: authorIds }, published: true },
    include: { author: { select: { name: true } }, _count: { select: { comments: true } } },
    orderBy: { createdAt: 'desc' },
    take: 50,
  });
  return posts.map((post) => ({ id: post.id, title: post.title, author: post.author.name, comments: post._count.comments }));
}

export async function authorsOf(posts: { authorId: string }[]) {
  return Promise.all(posts.map((post) => authorLoader.load(post.authorId)));
}

export async function translationCoverage() {
  const coverage: Record<string, number> = {};
  for (const locale of SUPPORTED_LOCALES) {
    coverage[locale] = await prisma.translation.count({ where: { locale } });
  }
  return coverage;
}

export async function purgeSessions(sessionIds: string[]) {
  for (const ids of chunk(sessionIds, 1000)) {
    await prisma.session.deleteMany({ where: { id: { in: ids } } });
  }
}

export async function exportEvents(write: (rows: unknown[]) => Promise<void>) {
  let cursor: string | undefined;
  do {
    const page = await prisma.event.findMany({ take: 500, orderBy: { id: 'asc' }, ...(cursor && { skip: 1, cursor: { id: cursor } }) });
    await write(page);
    cursor = page.length === 500 ? page[page.length - 1].id : undefined;
  } while (cursor);
}

export async function reorder(postIds: string[]) {
  await prisma.$transaction(postIds.map((id, position) => prisma.post.update({ where: { id }, data: { position } })));
}

export function widgets(names: string[]) {
  const enabled = new Set(config.get<string[]>('dashboard.widgets'));
  return names.filter((name) => enabled.has(name)).map((name) => container.get(`widget:${name}`));
}

export function parseFilters(params: URLSearchParams, keys: string[]) {
  const filters: Record<string, string> = {};
  for (const key of keys) {
    const value = params.get(key);
    if (value !== null) filters[key] = value;
  }
  return filters;
}

export function subscribe(sockets: Socket[]) {
  for (const socket of sockets) {
    socket.on('post:read', async (postId: string) => {
      await prisma.post.update({ where: { id: postId }, data: { reads: { increment: 1 } } });
    });
  }
}

export async function archiveStale(posts: { id: string; updatedAt: Date }[]) {
  const cutoff = Date.now() - 1000 * 60 * 60 * 24 * 365;
  const staleIds = posts.filter((p) => p.updatedAt.getTime() < cutoff).map((p) => p.id);
  await prisma.post.updateMany({ where: { id: { in: staleIds } }, data: { archived: true } });
  return staleIds.length;
}
