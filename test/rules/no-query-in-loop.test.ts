import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../rules/no-query-in-loop';

/**
 * One behaviour per case, grouped by client family or pattern, each invalid
 * case next to a valid boundary case in the same group. Every file is linted
 * as a logic-layer file of a project with the conventional layer folders, so
 * imports from `../db/...`, `../prisma/...` or `../repositories/...` are the
 * data layer (whether or not the file exists) and `../lib/...` is shared.
 * Code starts on line 2 (the template literal opens with a newline).
 */
const fixture = path.resolve(__dirname, '../../fixtures/layer-boundaries');
const filename = path.join(fixture, 'src/services/x.ts');

const ruleTester = new RuleTester();

ruleTester.run('no-query-in-loop: Prisma', rule, {
  valid: [
    {
      name: 'one findMany with `in`, then a loop over the rows without queries',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function authors(ids: string[]) {
  const users = await prisma.user.findMany({ where: { id: { in: ids } } });
  for (const user of users) console.log(user.name);
}
`,
    },
    {
      name: '$transaction([...]) batches the mapped operations into one round trip',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function rename(rows: { id: string; name: string }[]) {
  await prisma.$transaction(rows.map((row) => prisma.user.update({ where: { id: row.id }, data: { name: row.name } })));
}
`,
    },
    {
      name: "findUnique calls issued in the same tick are batched by Prisma's dataloader",
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export function users(ids: string[]) {
  return Promise.all(ids.map((id) => prisma.user.findUnique({ where: { id } })));
}
`,
    },
    {
      name: 'un-awaited findUnique promises pushed in a loop are also issued in the same tick',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export function users(ids: string[]) {
  const pending = [];
  for (const id of ids) pending.push(prisma.user.findUnique({ where: { id } }));
  return Promise.all(pending);
}
`,
    },
    {
      name: '$transaction([...]) on a Prisma client imported from the data layer',
      filename,
      code: `
import { prisma } from '../db/client';
export async function rename(rows: { id: string; name: string }[]) {
  await prisma.$transaction(rows.map((row) => prisma.user.update({ where: { id: row.id }, data: { name: row.name } })));
}
`,
    },
    {
      name: 'NestJS PrismaService (data layer) batching with $transaction([...])',
      filename,
      code: `
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
@Injectable()
export class UsersService {
  constructor(private readonly prisma: PrismaService) {}
  rename(rows: { id: string; name: string }[]) {
    return this.prisma.$transaction(rows.map((r) => this.prisma.user.update({ where: { id: r.id }, data: { name: r.name } })));
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'a query per element of a for...of loop',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function authors(ids: string[]) {
  for (const id of ids) {
    await prisma.user.findFirst({ where: { id } });
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 11, endLine: 6, endColumn: 51 }],
    },
    {
      name: 'the transaction handle of an interactive $transaction is a client too',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function rename(rows: { id: string; name: string }[]) {
  await prisma.$transaction(async (tx) => {
    for (const row of rows) {
      await tx.user.update({ where: { id: row.id }, data: { name: row.name } });
    }
  });
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 13, endLine: 7, endColumn: 80 }],
    },
    {
      name: 'a findUnique after an await is no longer in the same tick',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export function teams(ids: string[]) {
  return Promise.all(
    ids.map(async (id) => {
      const user = await prisma.user.findUnique({ where: { id } });
      return prisma.team.findUnique({ where: { id: user?.teamId } });
    }),
  );
}
`,
      errors: [{ messageId: 'fanOut', line: 8, column: 14, endLine: 8, endColumn: 69 }],
    },
    {
      name: 'NestJS PrismaService injected from the data layer, queried per element',
      filename,
      code: `
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
@Injectable()
export class UsersService {
  constructor(private readonly prisma: PrismaService) {}
  async rename(rows: { id: string; name: string }[]) {
    for (const r of rows) await this.prisma.user.update({ where: { id: r.id }, data: { name: r.name } });
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 8, column: 33, endLine: 8, endColumn: 105 }],
    },
  ],
});

ruleTester.run('no-query-in-loop: Drizzle', rule, {
  valid: [
    {
      name: 'builders collected in a loop are not run there; db.batch runs them in one round trip',
      filename,
      code: `
import { drizzle } from 'drizzle-orm/node-postgres';
import { eq } from 'drizzle-orm';
import { users } from '../db/schema';
const db = drizzle(process.env.DATABASE_URL!);
export async function names(ids: number[]) {
  const queries = [];
  for (const id of ids) {
    queries.push(db.select().from(users).where(eq(users.id, id)));
  }
  return db.batch(queries);
}
`,
    },
    {
      name: 'one update with inArray inside the transaction',
      filename,
      code: `
import { drizzle } from 'drizzle-orm/node-postgres';
import { inArray } from 'drizzle-orm';
import { users } from '../db/schema';
const db = drizzle(process.env.DATABASE_URL!);
export async function deactivate(ids: number[]) {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ active: false }).where(inArray(users.id, ids));
  });
}
`,
    },
    {
      name: 'db.batch([...]) on a drizzle client imported from the data layer',
      filename,
      code: `
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { users } from '../db/schema';
export function names(ids: number[]) {
  return db.batch(ids.map((id) => db.select().from(users).where(eq(users.id, id))));
}
`,
    },
    {
      name: 'db.batch with the tuple cast its types require',
      filename,
      code: `
import { drizzle } from 'drizzle-orm/d1';
import { eq } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { users } from '../db/schema';
const db = drizzle(process.env.DB as any);
export function names(ids: number[]) {
  const queries = ids.map((id) => db.select().from(users).where(eq(users.id, id)));
  return db.batch(queries as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
}
`,
    },
    {
      name: 'toSQL() only renders the builder, it never runs it',
      filename,
      code: `
import { drizzle } from 'drizzle-orm/node-postgres';
import { eq } from 'drizzle-orm';
import { users } from '../db/schema';
const db = drizzle(process.env.DATABASE_URL!);
export function sqlFor(ids: number[]) {
  return ids.map((id) => db.select().from(users).where(eq(users.id, id)).toSQL());
}
`,
    },
  ],
  invalid: [
    {
      name: 'a lazy select chain is reported where it runs (awaited in the loop)',
      filename,
      code: `
import { drizzle } from 'drizzle-orm/node-postgres';
import { eq } from 'drizzle-orm';
import { users } from '../db/schema';
const db = drizzle(process.env.DATABASE_URL!);
export async function names(ids: number[]) {
  const out: string[] = [];
  for (const id of ids) {
    const [row] = await db.select().from(users).where(eq(users.id, id));
    out.push(row.name);
  }
  return out;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 9, column: 25, endLine: 9, endColumn: 72 }],
    },
    {
      name: 'the tx handle of db.transaction(tx => ...)',
      filename,
      code: `
import { drizzle } from 'drizzle-orm/node-postgres';
import { eq } from 'drizzle-orm';
import { users } from '../db/schema';
const db = drizzle(process.env.DATABASE_URL!);
export async function deactivate(ids: number[]) {
  await db.transaction(async (tx) => {
    for (const id of ids) {
      await tx.update(users).set({ active: false }).where(eq(users.id, id));
    }
  });
}
`,
      errors: [{ messageId: 'queryInLoop', line: 9, column: 13, endLine: 9, endColumn: 76 }],
    },
  ],
});

