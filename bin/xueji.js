#!/usr/bin/env node
// The compiled CLI lives in lib/ (npm run build:cli).
require("../lib/cli/main.js").main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
