/**
 * What each supported client looks like in code: the packages it comes from,
 * how a client value is made, which of its calls run a query, which are the
 * batching forms that fix an N+1, and how a lazy builder is executed.
 */
export type ClientFamily =
  | 'prisma'
  | 'drizzle'
  | 'typeorm'
  | 'sequelize'
  | 'mongoose'
  | 'knex'
  | 'kysely'
  | 'mikro-orm'
  | 'pg'
  | 'mysql'
  | 'supabase'
  | 'firestore'
  | 'redis'
  | 'http'
  | 'data-layer'
  | 'custom';

export interface FamilySpec {
  readonly packages: readonly string[];
  /** Exported names whose `new X()` or `X()` result is a client. `default` is the default export. */
  readonly factories: readonly string[];
  /** Exported type names: a parameter or property annotated with one is a client. */
  readonly types: readonly string[];
  /**
   * Methods, anywhere on a chain rooted at the client, that run a query when
   * called. Undefined: every call on the chain runs one unless it is lazy.
   */
  readonly queryMethods?: ReadonlySet<string>;
  /** Calls that build a query without running it; the chain runs when awaited or executed. */
  readonly lazy: boolean;
  /** Methods that execute a lazy chain. */
  readonly executeMethods?: ReadonlySet<string>;
  /** Methods that are not queries although they sit on a client (builders, setup, batching). */
  readonly ignoredMethods?: ReadonlySet<string>;
  /**
   * Calls that gather the queries handed to them into one round trip
   * (`$transaction([...])`, `db.batch([...])`, `pipeline()`): queries built
   * per element and handed to one of these are batched, not an N+1.
   */
  readonly batchMethods: ReadonlySet<string>;
  /** Methods whose callback receives a transaction handle of the same family. */
  readonly transactionMethods: ReadonlySet<string>;
  /** Exported functions that run a query when called (`getDoc` from firebase/firestore). */
  readonly queryFunctions?: ReadonlySet<string>;
  /** The package's own export is a client (`axios.get()`, `got(url)`). */
  readonly moduleIsClient?: boolean;
  /** What one call costs, for messages. */
  readonly what: 'query' | 'request' | 'cache call';
  readonly fix: string;
}

const set = (...names: string[]): ReadonlySet<string> => new Set(names);

const TYPEORM_QUERIES = set(
  'find', 'findOne', 'findOneBy', 'findBy', 'findAndCount', 'findAndCountBy', 'findOneOrFail', 'findOneByOrFail',
  'findByIds', 'count', 'countBy', 'exists', 'existsBy', 'save', 'insert', 'update', 'upsert', 'delete', 'remove',
  'softDelete', 'softRemove', 'restore', 'recover', 'increment', 'decrement', 'query', 'sum', 'average', 'minimum',
  'maximum', 'preload', 'clear', 'getMany', 'getOne', 'getOneOrFail', 'getRawMany', 'getRawOne', 'getCount',
  'getManyAndCount', 'getRawAndEntities', 'getExists', 'execute', 'stream',
);