ruleTester.run('no-query-in-loop: TypeORM', rule, {
  valid: [
    {
      name: 'one findBy with In()',
      filename,
      code: `
import { getRepository, In } from 'typeorm';
import { User } from '../db/entities';
export async function load(ids: number[]) {
  const repo = getRepository(User);
  return repo.findBy({ id: In(ids) });
}
`,
    },
    {
      name: 'repository.create only builds an entity',
      filename,
      code: `
import { DataSource } from 'typeorm';
import { Order } from '../db/entities';
const dataSource = new DataSource({ type: 'postgres' });
export function drafts(customerIds: number[]) {
  return customerIds.map((customerId) => dataSource.getRepository(Order).create({ customerId }));
}
`,
    },
    {
      name: 'this.repo.create per row, one save of the whole array',
      filename,
      code: `
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Invoice } from '../db/entities';
@Injectable()
export class InvoiceService {
  constructor(@InjectRepository(Invoice) private repo: Repository<Invoice>) {}
  async import(rows: { amount: number }[]) {
    const invoices = rows.map((row) => this.repo.create({ amount: row.amount }));
    await this.repo.save(invoices);
  }
}
`,
    },
    {
      name: 'the query builder is extended in the loop and run once after it',
      filename,
      code: `
import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
export async function postsOf(authorIds: number[]) {
  const qb = dataSource.getRepository('Post').createQueryBuilder('p');
  for (const authorId of authorIds) {
    qb.orWhere(\`p.authorId = :a\${authorId}\`, { [\`a\${authorId}\`]: authorId });
  }
  return qb.getMany();
}
`,
    },
  ],
  invalid: [
    {
      name: 'a repository from getRepository()',
      filename,
      code: `
import { getRepository } from 'typeorm';
import { User } from '../db/entities';
export async function load(ids: number[]) {
  const repo = getRepository(User);
  for (const id of ids) {
    await repo.findOneBy({ id });
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 11, endLine: 7, endColumn: 33 }],
    },
    {
      name: 'dataSource.getRepository(...) in an async map callback',
      filename,
      code: `
import { DataSource } from 'typeorm';
import { Order } from '../db/entities';
const dataSource = new DataSource({ type: 'postgres' });
export async function totals(orderIds: number[]) {
  return orderIds.map(async (id) => dataSource.getRepository(Order).count({ where: { id } }));
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 37, endLine: 6, endColumn: 93 }],
    },
    {
      name: '@InjectRepository + `private repo: Repository<X>` constructor parameter',
      filename,
      code: `
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Invoice } from '../db/entities';
@Injectable()
export class InvoiceService {
  constructor(@InjectRepository(Invoice) private repo: Repository<Invoice>) {}
  async markPaid(ids: number[]) {
    for (const id of ids) {
      await this.repo.update(id, { paid: true });
    }
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 11, column: 13, endLine: 11, endColumn: 49 }],
    },
    {
      name: 'a query builder run with getMany() per element',
      filename,
      code: `
import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
export async function postsOf(authorIds: number[]) {
  const result = [];
  for (const authorId of authorIds) {
    result.push(await dataSource.getRepository('Post').createQueryBuilder('p').where('p.authorId = :authorId', { authorId }).getMany());
  }
  return result;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 23, endLine: 7, endColumn: 135 }],
    },
    {
      name: 'an array of entities to save is data, not a schema-bounded list',
      filename,
      code: `
import { getRepository } from 'typeorm';
import { Product } from '../db/entities';
export async function saveAll(entities: Product[]) {
  const repo = getRepository(Product);
  for (const entity of entities) {
    await repo.save(entity);
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 11, endLine: 7, endColumn: 28 }],
    },
  ],
});

ruleTester.run('no-query-in-loop: Sequelize', rule, {
  valid: [
    {
      name: 'bulkCreate once with the rows of every file',
      filename,
      code: `
import { Model } from 'sequelize';
class User extends Model {}
export async function importFiles(files: { rows: object[] }[]) {
  await User.bulkCreate(files.flatMap((file) => file.rows));
}
`,
    },
    {
      name: 'one update whose where takes the array (Sequelize turns it into IN)',
      filename,
      code: `
import { Sequelize, DataTypes } from 'sequelize';
const sequelize = new Sequelize(process.env.DATABASE_URL!);
const Task = sequelize.define('Task', { title: DataTypes.STRING });
export async function close(ids: number[]) {
  await Task.update({ done: true }, { where: { id: ids } });
}
`,
    },
  ],
  invalid: [
    {
      name: 'a model declared as `class X extends Model`',
      filename,
      code: `
import { Model } from 'sequelize';
class User extends Model {}
export async function emails(ids: number[]) {
  const out = [];
  for (const id of ids) {
    const user = await User.findByPk(id);
    out.push(user?.get('email'));
  }
  return out;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 24, endLine: 7, endColumn: 41 }],
    },
    {
      name: 'a model from sequelize.define(), in an async forEach callback',
      filename,
      code: `
import { Sequelize, DataTypes } from 'sequelize';
const sequelize = new Sequelize(process.env.DATABASE_URL!);
const Task = sequelize.define('Task', { title: DataTypes.STRING });
export async function close(ids: number[]) {
  ids.forEach(async (id) => {
    await Task.update({ done: true }, { where: { id } });
  });
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 11, endLine: 7, endColumn: 57 }],
    },
    {
      name: 'a parameter typed ModelStatic is a model',
      filename,
      code: `
import type { ModelStatic, Model } from 'sequelize';
export async function emails(User: ModelStatic<Model>, ids: number[]) {
  for (const id of ids) await User.findByPk(id);
}
`,
      errors: [{ messageId: 'queryInLoop', line: 4, column: 31, endLine: 4, endColumn: 48 }],
    },
  ],
});

ruleTester.run('no-query-in-loop: Mongoose', rule, {
  valid: [
    {
      name: 'one find with $in',
      filename,
      code: `
import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ name: String }));
export async function names(ids: string[]) {
  const users = await User.find({ _id: { $in: ids } });
  return users.map((u) => u.name);
}
`,
    },
    {
      name: 'insertMany once with the items of every feed',
      filename,
      code: `
import mongoose from 'mongoose';
const Post = mongoose.model('Post', new mongoose.Schema({ slug: String }));
export async function importFeeds(feeds: { items: { slug: string }[] }[]) {
  await Post.insertMany(feeds.flatMap((feed) => feed.items.map((item) => ({ ...item, feed: feed }))));
}
`,
    },
  ],
  invalid: [
    {
      name: 'a model from mongoose.model()',
      filename,
      code: `
import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ name: String }));
export async function names(ids: string[]) {
  const out = [];
  for (const id of ids) out.push((await User.findById(id))?.name);
  return out;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 41, endLine: 6, endColumn: 58 }],
    },
    {
      name: 'a query chain ending in .exec() is reported once, at the chain',
      filename,
      code: `
import mongoose from 'mongoose';
const Post = mongoose.model('Post', new mongoose.Schema({ slug: String }));
export async function bySlug(slugs: string[]) {
  const posts = [];
  for (const slug of slugs) {
    posts.push(await Post.findOne({ slug }).lean().exec());
  }
  return posts;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 22, endLine: 7, endColumn: 58 }],
    },
    {
      name: 'save() on a document made with `new Model()`, one insert per row',
      filename,
      code: `
import mongoose from 'mongoose';
const Post = mongoose.model('Post', new mongoose.Schema({ slug: String }));
export async function importPosts(rows: { slug: string }[]) {
  for (const row of rows) {
    await new Post(row).save();
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 11, endLine: 6, endColumn: 31 }],
    },
  ],
});

