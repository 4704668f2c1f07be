#!/usr/bin/env node
// The compiled CLI lives in lib/ (npm run build:cli).
// `xueji check … | head` closes stdout early: stop quietly instead of crashing on EPIPE.
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});
require("../lib/cli/main.js").main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
