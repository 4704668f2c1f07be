#!/usr/bin/env node
// The compiled CLI lives in lib/ (npm run build:cli).
// `xueji check … | head` closes stdout early: stop quietly instead of crashing on EPIPE.
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});
// a failure of ours is said in Chinese, never as a stack trace (main() already answers for the user's files)
require("../lib/cli/main.js").main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`xueji 出错，没有完成（${err && err.message ? err.message : err}）。请把这段提示发给维护人员。\n`);
    process.exitCode = 2;
  },
);