ruleTester.run('no-query-in-loop: Knex', rule, {
  valid: [
    {
      name: 'one whereIn after collecting the ids',
      filename,
      code: `
import Knex from 'knex';
const knex = Knex({ client: 'pg' });
export async function owners(petIds: number[]) {
  return knex('owners').whereIn('pet_id', petIds);
}
`,
    },
    {
      name: 'whereIn over chunks of ids: one query per chunk',
      filename,
      code: `
import Knex from 'knex';
import { chunk } from 'lodash';
const knex = Knex({ client: 'pg' });
export async function owners(petIds: number[]) {
  const out = [];
  for (const ids of chunk(petIds, 500)) out.push(...(await knex('owners').whereIn('pet_id', ids)));
  return out;
}
`,
    },
    {
      name: 'toString() renders SQL without running it',
      filename,
      code: `
import Knex from 'knex';
const knex = Knex({ client: 'pg' });
export function sqlFor(ids: number[]) {
  return ids.map((id) => knex('users').where({ id }).toString());
}
`,
    },
    {
      name: 'builders mapped into knex.union() are subqueries of one query',
      filename,
      code: `
import Knex from 'knex';
const knex = Knex({ client: 'pg' });
export function latest(userIds: number[]) {
  return knex.union(userIds.map((id) => knex('posts').where({ user_id: id }).limit(1)), true);
}
`,
    },
  ],
  invalid: [
    {
      name: "knex('t').where().first() runs at first()",
      filename,
      code: `
import Knex from 'knex';
const knex = Knex({ client: 'pg' });
export async function owners(petIds: number[]) {
  const out = [];
  for (const petId of petIds) {
    out.push(await knex('owners').where({ pet_id: petId }).first());
  }
  return out;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 20, endLine: 7, endColumn: 67 }],
    },
    {
      name: 'the trx handle of knex.transaction()',
      filename,
      code: `
import Knex from 'knex';
const knex = Knex({ client: 'pg' });
export async function rename(rows: { id: number; name: string }[]) {
  await knex.transaction(async (trx) => {
    for (const row of rows) {
      await trx('users').where({ id: row.id }).update({ name: row.name });
    }
  });
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 13, endLine: 7, endColumn: 74 }],
    },
  ],
});

ruleTester.run('no-query-in-loop: Kysely', rule, {
  valid: [
    {
      name: 'a parameter of a local type is not a client, whatever its method names',
      filename,
      code: `
interface Store { selectFrom(table: string): any }
export async function people(db: Store, ids: number[]) {
  for (const id of ids) {
    await db.selectFrom('person').where('id', '=', id).executeTakeFirst();
  }
}
`,
    },
    {
      name: 'compile() builds SQL without running it',
      filename,
      code: `
import type { Kysely } from 'kysely';
import type { DB } from '../db/types';
export function peopleQueries(db: Kysely<DB>, ids: number[]) {
  return ids.map((id) => db.selectFrom('person').selectAll().where('id', '=', id).compile());
}
`,
    },
  ],
  invalid: [
    {
      name: 'a parameter typed Kysely<DB>, run with executeTakeFirst()',
      filename,
      code: `
import type { Kysely } from 'kysely';
import type { DB } from '../db/types';
export async function people(db: Kysely<DB>, ids: number[]) {
  const out = [];
  for (const id of ids) {
    out.push(await db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst());
  }
  return out;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 20, endLine: 7, endColumn: 95 }],
    },
    {
      name: 'execute() runs a Kysely query too',
      filename,
      code: `
import type { Kysely } from 'kysely';
import type { DB } from '../db/types';
export async function pets(db: Kysely<DB>, ownerIds: number[]) {
  for (const ownerId of ownerIds) {
    await db.selectFrom('pet').selectAll().where('owner_id', '=', ownerId).execute();
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 11, endLine: 6, endColumn: 85 }],
    },
  ],
});

ruleTester.run('no-query-in-loop: MikroORM', rule, {
  valid: [
    {
      name: 'persist per element is unit-of-work bookkeeping; one flush after the loop',
      filename,
      code: `
import { EntityManager } from '@mikro-orm/core';
import { Book } from '../db/entities';
export class BookService {
  constructor(private readonly em: EntityManager) {}
  async add(titles: string[]) {
    for (const title of titles) {
      this.em.persist(new Book(title));
    }
    await this.em.flush();
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'em.findOne with a parameter typed EntityManager',
      filename,
      code: `
import type { EntityManager } from '@mikro-orm/postgresql';
import { Book } from '../db/entities';
export async function titles(em: EntityManager, ids: number[]) {
  const titles = [];
  for (const id of ids) titles.push((await em.findOne(Book, { id }))?.title);
  return titles;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 44, endLine: 6, endColumn: 68 }],
    },
    {
      name: 'this.em from a constructor parameter property',
      filename,
      code: `
import { EntityManager } from '@mikro-orm/core';
import { Book } from '../db/entities';
export class BookService {
  constructor(private readonly em: EntityManager) {}
  async titles(ids: number[]) {
    const titles = [];
    for (const id of ids) {
      const book = await this.em.findOne(Book, { id });
      titles.push(book?.title);
    }
    return titles;
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 9, column: 26, endLine: 9, endColumn: 55 }],
    },
  ],
});

ruleTester.run('no-query-in-loop: node-postgres and mysql2', rule, {
  valid: [
    {
      name: 'the loop only collects ids; one ANY($1) query after it',
      filename,
      code: `
import { Pool } from 'pg';
const pool = new Pool();
export async function balances(accounts: { id: string }[]) {
  const ids: string[] = [];
  for (const account of accounts) ids.push(account.id);
  const { rows } = await pool.query('SELECT balance FROM accounts WHERE id = ANY($1)', [ids]);
  return rows;
}
`,
    },
    {
      name: 'mysql2 expands an array bound to IN (?)',
      filename,
      code: `
import mysql from 'mysql2/promise';
export async function touch(ids: number[]) {
  const conn = await mysql.createConnection(process.env.DATABASE_URL!);
  await conn.query('UPDATE sessions SET seen_at = NOW() WHERE id IN (?)', [ids]);
}
`,
    },
  ],
  invalid: [
    {
      name: 'pool.query on a `new Pool()`',
      filename,
      code: `
import { Pool } from 'pg';
const pool = new Pool();
export async function balances(accountIds: string[]) {
  const out = [];
  for (const id of accountIds) {
    const { rows } = await pool.query('SELECT balance FROM accounts WHERE id = $1', [id]);
    out.push(rows[0]);
  }
  return out;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 28, endLine: 7, endColumn: 90 }],
    },
    {
      name: 'a client checked out with await pool.connect()',
      filename,
      code: `
import { Pool } from 'pg';
const pool = new Pool();
export async function lock(ids: string[]) {
  const client = await pool.connect();
  try {
    for (const id of ids) await client.query('SELECT pg_advisory_lock($1)', [id]);
  } finally {
    client.release();
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 33, endLine: 7, endColumn: 82 }],
    },
    {
      name: 'a postgres.js sql tagged template',
      filename,
      code: `
import postgres from 'postgres';
const sql = postgres(process.env.DATABASE_URL!);
export async function users(ids: number[]) {
  for (const id of ids) await sql\`SELECT * FROM users WHERE id = \${id}\`;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 5, column: 31, endLine: 5, endColumn: 72 }],
    },
    {
      name: 'mysql2 connection from await mysql.createConnection()',
      filename,
      code: `
import mysql from 'mysql2/promise';
export async function touch(ids: number[]) {
  const conn = await mysql.createConnection(process.env.DATABASE_URL!);
  for (const id of ids) {
    await conn.query('UPDATE sessions SET seen_at = NOW() WHERE id = ?', [id]);
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 11, endLine: 6, endColumn: 79 }],
    },
  ],
});

