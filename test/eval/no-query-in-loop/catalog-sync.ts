// path: src/services/catalog-sync.ts
import async from 'async';
import got from 'got';
import knex from 'knex';
import ky from 'ky';
import _ from 'lodash';
import pMap from 'p-map';
import { logger } from '../lib/logger';

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
const supplier = got.extend({ prefixUrl: process.env.SUPPLIER_API, responseType: 'json', timeout: { request: 10_000 } });
const storefront = ky.create({ prefixUrl: process.env.STOREFRONT_API });

interface SupplierProduct {
  sku: string;
  title: string;
  price: number;
  stock: number;
}

interface Page<T> {
  items: T[];
  next: string | null;
}

export async function pullCatalog(): Promise<SupplierProduct[]> {
  const products: SupplierProduct[] = [];
  let next: string | null = 'products?limit=500';
  while (next) {
    const page: Page<SupplierProduct> = await supplier.get(next).json();
    products.push(...page.items);
    next = page.next;
  }
  return products;
}

export async function refreshPrices(skus: string[]): Promise<void> {
  for (const sku of skus) {
    const product = await supplier.get(`products/${sku}`).json<SupplierProduct>(); // expect: no-query-in-loop
    await db('products').where({ sku }).update({ price: product.price, updated_at: db.fn.now() }); // expect: no-query-in-loop
  }
}

export async function upsertCatalog(products: SupplierProduct[]): Promise<void> {
  for (const part of _.chunk(products, 500)) {
    await db('products')
      .insert(part.map((p) => ({ sku: p.sku, title: p.title, price: p.price, stock: p.stock })))
      .onConflict('sku')
      .merge();
  }
}

export async function stockLevels(skus: string[]): Promise<Map<string, number>> {
  const rows: { sku: string; stock: number }[] = await db('products').whereIn('sku', skus).select('sku', 'stock');
  return new Map(rows.map((r) => [r.sku, r.stock]));
}

export async function touchCategories(categoryIds: number[]): Promise<void> {
  await async.eachLimit(categoryIds, 4, async (categoryId: number) => {
    await db('categories').where({ id: categoryId }).update({ synced_at: db.fn.now() }); // expect: no-query-in-loop
  });
}

export async function publish(skus: string[]): Promise<void> {
  await pMap(
    skus,
    async (sku) => {
      const row = await db('products').where({ sku }).first(); // expect: no-query-in-loop
      if (row) await storefront.put(`products/${sku}`, { json: row }); // expect: no-query-in-loop
    },
    { concurrency: 8 },
  );
}

export async function publishBatched(skus: string[]): Promise<void> {
  const rows = await db('products').whereIn('sku', skus);
  for (const chunk of _.chunk(rows, 100)) {
    await storefront.post('products/bulk', { json: chunk });
  }
}

export async function healthCheck(): Promise<boolean> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      await supplier.get('health');
      return true;
    } catch (error) {
      logger.warn({ attempt, error }, 'supplier health check failed');
    }
  }
  return false;
}

export function titlesBySku(products: SupplierProduct[]): Record<string, string> {
  return _.mapValues(_.keyBy(products, 'sku'), (p) => p.title.trim());
}
