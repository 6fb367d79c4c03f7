#!/usr/bin/env node
'use strict';

const { main } = require('../dist/src/cli/index.js');

main(
  process.argv.slice(2),
  (text) => process.stdout.write(`${text}\n`),
  (text) => process.stderr.write(`${text}\n`),
).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`groundwork: unexpected error: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 3;
  },
);