ruleTester.run('no-query-in-loop: Supabase and Firestore', rule, {
  valid: [
    {
      name: 'one query with .in()',
      filename,
      code: `
import { createClient } from '@supabase/supabase-js';
const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_KEY!);
export async function avatars(userIds: string[]) {
  const { data } = await supabase.from('profiles').select('avatar').in('id', userIds);
  return data;
}
`,
    },
    {
      name: 'one getDocs with documentId() in',
      filename,
      code: `
import { getFirestore, collection, documentId, getDocs, query, where } from 'firebase/firestore';
const db = getFirestore();
export async function profiles(uids: string[]) {
  const snap = await getDocs(query(collection(db, 'profiles'), where(documentId(), 'in', uids)));
  return snap.docs.map((d) => d.data());
}
`,
    },
    {
      name: 'references built per element, read in one getAll',
      filename,
      code: `
import { getFirestore } from 'firebase-admin/firestore';
const db = getFirestore();
export async function orders(ids: string[]) {
  const refs = ids.map((id) => db.collection('orders').doc(id));
  const snaps = await db.getAll(...refs);
  return snaps.map((s) => s.data());
}
`,
    },
  ],
  invalid: [
    {
      name: 'a Supabase builder run by await, fanned out',
      filename,
      code: `
import { createClient } from '@supabase/supabase-js';
const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_KEY!);
export async function avatars(userIds: string[]) {
  return Promise.all(userIds.map(async (id) => (await supabase.from('profiles').select('avatar').eq('id', id).single()).data));
}
`,
      errors: [{ messageId: 'fanOut', line: 5, column: 55, endLine: 5, endColumn: 119 }],
    },
    {
      name: 'modular Firestore getDoc per element',
      filename,
      code: `
import { getFirestore, doc, getDoc } from 'firebase/firestore';
const db = getFirestore();
export async function profiles(uids: string[]) {
  const out = [];
  for (const uid of uids) {
    const snap = await getDoc(doc(db, 'profiles', uid));
    out.push(snap.data());
  }
  return out;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 24, endLine: 7, endColumn: 56 }],
    },
    {
      name: 'admin SDK db.collection().doc().get()',
      filename,
      code: `
import { getFirestore } from 'firebase-admin/firestore';
const db = getFirestore();
export async function orders(ids: string[]) {
  const out = [];
  for (const id of ids) {
    out.push((await db.collection('orders').doc(id).get()).data());
  }
  return out;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 21, endLine: 7, endColumn: 58 }],
    },
  ],
});

