// extraction-speed.js — Readability.js with jsdom on the article-extraction
// benchmark pages, measured like bench/extraction-speed.c
//
//   node bench/extraction-speed.js NODE_DIR DEV_DIR [ROUNDS] [--machine]
//
// NODE_DIR holds node_modules with @mozilla/readability and jsdom (see
// bench/extraction-speed.sh). Every page is read, gunzipped and decoded
// with its ground-truth charset before timing starts, so the measured work
// is what a browser extension does with a page it already has: build the DOM
// from the string (with the page's URL) and run Readability on it. One
// warm-up round is not counted; then ROUNDS rounds (default 3). Times are the
// process's CPU time (user + system, all threads) and wall time.
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { createRequire } = require("module");

const args = process.argv.slice(2).filter((a) => a !== "--machine");
const machine = process.argv.includes("--machine");
if (args.length < 2) {
  console.error("usage: node extraction-speed.js NODE_DIR DEV_DIR [ROUNDS] [--machine]");
  process.exit(2);
}
const [nodeDir, devDir] = args;
const rounds = Number(args[2] || 3);
const requireFromNodeDir = createRequire(path.join(path.resolve(nodeDir), "package.json"));
const { JSDOM, VirtualConsole } = requireFromNodeDir("jsdom");
const { Readability } = requireFromNodeDir("@mozilla/readability");
const readabilityVersion = requireFromNodeDir("@mozilla/readability/package.json").version;
const jsdomVersion = requireFromNodeDir("jsdom/package.json").version;

const truth = JSON.parse(fs.readFileSync(path.join(devDir, "ground-truth.json"), "utf8"));
const pages = Object.keys(truth).sort().map((id) => {
  const bytes = zlib.gunzipSync(fs.readFileSync(path.join(devDir, "html", id + ".html.gz")));
  return {
    id,
    bytes: bytes.length,
    html: new TextDecoder(truth[id].charset).decode(bytes),
    url: truth[id].url || undefined,
  };
});

function runRound() {
  let chars = 0;
  for (const page of pages) {
    const options = { virtualConsole: new VirtualConsole() };
    if (page.url) options.url = page.url;
    const dom = new JSDOM(page.html, options);
    const article = new Readability(dom.window.document).parse();
    if (article && article.textContent) chars += [...article.textContent].length;
    dom.window.close();
  }
  return chars;
}

function cpuSeconds(usage) {
  return (usage.user + usage.system) / 1e6;
}

runRound();
const cpuStart = process.cpuUsage();
const wallStart = process.hrtime.bigint();
let chars = 0;
for (let r = 0; r < rounds; r++) chars = runRound();
const cpu = cpuSeconds(process.cpuUsage(cpuStart));
const wall = Number(process.hrtime.bigint() - wallStart) / 1e9;
const n = pages.length;
const megabytes = pages.reduce((sum, p) => sum + p.bytes, 0) / 1e6;

console.log(`Readability.js ${readabilityVersion} + jsdom ${jsdomVersion} (Node ${process.versions.node}): ` +
            `${n} pages (${megabytes.toFixed(1)} MB of HTML), ${rounds} rounds after a warm-up round, ` +
            `${chars} text characters per round`);
console.log(`  CPU  ${(cpu * 1000 / (n * rounds)).toFixed(2).padStart(7)} ms/page  ${(n * rounds / cpu).toFixed(1).padStart(7)} pages/s`);
console.log(`  wall ${(wall * 1000 / (n * rounds)).toFixed(2).padStart(7)} ms/page  ${(n * rounds / wall).toFixed(1).padStart(7)} pages/s`);
console.log(`  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
if (machine)
  console.log(`${(cpu * 1000 / (n * rounds)).toFixed(4)} ${(wall * 1000 / (n * rounds)).toFixed(4)} ${n} ${rounds}`);
