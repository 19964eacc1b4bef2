#!/usr/bin/env node
// The CLI is bundled by esbuild.mjs (run on `npm ci` through the prepare script).
require('../dist/cli.js');