ruleTester.run('no-query-in-loop: Redis', rule, {
  valid: [
    {
      name: 'one mget',
      filename,
      code: `
import Redis from 'ioredis';
const redis = new Redis();
export async function sessions(ids: string[]) {
  return redis.mget(ids.map((id) => \`session:\${id}\`));
}
`,
    },
    {
      name: 'commands queued on a pipeline run in one round trip',
      filename,
      code: `
import Redis from 'ioredis';
const redis = new Redis();
export async function sessions(ids: string[]) {
  const pipeline = redis.pipeline();
  for (const id of ids) pipeline.get(\`session:\${id}\`);
  return pipeline.exec();
}
`,
    },
    {
      name: 'Map.get is never a cache call',
      filename,
      code: `
export function names(ids: string[], cache: Map<string, string>) {
  const out = [];
  for (const id of ids) out.push(cache.get(id));
  return out;
}
`,
    },
  ],
  invalid: [
    {
      name: 'ioredis get per element',
      filename,
      code: `
import Redis from 'ioredis';
const redis = new Redis();
export async function sessions(ids: string[]) {
  const out = [];
  for (const id of ids) {
    out.push(await redis.get(\`session:\${id}\`));
  }
  return out;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 20, endLine: 7, endColumn: 46 }],
    },
    {
      name: 'node-redis client from createClient()',
      filename,
      code: `
import { createClient } from 'redis';
const client = createClient({ url: process.env.REDIS_URL });
export async function carts(userIds: string[]) {
  const carts = [];
  for (const userId of userIds) {
    carts.push(await client.hGetAll(\`cart:\${userId}\`));
  }
  return carts;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 22, endLine: 7, endColumn: 54 }],
    },
    {
      name: 'an array parameter named `keys` holds data (cache keys), not a schema',
      filename,
      code: `
import Redis from 'ioredis';
const redis = new Redis();
export async function expireAll(keys: string[]) {
  for (const key of keys) {
    await redis.expire(key, 60);
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 11, endLine: 6, endColumn: 32 }],
    },
  ],
});

ruleTester.run('no-query-in-loop: HTTP', rule, {
  valid: [
    {
      name: 'one request after the loop',
      filename,
      code: `
export async function repos(owners: string[]) {
  const query = owners.map((o) => \`user:\${o}\`).join(' ');
  const res = await fetch(\`https://api.github.com/search/repositories?q=\${encodeURIComponent(query)}\`);
  return res.json();
}
`,
    },
    {
      name: 'one bulk request on the same instance',
      filename,
      code: `
import axios from 'axios';
const api = axios.create({ baseURL: 'https://crm.example.com' });
export async function sync(contacts: { id: string }[]) {
  await api.post('/contacts/bulk', contacts);
}
`,
    },
    {
      name: 'ky.extend() only makes an instance',
      filename,
      code: `
import ky from 'ky';
export function clients(tenants: string[]) {
  return tenants.map((tenant) => ky.extend({ prefixUrl: \`https://\${tenant}.example.com\` }));
}
`,
    },
  ],
  invalid: [
    {
      name: 'global fetch',
      filename,
      code: `
export async function repos(owners: string[]) {
  const out = [];
  for (const owner of owners) {
    const res = await fetch(\`https://api.github.com/users/\${owner}/repos\`);
    out.push(await res.json());
  }
  return out;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 5, column: 23, endLine: 5, endColumn: 75 }],
    },
    {
      name: 'axios.get',
      filename,
      code: `
import axios from 'axios';
export async function rates(currencies: string[]) {
  const out: Record<string, number> = {};
  for (const currency of currencies) {
    const { data } = await axios.get(\`https://rates.example.com/\${currency}\`);
    out[currency] = data.rate;
  }
  return out;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 28, endLine: 6, endColumn: 78 }],
    },
    {
      name: 'an instance from axios.create()',
      filename,
      code: `
import axios from 'axios';
const api = axios.create({ baseURL: 'https://crm.example.com' });
export async function sync(contacts: { id: string }[]) {
  for (const contact of contacts) {
    await api.put(\`/contacts/\${contact.id}\`, contact);
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 11, endLine: 6, endColumn: 54 }],
    },
    {
      name: 'calling axios itself with a config object',
      filename,
      code: `
import axios from 'axios';
export async function ping(urls: string[]) {
  for (const url of urls) {
    await axios({ url, method: 'post' });
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 5, column: 11, endLine: 5, endColumn: 41 }],
    },
    {
      name: 'got(url).json()',
      filename,
      code: `
import got from 'got';
export async function statuses(urls: string[]) {
  const out = [];
  for (const url of urls) {
    out.push(await got(url).json());
  }
  return out;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 20, endLine: 6, endColumn: 35 }],
    },
    {
      name: 'calling got itself',
      filename,
      code: `
import got from 'got';
export async function ping(urls: string[]) {
  for (const url of urls) {
    await got(url);
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 5, column: 11, endLine: 5, endColumn: 19 }],
    },
    {
      name: "node-fetch's default export",
      filename,
      code: `
import fetch from 'node-fetch';
export async function ping(urls: string[]) {
  for (const url of urls) await fetch(url);
}
`,
      errors: [{ messageId: 'queryInLoop', line: 4, column: 33, endLine: 4, endColumn: 43 }],
    },
    {
      name: 'ky.get().json(), fanned out',
      filename,
      code: `
import ky from 'ky';
export async function items(ids: string[]) {
  return Promise.all(ids.map((id) => ky.get(\`/api/items/\${id}\`).json()));
}
`,
      errors: [{ messageId: 'fanOut', line: 4, column: 38, endLine: 4, endColumn: 71 }],
    },
  ],
});

ruleTester.run('no-query-in-loop: Iteration forms', rule, {
  valid: [
    {
      name: 'a constant-bound retry loop',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function connect() {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await prisma.user.count();
    } catch {
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
}
`,
    },
    {
      name: 'for...in over a constant object',
      filename,
      code: `
import Redis from 'ioredis';
const redis = new Redis();
const DEFAULTS = { theme: 'light', locale: 'en' };
export async function seed() {
  for (const key in DEFAULTS) {
    await redis.setnx(\`default:\${key}\`, DEFAULTS[key as keyof typeof DEFAULTS]);
  }
}
`,
    },
    {
      name: 'for await...of that only collects, one insert after the loop',
      filename,
      code: `
import { Pool } from 'pg';
const pool = new Pool();
export async function ingest(events: AsyncIterable<{ id: string }>) {
  const ids: string[] = [];
  for await (const event of events) ids.push(event.id);
  await pool.query('INSERT INTO events (id) SELECT unnest($1::text[])', [ids]);
}
`,
    },
    {
      name: 'cursor pagination carries a dependency from one query to the next',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function all(first: string) {
  let cursor: string | undefined = first;
  while (cursor) {
    const page = await prisma.event.findMany({ take: 100, cursor: { id: cursor } });
    cursor = page.at(-1)?.id;
  }
}
`,
    },
    {
      name: 'do...while cursor pagination',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function all() {
  const out = [];
  let cursor: string | undefined;
  do {
    const page = await prisma.event.findMany({ take: 100, ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}) });
    out.push(...page);
    cursor = page.at(-1)?.id;
  } while (cursor);
  return out;
}
`,
    },
    {
      name: 'for(;;) offset pagination',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function all() {
  for (let skip = 0; ; skip += 500) {
    const page = await prisma.event.findMany({ skip, take: 500 });
    if (page.length < 500) return;
  }
}
`,
    },
    {
      name: 'forEach over a literal array',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export function warm() {
  ['home', 'pricing'].forEach(async (slug) => {
    await prisma.page.findFirst({ where: { slug } });
  });
}
`,
    },
    {
      name: 'Array.from({ length: 3 }, fn) is constant-bound',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export function probes() {
  return Array.from({ length: 3 }, () => prisma.user.count());
}
`,
    },
    {
      name: 'lodash _.map over a constant list',
      filename,
      code: `
import _ from 'lodash';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const ROLES = ['admin', 'editor'];
export function counts() {
  return _.map(ROLES, (role) => prisma.user.count({ where: { role } }));
}
`,
    },
    {
      name: 'pMap over chunks: one query per chunk',
      filename,
      code: `
import pMap from 'p-map';
import { chunk } from 'lodash';
import { Pool } from 'pg';
const pool = new Pool();
export function purge(ids: string[]) {
  return pMap(chunk(ids, 500), (part) => pool.query('DELETE FROM sessions WHERE id = ANY($1)', [part]), { concurrency: 2 });
}
`,
    },
    {
      name: 'ids.map(toKey), a pure function passed by reference',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
function toKey(id: string) {
  return \`user:\${id}\`;
}
export async function users(ids: string[]) {
  const keys = ids.map(toKey);
  return prisma.user.findMany({ where: { id: { in: keys } } });
}
`,
    },
    {
      name: 'the same call when eachLimit is not configured',
      filename,
      code: `
import { eachLimit } from '../lib/concurrency';
import Redis from 'ioredis';
const redis = new Redis();
export function expire(sessionIds: string[]) {
  return eachLimit(sessionIds, 5, async (id: string) => {
    await redis.expire(\`session:\${id}\`, 60);
  });
}
`,
    },
  ],
  invalid: [
    {
      name: 'an indexed for loop over .length',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function touch(ids: string[]) {
  for (let i = 0; i < ids.length; i++) {
    await prisma.user.update({ where: { id: ids[i] }, data: { seenAt: new Date() } });
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 11, endLine: 6, endColumn: 86 }],
    },
    {
      name: 'for...in over a data object',
      filename,
      code: `
import Redis from 'ioredis';
const redis = new Redis();
export async function warm(byId: Record<string, string>) {
  for (const id in byId) {
    await redis.set(\`user:\${id}\`, byId[id]);
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 11, endLine: 6, endColumn: 44 }],
    },
    {
      name: 'for await...of',
      filename,
      code: `
import { Pool } from 'pg';
const pool = new Pool();
export async function ingest(events: AsyncIterable<{ id: string }>) {
  for await (const event of events) {
    await pool.query('INSERT INTO events (id) VALUES ($1)', [event.id]);
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 11, endLine: 6, endColumn: 72 }],
    },
    {
      name: 'a while loop draining a worklist',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function descendants(rootId: string) {
  const queue = [rootId];
  const seen: string[] = [];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const children = await prisma.category.findMany({ where: { parentId: id } });
    for (const child of children) queue.push(child.id);
    seen.push(id);
  }
  return seen;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 9, column: 28, endLine: 9, endColumn: 81 }],
    },
    {
      name: 'a do...while loop draining a worklist',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function drain(jobIds: string[]) {
  do {
    const id = jobIds.pop();
    await prisma.job.delete({ where: { id } });
  } while (jobIds.length);
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 11, endLine: 7, endColumn: 47 }],
    },
    {
      name: 'an async forEach callback',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export function archive(ids: string[]) {
  ids.forEach(async (id) => {
    await prisma.post.update({ where: { id }, data: { archived: true } });
  });
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 11, endLine: 6, endColumn: 74 }],
    },
    {
      name: 'flatMap, fanned out',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function tags(posts: { id: string }[]) {
  const lists = await Promise.all(posts.flatMap((p) => [prisma.tag.findMany({ where: { postId: p.id } })]));
  return lists.flat();
}
`,
      errors: [{ messageId: 'fanOut', line: 5, column: 57, endLine: 5, endColumn: 105 }],
    },
    {
      name: 'filter with an async predicate',
      filename,
      code: `
import Redis from 'ioredis';
const redis = new Redis();
export function expired(sessionIds: string[]) {
  return sessionIds.filter(async (id) => (await redis.exists(\`session:\${id}\`)) === 0);
}
`,
      errors: [{ messageId: 'queryInLoop', line: 5, column: 49, endLine: 5, endColumn: 78 }],
    },
    {
      name: 'reduce',
      filename,
      code: `
import { Pool } from 'pg';
const pool = new Pool();
export function total(accountIds: string[]) {
  return accountIds.reduce(async (sum, id) => (await sum) + (await pool.query('SELECT balance FROM accounts WHERE id = $1', [id])).rows[0].balance, Promise.resolve(0));
}
`,
      errors: [{ messageId: 'queryInLoop', line: 5, column: 68, endLine: 5, endColumn: 130 }],
    },
    {
      name: 'some',
      filename,
      code: `
import axios from 'axios';
export function anyDown(hostnames: string[]) {
  return hostnames.some(async (h) => (await axios.head(\`https://\${h}\`)).status >= 500);
}
`,
      errors: [{ messageId: 'queryInLoop', line: 4, column: 45, endLine: 4, endColumn: 71 }],
    },
    {
      name: 'every',
      filename,
      code: `
import mongoose from 'mongoose';
const Seat = mongoose.model('Seat', new mongoose.Schema({ free: Boolean }));
export function allFree(seatIds: string[]) {
  return seatIds.every(async (id) => (await Seat.exists({ _id: id, free: true })) !== null);
}
`,
      errors: [{ messageId: 'queryInLoop', line: 5, column: 45, endLine: 5, endColumn: 81 }],
    },
    {
      name: 'find',
      filename,
      code: `
import { getRepository } from 'typeorm';
import { Coupon } from '../db/entities';
export function firstValid(codes: string[]) {
  const repo = getRepository(Coupon);
  return codes.find(async (code) => await repo.exists({ where: { code } }));
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 43, endLine: 6, endColumn: 75 }],
    },
    {
      name: 'Array.from(xs, fn)',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export function lookups(ids: Set<string>) {
  return Array.from(ids, (id) => prisma.user.findFirst({ where: { id } }));
}
`,
      errors: [{ messageId: 'queryInLoop', line: 5, column: 34, endLine: 5, endColumn: 74 }],
    },
    {
      name: 'lodash _.map',
      filename,
      code: `
import _ from 'lodash';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export function owners(pets: { ownerId: string }[]) {
  return _.map(pets, (pet) => prisma.user.findFirst({ where: { id: pet.ownerId } }));
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 31, endLine: 6, endColumn: 84 }],
    },
    {
      name: 'lodash _.each',
      filename,
      code: `
import _ from 'lodash';
import Redis from 'ioredis';
const redis = new Redis();
export function forget(sessionIds: string[]) {
  _.each(sessionIds, (id) => {
    redis.del(\`session:\${id}\`);
  });
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 5, endLine: 7, endColumn: 31 }],
    },
    {
      name: 'async.eachSeries',
      filename,
      code: `
import async from 'async';
import Redis from 'ioredis';
const redis = new Redis();
export function expire(sessionIds: string[]) {
  return async.eachSeries(sessionIds, async (id) => {
    await redis.expire(\`session:\${id}\`, 60);
  });
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 11, endLine: 7, endColumn: 44 }],
    },
    {
      name: 'pMap',
      filename,
      code: `
import pMap from 'p-map';
import axios from 'axios';
export function hooks(urls: string[]) {
  return pMap(urls, (url) => axios.post(url, {}), { concurrency: 4 });
}
`,
      errors: [{ messageId: 'queryInLoop', line: 5, column: 30, endLine: 5, endColumn: 49 }],
    },
    {
      name: 'Bluebird.map',
      filename,
      code: `
import Bluebird from 'bluebird';
import { Pool } from 'pg';
const pool = new Pool();
export function rows(ids: number[]) {
  return Bluebird.map(ids, (id) => pool.query('SELECT * FROM t WHERE id = $1', [id]));
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 36, endLine: 6, endColumn: 85 }],
    },
    {
      name: 'items.map(async ...) returned to the caller',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export function withAuthors(posts: { authorId: string }[]) {
  return posts.map(async (post) => ({ ...post, author: await prisma.user.findFirst({ where: { id: post.authorId } }) }));
}
`,
      errors: [{ messageId: 'queryInLoop', line: 5, column: 62, endLine: 5, endColumn: 117 }],
    },
    {
      name: 'ids.map(fetchUser), a same-file query function passed by reference',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
async function fetchUser(id: string) {
  return prisma.user.findFirst({ where: { id } });
}
export function users(ids: string[]) {
  return ids.map(fetchUser);
}
`,
      errors: [{ messageId: 'queryInLoop', line: 8, column: 18, endLine: 8, endColumn: 27 }],
    },
    {
      name: 'a configured iteration function',
      filename,
      code: `
import { eachLimit } from '../lib/concurrency';
import Redis from 'ioredis';
const redis = new Redis();
export function expire(sessionIds: string[]) {
  return eachLimit(sessionIds, 5, async (id: string) => {
    await redis.expire(\`session:\${id}\`, 60);
  });
}
`,
      options: [{ iterationFunctions: ['eachLimit'] }],
      errors: [{ messageId: 'queryInLoop', line: 7, column: 11, endLine: 7, endColumn: 44 }],
    },
    {
      name: 'a configured iteration function written with its namespace',
      filename,
      code: `
import * as utils from '../lib/utils';
import Redis from 'ioredis';
const redis = new Redis();
export function expire(sessionIds: string[]) {
  return utils.eachSeries(sessionIds, (id: string) => redis.expire(\`session:\${id}\`, 60));
}
`,
      options: [{ iterationFunctions: ['utils.eachSeries'] }],
      errors: [{ messageId: 'queryInLoop', line: 6, column: 55, endLine: 6, endColumn: 88 }],
    },
  ],
});

ruleTester.run('no-query-in-loop: Helpers', rule, {
  valid: [
    {
      name: 'same-file helpers that do not query',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
function initials(name: string) {
  return name.split(' ').map((w) => w[0]).join('');
}
function label(user: { name: string }) {
  return \`\${user.name} (\${initials(user.name)})\`;
}
export async function names(ids: string[]) {
  const users = await prisma.user.findMany({ where: { id: { in: ids } } });
  const out = [];
  for (const user of users) out.push(label(user));
  return out;
}
`,
    },
    {
      name: 'this.format(pet), a class method that does not query',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
export class PetService {
  private prisma = new PrismaClient();
  private format(pet: { name: string }) {
    return pet.name.toUpperCase();
  }
  async names(ownerId: string) {
    const pets = await this.prisma.pet.findMany({ where: { ownerId } });
    const names = [];
    for (const pet of pets) names.push(this.format(pet));
    return names;
  }
}
`,
    },
    {
      name: 'a function imported from the shared layer',
      filename,
      code: `
import { formatMoney } from '../lib/format';
export function totals(amounts: number[]) {
  const out = [];
  for (const amount of amounts) out.push(formatMoney(amount));
  return out;
}
`,
    },
    {
      name: 'dataLayer: false turns data-layer imports off',
      filename,
      code: `
import { findInvoice } from '../db/invoices';
export async function totals(ids: string[]) {
  let sum = 0;
  for (const id of ids) sum += (await findInvoice(id)).total;
  return sum;
}
`,
      options: [{ dataLayer: false }],
    },
    {
      name: 'the same module when it is not configured',
      filename,
      code: `
import { accounts } from '@acme/data';
export async function plans(accountIds: string[]) {
  const out = [];
  for (const id of accountIds) out.push(await accounts.planOf(id));
  return out;
}
`,
    },
    {
      name: 'a method of a configured client that is not in its queryMethods',
      filename,
      code: `
import { store } from '@acme/store';
export function cacheKeys(ids: string[]) {
  const out = [];
  for (const id of ids) out.push(store.keyOf(id));
  return out;
}
`,
      options: [{ clients: [{ module: '@acme/store', queryMethods: ['fetchOne'] }] }],
    },
    {
      name: 'DataLoader load batches every key of the tick',
      filename,
      code: `
import DataLoader from 'dataloader';
import { findUsersByIds } from '../db/users';
const users = new DataLoader((ids: readonly string[]) => findUsersByIds(ids));
export function authors(posts: { authorId: string }[]) {
  return Promise.all(posts.map((post) => users.load(post.authorId)));
}
`,
    },
    {
      name: 'load() of a loader imported from the data layer',
      filename,
      code: `
import { userLoader } from '../db/loaders';
export function authors(posts: { authorId: string }[]) {
  return Promise.all(posts.map((post) => userLoader.load(post.authorId)));
}
`,
    },
  ],
  invalid: [
    {
      name: 'a same-file helper that queries through another helper',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
async function loadUser(id: string) {
  return prisma.user.findFirst({ where: { id } });
}
async function displayName(id: string) {
  const user = await loadUser(id);
  return user?.name ?? 'unknown';
}
export async function names(ids: string[]) {
  const out = [];
  for (const id of ids) out.push(await displayName(id));
  return out;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 13, column: 40, endLine: 13, endColumn: 55 }],
    },
    {
      name: 'an arrow function helper bound to a const',
      filename,
      code: `
import { Pool } from 'pg';
const pool = new Pool();
const loadUser = async (id: string) => (await pool.query('SELECT * FROM users WHERE id = $1', [id])).rows[0];
export async function owners(ids: string[]) {
  const out = [];
  for (const id of ids) out.push(await loadUser(id));
  return out;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 40, endLine: 7, endColumn: 52 }],
    },
    {
      name: 'this.loadOwner(id), a class method that queries',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
export class PetService {
  private prisma = new PrismaClient();
  private loadOwner(id: string) {
    return this.prisma.owner.findFirst({ where: { id } });
  }
  async owners(pets: { ownerId: string }[]) {
    const owners = [];
    for (const pet of pets) owners.push(await this.loadOwner(pet.ownerId));
    return owners;
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 10, column: 47, endLine: 10, endColumn: 74 }],
    },
    {
      name: 'a method of a same-file object literal that queries',
      filename,
      code: `
import { Pool } from 'pg';
const pool = new Pool();
const users = {
  async byId(id: string) {
    return (await pool.query('SELECT * FROM users WHERE id = $1', [id])).rows[0];
  },
};
export async function owners(ids: string[]) {
  const out = [];
  for (const id of ids) out.push(await users.byId(id));
  return out;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 11, column: 40, endLine: 11, endColumn: 54 }],
    },
    {
      name: 'a function imported from the data layer',
      filename,
      code: `
import { findInvoice } from '../db/invoices';
export async function totals(ids: string[]) {
  let sum = 0;
  for (const id of ids) sum += (await findInvoice(id)).total;
  return sum;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 5, column: 39, endLine: 5, endColumn: 54 }],
    },
    {
      name: 'a method of an object imported from ../repositories',
      filename,
      code: `
import { invoiceRepository } from '../repositories/invoices';
export async function totals(ids: string[]) {
  let sum = 0;
  for (const id of ids) sum += (await invoiceRepository.byId(id)).total;
  return sum;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 5, column: 39, endLine: 5, endColumn: 65 }],
    },
    {
      name: 'a configured client module: every call on it is a query',
      filename,
      code: `
import { accounts } from '@acme/data';
export async function plans(accountIds: string[]) {
  const out = [];
  for (const id of accountIds) out.push(await accounts.planOf(id));
  return out;
}
`,
      options: [{ clients: [{ module: '@acme/data' }] }],
      errors: [{ messageId: 'queryInLoop', line: 5, column: 47, endLine: 5, endColumn: 66 }],
    },
    {
      name: 'a configured client with queryMethods',
      filename,
      code: `
import { store } from '@acme/store';
export async function load(ids: string[]) {
  const out = [];
  for (const id of ids) out.push(await store.fetchOne(id));
  return out;
}
`,
      options: [{ clients: [{ module: '@acme/store', queryMethods: ['fetchOne'] }] }],
      errors: [{ messageId: 'queryInLoop', line: 5, column: 40, endLine: 5, endColumn: 58 }],
    },
  ],
});

ruleTester.run('no-query-in-loop: Fan-out and hoisting', rule, {
  valid: [
    {
      name: 'one groupBy instead',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export function counts(authorIds: string[]) {
  return prisma.post.groupBy({ by: ['authorId'], where: { authorId: { in: authorIds } }, _count: true });
}
`,
    },
    {
      name: 'the same shape on a pipeline runs in one round trip',
      filename,
      code: `
import Redis from 'ioredis';
const redis = new Redis();
export async function scores(playerIds: string[]) {
  const pipeline = redis.pipeline();
  playerIds.forEach((id) => pipeline.zscore('leaderboard', id));
  return pipeline.exec();
}
`,
    },
    {
      name: 'the same query hoisted before the loop',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function price(items: { amount: number }[]) {
  const settings = await prisma.settings.findFirst();
  let total = 0;
  for (const item of items) {
    total += item.amount * (settings?.taxRate ?? 1);
  }
  return total;
}
`,
    },
  ],
  invalid: [
    {
      name: 'fanOut: Promise.all over a map',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export function counts(authorIds: string[]) {
  return Promise.all(authorIds.map((authorId) => prisma.post.count({ where: { authorId } })));
}
`,
      errors: [{ messageId: 'fanOut', line: 5, column: 50, endLine: 5, endColumn: 92 }],
    },
    {
      name: 'fanOut: Promise.allSettled',
      filename,
      code: `
import axios from 'axios';
export function notify(webhooks: { url: string }[], event: object) {
  return Promise.allSettled(webhooks.map((hook) => axios.post(hook.url, event)));
}
`,
      errors: [{ messageId: 'fanOut', line: 4, column: 52, endLine: 4, endColumn: 79 }],
    },
    {
      name: 'fanOut through a variable: const ps = xs.map(...); await Promise.all(ps)',
      filename,
      code: `
import Redis from 'ioredis';
const redis = new Redis();
export async function scores(playerIds: string[]) {
  const pending = playerIds.map((id) => redis.zscore('leaderboard', id));
  return Promise.all(pending);
}
`,
      errors: [{ messageId: 'fanOut', line: 5, column: 41, endLine: 5, endColumn: 72 }],
    },
    {
      name: 'fanOut when the mapped array is cast on its way to Promise.all',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export function counts(ids: string[]) {
  return Promise.all(ids.map((id) => prisma.post.count({ where: { authorId: id } })) as Promise<number>[]);
}
`,
      errors: [{ messageId: 'fanOut', line: 5, column: 38, endLine: 5, endColumn: 84 }],
    },
    {
      name: 'hoistQuery: the query does not use the element',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function price(items: { amount: number }[]) {
  let total = 0;
  for (const item of items) {
    const settings = await prisma.settings.findFirst();
    total += item.amount * (settings?.taxRate ?? 1);
  }
  return total;
}
`,
      errors: [{ messageId: 'hoistQuery', line: 7, column: 28, endLine: 7, endColumn: 55 }],
    },
    {
      name: 'hoistQuery in a callback',
      filename,
      code: `
import axios from 'axios';
export function convert(amounts: number[]) {
  return amounts.map(async (amount) => amount * (await axios.get('https://rates.example.com/eur')).data.rate);
}
`,
      errors: [{ messageId: 'hoistQuery', line: 4, column: 56, endLine: 4, endColumn: 98 }],
    },
    {
      name: 'hoistQuery through a class method called without the element',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
export class Pricing {
  private prisma = new PrismaClient();
  private taxRate() {
    return this.prisma.settings.findFirst();
  }
  async gross(items: { amount: number }[]) {
    const out = [];
    for (const item of items) out.push(item.amount * ((await this.taxRate())?.rate ?? 1));
    return out;
  }
}
`,
      errors: [{ messageId: 'hoistQuery', line: 10, column: 62, endLine: 10, endColumn: 76 }],
    },
    {
      name: 'the element used through `as` still makes the query per element',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function teams(ids: unknown[]) {
  for (const id of ids) {
    await prisma.team.findFirst({ where: { id: id as string } });
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 11, endLine: 6, endColumn: 65 }],
    },
    {
      name: 'the element used through a non-null assertion still makes the query per element',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function teams(users: { teamId: string | null }[]) {
  for (const user of users) {
    await prisma.team.findFirst({ where: { id: user!.teamId! } });
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 11, endLine: 6, endColumn: 66 }],
    },
  ],
});

ruleTester.run('no-query-in-loop: Not per element', rule, {
  valid: [
    {
      name: 'a literal array of statuses',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function stats() {
  const out: Record<string, number> = {};
  for (const status of ['open', 'closed', 'pending']) {
    out[status] = await prisma.ticket.count({ where: { status } });
  }
  return out;
}
`,
    },
    {
      name: 'a two-element tuple literal',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function window(from: Date, to: Date) {
  const [a, b] = await Promise.all([from, to].map((at) => prisma.rate.findFirst({ where: { at } })));
  return { a, b };
}
`,
    },
    {
      name: 'an `as const` table',
      filename,
      code: `
import Redis from 'ioredis';
const redis = new Redis();
export async function flags() {
  const names = ['checkout', 'search', 'beta'] as const;
  const out = [];
  for (const name of names) out.push(await redis.get(\`flag:\${name}\`));
  return out;
}
`,
    },
    {
      name: 'chunks of ids: one query per chunk',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
import { chunk } from 'lodash';
const prisma = new PrismaClient();
export async function purge(ids: string[]) {
  for (const batch of chunk(ids, 100)) {
    await prisma.session.deleteMany({ where: { id: { in: batch } } });
  }
}
`,
    },
    {
      name: 'a for loop stepping by 100 over slices',
      filename,
      code: `
import { Pool } from 'pg';
const pool = new Pool();
export async function purge(ids: string[]) {
  for (let i = 0; i < ids.length; i += 100) {
    await pool.query('DELETE FROM sessions WHERE id = ANY($1)', [ids.slice(i, i + 100)]);
  }
}
`,
    },
    {
      name: 'a while loop taking chunks with splice',
      filename,
      code: `
import { Pool } from 'pg';
const pool = new Pool();
export async function purge(ids: string[]) {
  const pending = [...ids];
  while (pending.length > 0) {
    const batch = pending.splice(0, 500);
    await pool.query('DELETE FROM sessions WHERE id = ANY($1)', [batch]);
  }
}
`,
    },
    {
      name: 'a schema-bounded loop over Object.keys(schema.attributes)',
      filename,
      code: `
import { Pool } from 'pg';
const pool = new Pool();
export async function counts(schema: { attributes: Record<string, unknown> }) {
  const out: Record<string, number> = {};
  for (const attribute of Object.keys(schema.attributes)) {
    out[attribute] = (await pool.query(\`SELECT count(\${attribute}) FROM t\`)).rows[0].count;
  }
  return out;
}
`,
    },
    {
      name: 'an event handler assigned in a loop runs later',
      filename,
      code: `
export function bind(rows: HTMLElement[]) {
  for (const row of rows) {
    row.onclick = async () => {
      await fetch(\`/api/rows/\${row.id}\`);
    };
  }
}
`,
    },
    {
      name: 'a timer callback runs later',
      filename,
      code: `
import Redis from 'ioredis';
const redis = new Redis();
export function expireLater(sessionIds: string[]) {
  for (const id of sessionIds) {
    setTimeout(() => redis.del(\`session:\${id}\`), 60_000);
  }
}
`,
    },
    {
      name: 'emitter.on registers a listener per emitter',
      filename,
      code: `
import { EventEmitter } from 'node:events';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export function wire(emitters: EventEmitter[]) {
  emitters.forEach((emitter) => {
    emitter.on('order', (id: string) => prisma.order.update({ where: { id }, data: { seen: true } }));
  });
}
`,
    },
    {
      name: 'code after the loop runs once',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function rename(users: { id: string; name: string }[]) {
  const ids = [];
  for (const user of users) ids.push(user.id);
  await prisma.user.updateMany({ where: { id: { in: ids } }, data: { renamed: true } });
  return prisma.user.count();
}
`,
    },
    {
      name: 'one createMany with rows built per element',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function importAll(people: { first: string; last: string }[]) {
  await prisma.user.createMany({ data: people.map((p) => ({ name: \`\${p.first} \${p.last}\` })) });
}
`,
    },
  ],
  invalid: [
    {
      name: 'a local array grown from data by a spread',
      filename,
      code: `
import Redis from 'ioredis';
const redis = new Redis();
export async function flags(extra: string[]) {
  const names = ['checkout', ...extra];
  const out = [];
  for (const name of names) out.push(await redis.get(\`flag:\${name}\`));
  return out;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 44, endLine: 7, endColumn: 69 }],
    },
    {
      name: 'a loop variable named like a chunk that is one data row',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function memberCounts(groups: { id: string }[]) {
  const out = [];
  for (const group of groups) {
    out.push(await prisma.membership.count({ where: { groupId: group.id } }));
  }
  return out;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 20, endLine: 7, endColumn: 77 }],
    },
    {
      name: 'Object.keys of a data object',
      filename,
      code: `
import { Pool } from 'pg';
const pool = new Pool();
export async function touch(byUser: Record<string, unknown>) {
  for (const userId of Object.keys(byUser)) {
    await pool.query('UPDATE users SET seen = now() WHERE id = $1', [userId]);
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 11, endLine: 6, endColumn: 78 }],
    },
    {
      name: 'a loop inside a timer callback is still a loop',
      filename,
      code: `
import { Pool } from 'pg';
const pool = new Pool();
export function poll(ids: string[]) {
  setInterval(async () => {
    for (const id of ids) await pool.query('SELECT refresh_status($1)', [id]);
  }, 1000);
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 33, endLine: 6, endColumn: 78 }],
    },
  ],
});

// Behaviours that came from reading the reports on real code (docs/precision.md).
ruleTester.run('no-query-in-loop: Real-code precision', rule, {
  valid: [
    {
      name: 'a synchronous helper from the data layer is not a query',
      filename,
      code: `
import { timestampToDate } from '../db/util';
export function dates(rows: { at: string }[]) {
  return rows.map((row) => timestampToDate(row.at));
}
`,
    },
    {
      name: '`manager.find(Entity, where)` is not `Array#find`',
      filename,
      code: `
import { Product } from '../db/models';
export async function products(manager: any, ids: string[]) {
  return manager.find(Product.name, { id: ids });
}
`,
    },
    {
      name: 'a list filled in a loop over columns is as bounded as the columns',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function convert(table: { columns: { updated: { name: string }[] } }) {
  const conversions = [];
  for (const column of table.columns.updated) conversions.push({ sql: column.name });
  for (const conversion of conversions) await prisma.$executeRawUnsafe(conversion.sql);
}
`,
    },
    {
      name: 'a collection read from a query AST is sized by the request, not the data',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function run(ast: { names: string[] }) {
  for (const name of ast.names) await prisma.collection.findFirst({ where: { name } });
}
`,
    },
    {
      name: 'a function calling itself per child walks a tree',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
type Node = { name: string; children: Node[] };
export async function walk(node: Node): Promise<void> {
  await prisma.node.findFirst({ where: { name: node.name } });
  for (const child of node.children) await walk(child);
}
`,
    },
    {
      name: 'a call that does not use the element, guarded by a condition on it, runs for the match only',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function meta(options: string[]) {
  const out: Record<string, number> = {};
  for (const option of options) {
    if (option === 'total_count') out.total = await prisma.item.count();
  }
  return out;
}
`,
    },
    {
      name: "a scheduler's callback runs later",
      filename,
      code: `
declare function scheduleJob(id: string, cron: string, job: () => Promise<void>): void;
export function schedule(flows: { id: string; url: string }[]) {
  for (const flow of flows) scheduleJob(flow.id, '* * * * *', async () => { await fetch(flow.url); });
}
`,
    },
  ],
  invalid: [
    {
      name: 'an awaited data-layer call is a query',
      filename,
      code: `
import { loadUser } from '../db/users';
export async function users(ids: string[]) {
  const out = [];
  for (const id of ids) out.push(await loadUser(id));
  return out;
}
`,
      errors: [{ messageId: 'queryInLoop', line: 5, column: 40, endLine: 5, endColumn: 52 }],
    },
    {
      name: 'a list filled in a loop over data rows is data-sized',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function convert(rows: { id: string }[]) {
  const ids = [];
  for (const row of rows) ids.push(row.id);
  for (const id of ids) await prisma.user.delete({ where: { id } });
}
`,
      errors: [{ messageId: 'queryInLoop', line: 7, column: 31, endLine: 7, endColumn: 68 }],
    },
    {
      name: 'a call using the element under a condition is still per element',
      filename,
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function meta(ids: string[]) {
  for (const id of ids) {
    if (id.startsWith('u')) await prisma.user.delete({ where: { id } });
  }
}
`,
      errors: [{ messageId: 'queryInLoop', line: 6, column: 35, endLine: 6, endColumn: 72 }],
    },
  ],
});
