// The corpus of the no-hardcoded-threshold survey: published npm packages of
// application code (servers, CMSs, commerce backends, workflow engines, bridges),
// at exact versions. Eight are reused from the no-query-in-loop corpus
// (../packages.mjs, fetched by ../fetch-corpus.mjs, same folders); the others are
// pinned here the same way (name, version, the registry's sha512 of the tarball)
// and fetched by ./fetch.mjs. The data-layer libraries of that corpus
// (@strapi/database, @n8n/db, @payloadcms/*, @keystone-6/core) are left out: they
// are ORM adapters and frameworks, not application code. See docs/precision.md.
import { PACKAGES as SHARED, folderName } from '../packages.mjs';

export { folderName };

/** What each reused package is, for the report. */
const REUSED = {
  ghost: 'CMS and newsletter server',
  '@strapi/core': 'headless CMS server core',
  '@directus/api': 'headless CMS / data API server',
  'n8n-core': 'workflow engine core (execution, HTTP, binary data)',
  '@vendure/core': 'commerce backend',
  'parse-server': 'backend-as-a-service server',
  '@medusajs/product': 'commerce backend module (products)',
  '@backstage/plugin-catalog-backend': 'developer portal backend (software catalog)',
};

/**
 * Packages this survey adds, in the shape of ../packages.mjs (`access` replaced by
 * `kind`). All ship compiled or hand-written JavaScript; no source maps with
 * `sourcesContent`, so `source` is always 'shipped'.
 * @type {import('../packages.mjs').CorpusPackage[]}
 */
export const ADDED = [
  {
    name: 'n8n',
    version: '2.41.3',
    integrity: 'sha512-CoBFPlsSYI2FYtbIjnTMVmwqBZ4QXAQn9Bs6EVPmXnO7Cfh9rdBe58A2PH4Rzv7yBhUmGBZSxlmhISaQXmIQcw==',
    kind: 'workflow automation server (REST API, queue workers, CLI)',
    source: 'shipped',
    roots: ['dist'],
    extensions: ['.js'],
  },
  {
    name: '@medusajs/core-flows',
    version: '2.21.2',
    integrity: 'sha512-GNRdpMU1GxkG/HSZRXhrJQceEDcM/ODcP61Vt3UFyxM0VKtNJFp+leScxC5XB4ykGlcwzOlymwSltBqC/+7xcQ==',
    kind: 'commerce backend workflows (cart, order, fulfillment)',
    source: 'shipped',
    roots: ['dist'],
    extensions: ['.js'],
  },
  {
    name: 'zigbee2mqtt',
    version: '2.14.1',
    integrity: 'sha512-EnAYz5v4ogGRC4bsdilDiFtTWqkiW6aQW38yEA9wI5SQTU2pCTE4jw71auNcnFP2vIDAA9YaBWaJp0A8Gwwvuw==',
    kind: 'home-automation bridge daemon (Zigbee to MQTT)',
    source: 'shipped',
    roots: ['dist'],
    extensions: ['.js'],
  },
  {
    name: '@node-red/runtime',
    version: '5.0.7',
    integrity: 'sha512-ywVeGsMPHoZ5yb7H8dN7WN5oojf3IrfwiNlyWuT/kBd/39yrTlCtlFerD3c5TzYryuxmOmSGeFxIF19Z2+FSYw==',
    kind: 'flow-based automation server runtime',
    source: 'shipped',
    roots: ['lib'],
  },
];

/** Every package of this survey, reused first, each with `kind`. */
export const PACKAGES = [
  ...Object.entries(REUSED).map(([name, kind]) => {
    const pkg = SHARED.find((p) => p.name === name);
    if (pkg === undefined) throw new Error(`${name} is not in scripts/precision/packages.mjs`);
    return { ...pkg, kind, reused: true };
  }),
  ...ADDED.map((pkg) => ({ ...pkg, reused: false })),
];

/**
 * Held out: packages the rule was never tuned on, added after the changes of the
 * 2026-11 round and read once (`run.mjs --held-out`, `fetch.mjs --held-out`).
 * Keep them out of tuning: a change driven by one of these reports makes them
 * training data, and the next held-out set has to be new packages again.
 * @type {import('../packages.mjs').CorpusPackage[]}
 */
export const HELD_OUT = [
  {
    name: 'unleash-server',
    version: '8.2.0',
    integrity: 'sha512-Fw7n3zsp1/B8Vjz7hvTFFzRmDZzxMqI9hbpGGMfU9wksAIu1ofKTx2HK6XBwd2DgEqy3me4xVGjknngyxRIdPA==',
    kind: 'feature-flag server (REST API, scheduler, metrics)',
    source: 'shipped',
    roots: ['dist/lib'],
    exclude: ['dist/lib/openapi/spec'],
    extensions: ['.js'],
  },
  {
    name: 'homebridge',
    version: '2.4.0',
    integrity: 'sha512-yAc/jGC04h6LqcZTiO6aubzKmCulWGIdYUx3lj8r/aJQbAL5EZta9aX71LWnko3bChhTaD7sS7LLJ5Hqu4DbVA==',
    kind: 'home-automation bridge server (HomeKit, Matter)',
    source: 'shipped',
    roots: ['dist'],
    extensions: ['.js'],
  },
  {
    name: 'pm2',
    version: '7.0.4',
    integrity: 'sha512-rMzoZmZlmJw7hoTbO9cOqcwj407TzUVc84JRaIjmnK8+808zldQT2Sd4rVcqVvXUcI2LoXEf1irMevWfOx5SEQ==',
    kind: 'process manager daemon and CLI',
    source: 'shipped',
    roots: ['lib'],
  },
].map((pkg) => ({ ...pkg, reused: false, heldOut: true }));