export const FAMILIES: Readonly<Record<Exclude<ClientFamily, 'data-layer' | 'custom'>, FamilySpec>> = {
  prisma: {
    packages: ['@prisma/client'],
    factories: ['PrismaClient'],
    types: ['PrismaClient'],
    queryMethods: set(
      'findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'create', 'update', 'upsert',
      'delete', 'count', 'aggregate', 'groupBy', '$queryRaw', '$queryRawUnsafe', '$executeRaw', '$executeRawUnsafe',
      // many rows in one query: the fix when called once, still a round trip each when called per element
      'createMany', 'createManyAndReturn', 'updateMany', 'updateManyAndReturn', 'deleteMany',
    ),
    lazy: false,
    batchMethods: set('$transaction'),
    transactionMethods: set('$transaction'),
    what: 'query',
    fix: 'load them in one query (`findMany({ where: { id: { in: ids } } })` or `include` the relation)',
  },
  drizzle: {
    packages: ['drizzle-orm'],
    factories: ['drizzle'],
    types: ['NodePgDatabase', 'PostgresJsDatabase', 'MySql2Database', 'BetterSQLite3Database', 'LibSQLDatabase', 'PgDatabase'],
    lazy: true,
    executeMethods: set('execute', 'run', 'all', 'get', 'values', 'then', 'prepare', 'findMany', 'findFirst'),
    batchMethods: set('batch'),
    transactionMethods: set('transaction'),
    what: 'query',
    fix: 'query all of them at once with `inArray(column, ids)`',
  },
  typeorm: {
    packages: ['typeorm', '@nestjs/typeorm'],
    factories: ['DataSource', 'getRepository', 'getManager', 'getConnection', 'createConnection'],
    types: ['Repository', 'EntityManager', 'DataSource', 'TreeRepository', 'MongoRepository', 'SelectQueryBuilder', 'QueryRunner'],
    queryMethods: TYPEORM_QUERIES,
    lazy: false,
    batchMethods: set('transaction'),
    transactionMethods: set('transaction'),
    what: 'query',
    fix: 'load them in one query with `In(ids)` (`findBy({ id: In(ids) })`) or a join',
  },
  sequelize: {
    packages: ['sequelize', 'sequelize-typescript'],
    factories: ['Sequelize'],
    types: ['Sequelize', 'ModelStatic', 'ModelCtor'],
    queryMethods: set(
      'findAll', 'findOne', 'findByPk', 'findOrCreate', 'findAndCountAll', 'findCreateFind', 'count', 'create', 'update',
      'destroy', 'upsert', 'increment', 'decrement', 'max', 'min', 'sum', 'query', 'restore', 'reload', 'save', 'bulkCreate',
    ),
    lazy: false,
    batchMethods: set(),
    transactionMethods: set('transaction'),
    what: 'query',
    fix: 'load them in one query with `where: { id: ids }` (Sequelize turns an array into IN) or `include`',
  },
  mongoose: {
    packages: ['mongoose'],
    factories: ['model'],
    types: ['Model'],
    queryMethods: set(
      'find', 'findOne', 'findById', 'findOneAndUpdate', 'findByIdAndUpdate', 'findOneAndDelete', 'findByIdAndDelete',
      'findOneAndReplace', 'updateOne', 'updateMany', 'deleteOne', 'deleteMany', 'replaceOne', 'create', 'countDocuments',
      'estimatedDocumentCount', 'exists', 'aggregate', 'distinct', 'save', 'insertMany', 'bulkWrite', 'bulkSave',
    ),
    lazy: false,
    batchMethods: set(),
    transactionMethods: set(),
    what: 'query',
    fix: 'query them at once with `{ _id: { $in: ids } }` or use `bulkWrite`',
  },
  knex: {
    packages: ['knex'],
    factories: ['default', 'knex', 'Knex'],
    types: ['Knex'],
    lazy: true,
    // `raw` and `insert` build fragments and statements; they run when awaited like any builder
    executeMethods: set('then', 'first', 'pluck', 'stream', 'asCallback'),
    batchMethods: set(),
    transactionMethods: set('transaction'),
    what: 'query',
    fix: 'query all of them at once with `whereIn(column, ids)`',
  },
  kysely: {
    packages: ['kysely'],
    factories: ['Kysely'],
    types: ['Kysely', 'Transaction'],
    lazy: true,
    executeMethods: set('execute', 'executeTakeFirst', 'executeTakeFirstOrThrow', 'stream'),
    batchMethods: set(),
    // `db.transaction().execute(async (trx) => ...)`: a transaction method only when given a callback
    transactionMethods: set('execute'),
    what: 'query',
    fix: "query all of them at once with `where(column, 'in', ids)`",
  },
  'mikro-orm': {
    packages: ['@mikro-orm/core', '@mikro-orm/postgresql', '@mikro-orm/mysql', '@mikro-orm/sqlite', '@mikro-orm/mongodb'],
    factories: ['MikroORM', 'init'],
    types: ['EntityManager', 'EntityRepository', 'SqlEntityManager', 'MikroORM'],
    queryMethods: set(
      'find', 'findOne', 'findOneOrFail', 'findAndCount', 'findAll', 'count', 'persistAndFlush', 'flush', 'removeAndFlush',
      'nativeInsert', 'nativeUpdate', 'nativeDelete', 'populate', 'refresh', 'upsert', 'execute', 'getResult', 'getSingleResult',
      'insertMany', 'upsertMany',
    ),
    lazy: false,
    batchMethods: set(),
    transactionMethods: set('transactional'),
    what: 'query',
    fix: 'load them in one query with `find(Entity, { id: { $in: ids } })` or `populate`',
  },
  pg: {
    packages: ['pg', 'pg-pool', 'postgres', '@neondatabase/serverless', '@vercel/postgres'],
    factories: ['Pool', 'Client', 'default', 'neon', 'createPool', 'createClient'],
    types: ['Pool', 'PoolClient', 'Client', 'Sql'],
    queryMethods: set('query', 'unsafe'),
    lazy: false,
    batchMethods: set(),
    transactionMethods: set('begin'),
    // `sql` from @vercel/postgres is itself the tagged query
    queryFunctions: set('sql'),
    what: 'query',
    fix: 'query all of them at once with `WHERE id = ANY($1)`',
  },
  mysql: {
    packages: ['mysql2', 'mysql2/promise', 'mysql'],
    factories: ['createPool', 'createConnection', 'createPoolCluster'],
    types: ['Pool', 'Connection', 'PoolConnection'],
    queryMethods: set('query', 'execute'),
    lazy: false,
    batchMethods: set(),
    transactionMethods: set(),
    what: 'query',
    fix: 'query all of them at once with `WHERE id IN (?)` and the array of ids',
  },
  supabase: {
    packages: ['@supabase/supabase-js'],
    factories: ['createClient'],
    types: ['SupabaseClient'],
    lazy: true,
    executeMethods: set('then', 'rpc'),
    batchMethods: set(),
    transactionMethods: set(),
    what: 'query',
    fix: "query all of them at once with `.in('id', ids)`",
  },
  firestore: {
    packages: ['firebase/firestore', 'firebase-admin/firestore', '@google-cloud/firestore', 'firebase-admin'],
    factories: ['getFirestore', 'Firestore', 'firestore'],
    types: ['Firestore'],
    queryMethods: set('get', 'set', 'update', 'delete', 'add', 'create', 'getAll', 'listDocuments'),
    lazy: false,
    batchMethods: set('batch', 'bulkWriter'),
    transactionMethods: set('runTransaction'),
    queryFunctions: set(
      'getDoc', 'getDocs', 'setDoc', 'addDoc', 'updateDoc', 'deleteDoc', 'getDocFromServer', 'getDocsFromServer',
      'getCountFromServer', 'getAggregateFromServer',
    ),
    what: 'query',
    fix: "read them in one query (`where(documentId(), 'in', ids)`) or `getAll(...refs)`",
  },
  redis: {
    packages: ['ioredis', 'redis', '@redis/client', '@upstash/redis'],
    factories: ['default', 'Redis', 'createClient', 'Cluster'],
    types: ['Redis', 'RedisClientType', 'Cluster'],
    lazy: false,
    ignoredMethods: set(
      'on', 'once', 'off', 'connect', 'disconnect', 'quit', 'duplicate', 'defineCommand', 'subscribe', 'psubscribe',
      'unsubscribe', 'removeListener', 'addListener', 'emit', 'status',
    ),
    // mget and friends are one round trip: queries like any other, the fix when called once
    batchMethods: set('pipeline', 'multi', 'batch'),
    transactionMethods: set(),
    what: 'cache call',
    fix: 'read them in one round trip with `mget` (or a `pipeline()`)',
  },
  http: {
    packages: ['axios', 'got', 'ky', 'node-fetch', 'undici', 'superagent', 'ofetch'],
    factories: ['default', 'create', 'extend', 'request', 'fetch', 'ofetch', '$fetch'],
    types: ['AxiosInstance', 'Got', 'KyInstance'],
    moduleIsClient: true,
    queryMethods: set('get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'json', 'text', 'stream'),
    lazy: false,
    batchMethods: set(),
    transactionMethods: set(),
    what: 'request',
    fix: 'call a bulk endpoint once with all the ids, or fetch the collection once',
  },
};
