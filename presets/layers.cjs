// dependency-cruiser resolves `extends` by file path and ignores package.json
// `exports`, so this file must exist here. It is the conventional preset: the
// project's groundwork.config.json when there is one, the conventional layers
// otherwise. See README.md and docs/dependency-cruiser.md.
'use strict';

const { createLayersConfig } = require('../dist/src/depcruise/index.js');

const { forbidden, options } = createLayersConfig();

module.exports = { forbidden, options };
