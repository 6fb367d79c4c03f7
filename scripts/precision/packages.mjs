// The precision corpus: published npm packages with database or HTTP access in
// their source, at exact versions. `fetch-corpus.mjs` downloads them with
// `npm pack`; `run.mjs` lints them. See docs/precision.md.
//
// source:
//   'maps'    - the tarball ships compiled JS whose source maps carry the original
//               TypeScript (`sourcesContent`); that original source is recovered
//               into package/src/ and linted, the compiled JS is not.
//   'shipped' - the tarball's own files under `roots` are linted as they are
//               (hand-written JS, or readable compiled JS when no source ships).
// integrity: the registry's sha512 of the tarball, checked after every download.

/**
 * @typedef {object} CorpusPackage
 * @property {string} name
 * @property {string} version
 * @property {string} integrity
 * @property {string} access   what the source talks to, for the report
 * @property {'maps' | 'shipped'} source
 * @property {string[]} roots  folders (relative to the extracted package/) to lint
 * @property {string[]} [exclude] more path prefixes (relative to package/) to skip
 * @property {string[]} [extensions] file extensions to lint (default: all JS/TS)
 */

/** @type {CorpusPackage[]} */
export const PACKAGES = [
  {
    name: 'ghost',
    version: '6.65.0',
    integrity: 'sha512-D369qivOmfn4YwvBD1DljOGsHnJzBEQhBsiFnBZD+GjWrBpdZQYYNHneiQcKQVJwUom8eHWml1n5FRLQIwVFOg==',
    access: 'Knex + Bookshelf (MySQL/SQLite), HTTP',
    source: 'shipped',
    roots: ['core/server', 'core/shared', 'core/frontend'],
    // the admin client bundle and the browser scripts of the frontend
    exclude: ['core/built', 'core/frontend/public', 'core/frontend/src'],
  },
  {
    name: '@strapi/database',
    version: '5.54.0',
    integrity: 'sha512-ipUhqb1l+ggsPwqt0x9LatqmP/HPOHOsoJTGHjWcwLheUebuFh9GSaQQFLF8xaaj8gF/DtyKEYsrik+VkgFhug==',
    access: 'Knex (Postgres/MySQL/SQLite)',
    source: 'maps',
    roots: ['src'],
  },
  {
    name: '@strapi/core',
    version: '5.54.0',
    integrity: 'sha512-iPBrqkco5whcVis7+KFQk/M71Cvh2GyKVwjTS6a1Yosu8xmo6QNQKuKsXjpbhO+trDHG/Z1bo6H1VXfvCj9E8Q==',
    access: 'Strapi query engine over Knex',
    source: 'maps',
    roots: ['src'],
  },
  {
    name: '@directus/api',
    version: '39.2.1',
    integrity: 'sha512-jPm5H7eJFguE956zkWVbA+p+uKWt10kiZXGDCj1YDcc1SzPhAdHo4klMuPbny8UpGZzdASKQOKmznhP6ysso8Q==',
    access: 'Knex, HTTP (axios), Redis',
    source: 'shipped',
    roots: ['dist'],
  },
  {
    name: '@backstage/plugin-catalog-backend',
    version: '4.0.0',
    integrity: 'sha512-G90XYW+/YDdxsShzz4FYQuvQhsQ3P+VENyzqB96nk0d1mcf1zzGwqyGkSxIU+xOo+GWljmmIN8PDfoFFWONCLA==',
    access: 'Knex',
    source: 'maps',
    roots: ['src'],
  },
  {
    name: '@vendure/core',
    version: '3.7.3',
    integrity: 'sha512-Og8/rWxpk2SfgnJpTp2JI1cj5b4b0wOIkiC8ACw6uut48o5iPOceX4cp3JlOUmEhyl/JnaoHx0+DLJrRwDiigg==',
    access: 'TypeORM',
    source: 'shipped',
    roots: ['dist'],
    extensions: ['.js'],
  },
  {
    name: '@n8n/db',
    version: '1.41.2',
    integrity: 'sha512-GOjuoc0WZ/0QMrZ6FL+VqwcGoPWIWppGTdoBH4JVbcBLxeghtJGW7VW1JsExK9JWx4PlWkcp7GN1vqw7w29c1w==',
    access: 'TypeORM',
    source: 'shipped',
    roots: ['dist'],
    extensions: ['.js'],
  },
  {
    name: 'n8n-core',
    version: '2.41.1',
    integrity: 'sha512-6IlN6Iyp6xdYlSHVjE8aD3E/073HJ3ZRvS0Hx6Z6FLx5xemdvqndtW/RISQlTPOuPlfZPlF2tjwgc3MkZciRRQ==',
    access: 'HTTP (axios)',
    source: 'shipped',
    roots: ['dist'],
    extensions: ['.js'],
  },
  {
    name: '@medusajs/product',
    version: '2.21.2',
    integrity: 'sha512-BUg+el+LDnJD9bGnDY7EoRLw+QZAaiWjbujnY62FMH7IEXojRCOlkhObQejYGb7H2V16Sw8P0aZlr3POw9dQ5A==',
    access: 'MikroORM',
    source: 'shipped',
    roots: ['dist'],
    extensions: ['.js'],
  },
  {
    name: '@payloadcms/db-mongodb',
    version: '3.90.2',
    integrity: 'sha512-5fpA5bQAG/5/ZplD27EWnTyZR6ZUrgRhBcJdCrw+9MKWGZwXtXrzah1xWngBwVhC7QNVkgxOwKuwLE2jcDqIHg==',
    access: 'Mongoose',
    source: 'maps',
    roots: ['src'],
  },
  {
    name: '@payloadcms/drizzle',
    version: '3.90.2',
    integrity: 'sha512-C5r0gimzaq6ih21jh3VPQNNRxFYCi6JhTgkcbf2c/xGF7MEEzNzDn3DgfFFe4zeDE4iuC9glYrXFs85AKghq8w==',
    access: 'Drizzle',
    source: 'maps',
    roots: ['src'],
  },
  {
    name: 'parse-server',
    version: '9.10.0',
    integrity: 'sha512-f4IIsWLsh30mOJl6u6SB3GBrj7Zj4f69dKkI0PPZxNeVttlKFBEg/VHc2AQrWKWRvnIlWy22o2UdX4ECPDPCIw==',
    access: 'MongoDB driver, pg-promise, HTTP',
    source: 'shipped',
    roots: ['lib'],
  },
  {
    name: '@keystone-6/core',
    version: '8.1.0',
    integrity: 'sha512-VBACWSaIpqRK8vAxnnWQbgGqv2O81eXf4HeLXo7E/J7Di/EpuJcr5sLUfyj1FIUPBiSRNFU2x+2X5CQH4B9Osg==',
    access: 'Prisma',
    source: 'shipped',
    roots: ['dist'],
    extensions: ['.js'],
    // the bundled admin UI (React pages and field views): browser code
    exclude: ['dist/keystone-6-core-___internal-do-not-use-will-break-in-patch-admin-ui'],
  },
];

/** The corpus folder of a package, relative to precision/corpus/: `@strapi/core@5.54.0`. */
export const folderName = (pkg) => `${pkg.name}@${pkg.version}`;
