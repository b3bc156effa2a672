// npm run bench -- first-screen: how long the first screen takes to take typing, from the production
// build served by a static server, in this machine's Chromium with a cold cache (a fresh browser for
// each load): from navigation to the editor showing a typed character (the plain editor of the first
// screen, or Monaco if it is there first), and to Monaco in its place; medians of BENCH_RUNS (5).
// Then the build's files, raw and gzipped, and what the first screen fetched. A figure, not a test:
// the machine is shared, so the load average is printed beside it.
//
// BENCH_DIST=dir measures a build already made; otherwise `vite build` makes one in a temporary folder.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { serveStatic } from "../../e2e/support/static.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function build(): { dir: string; temporary: boolean } {
  if (process.env.BENCH_DIST) return { dir: process.env.BENCH_DIST, temporary: false };
  const dir = mkdtempSync(join(tmpdir(), "bpfplay-first-screen-"));
  const r = spawnSync("npx", ["vite", "build", "--outDir", dir, "--emptyOutDir", "--logLevel", "warn"], { stdio: "inherit" });
  if (r.status !== 0) throw new Error("vite build failed");
  return { dir, temporary: true };
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => statSync(join(dir, f)).isFile());
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

interface Size {
  readonly raw: number;
  readonly gzip: number;
}

function sizeOf(path: string): Size {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

/**
 * One cold load: milliseconds from navigation to a typed character in the editor (the plain editor
 * of the first screen, or Monaco if it is there first), to the editor being there, and to Monaco
 * being there (it replaces the plain editor); and the paths fetched by the time the editor was there.
 */
async function once(url: string): Promise<{ ms: number; shown: number; monaco: number; editorChunk: number; fetched: string[] }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(url, { waitUntil: "commit" });
    // One round trip: wait until an editor is there and holds the document, focus it, count its Qs.
    const ready = await page.waitForFunction(
      () => {
        // The document's text as the page shows it: Monaco's, or the plain editor's before Monaco is there.
        const text = (window as unknown as { __bpfplay?: { text(): string | undefined } }).__bpfplay?.text() ?? document.querySelector<HTMLTextAreaElement>(".plain-editor-text")?.value;
        // Monaco takes keys in a native EditContext element where the browser has one, else in a textarea.
        const input = document.querySelector<HTMLElement>(".monaco-editor .native-edit-context, .monaco-editor textarea.inputarea, .plain-editor-text");
        if (text === undefined || !input) return false;
        input.focus();
        return { count: text.split("Q").length, at: performance.now() };
      },
      undefined,
      { polling: "raf", timeout: 120_000 },
    );
    const { count, at: shown } = (await ready.jsonValue()) as { count: number; at: number };
    await page.keyboard.press("Q");
    const at = await page.waitForFunction(
      (n) => {
        const text = (window as unknown as { __bpfplay?: { text(): string | undefined } }).__bpfplay?.text() ?? document.querySelector<HTMLTextAreaElement>(".plain-editor-text")?.value ?? "";
        return text.split("Q").length > n ? performance.now() : false;
      },
      count,
      { polling: "raf", timeout: 60_000 },
    );
    const ms = (await at.jsonValue()) as number;
    // Monaco replaces the plain editor: when, and with the typed character kept.
    const monacoAt = await page.waitForFunction(
      (n) => {
        const text = (window as unknown as { __bpfplay?: { text(): string | undefined } }).__bpfplay?.text();
        return text !== undefined && text.split("Q").length > n ? performance.now() : false;
      },
      count,
      { polling: "raf", timeout: 120_000 },
    );
    const monaco = (await monacoAt.jsonValue()) as number;
    // What the page fetched before the editor was there (the panes that wait for Monaco, and the
    // service worker's precaching, come after).
    const fetched = await page.evaluate((t) => performance.getEntriesByType("resource").filter((e) => e.startTime <= t).map((e) => new URL(e.name).pathname), shown);
    const editorChunk = await page.evaluate(() => (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((e) => /CodeEditor-[^/]*\.js$/.test(e.name))?.responseEnd ?? NaN);
    return { ms, shown, monaco, editorChunk, fetched: ["/", ...fetched] };
  } finally {
    await browser.close();
  }
}

const { dir, temporary } = build();
try {
  const server = await serveStatic(dir, "/");
  const times: number[] = [];
  const monacos: number[] = [];
  let fetched: string[] = [];
  try {
    for (let k = 0; k < RUNS; k++) {
      const r = await once(server.url);
      times.push(r.ms);
      monacos.push(r.monaco);
      fetched = r.fetched;
      console.log(`load ${k + 1}: ${r.ms.toFixed(0)} ms (the editor there at ${r.shown.toFixed(0)} ms; Monaco's chunk downloaded at ${r.editorChunk.toFixed(0)} ms, Monaco in its place with the typed character at ${r.monaco.toFixed(0)} ms)`);
    }
  } finally {
    await server.close();
  }
  const sorted = times.slice().sort((a, b) => a - b);
  const sortedMonaco = monacos.slice().sort((a, b) => a - b);
  console.log(`first screen takes typing after ${sorted[sorted.length >> 1].toFixed(0)} ms (median of ${RUNS}; min ${sorted[0].toFixed(0)}, max ${sorted[sorted.length - 1].toFixed(0)}); load average ${loadavg()[0].toFixed(1)} on ${process.env.BENCH_CPUS ?? "this machine's"} cores`);
  console.log(`Monaco takes over after ${sortedMonaco[sortedMonaco.length >> 1].toFixed(0)} ms (median; min ${sortedMonaco[0].toFixed(0)}, max ${sortedMonaco[sortedMonaco.length - 1].toFixed(0)})`);

  const all = files(dir).map((f) => ({ f, ...sizeOf(join(dir, f)) }));
  all.sort((a, b) => b.raw - a.raw);
  console.log(`\n${"file".padEnd(48)} ${"raw".padStart(10)} ${"gzip".padStart(10)}  before the editor`);
  const firstScreen = new Set(fetched.map((p) => relative("/", p) || "index.html"));
  for (const x of all) console.log(`${x.f.padEnd(48)} ${kB(x.raw).padStart(10)} ${kB(x.gzip).padStart(10)}  ${firstScreen.has(x.f) ? "yes" : ""}`);
  const total = (xs: typeof all) => xs.reduce((s, x) => ({ raw: s.raw + x.raw, gzip: s.gzip + x.gzip }), { raw: 0, gzip: 0 });
  const js = all.filter((x) => x.f.endsWith(".js"));
  const jsFirst = js.filter((x) => firstScreen.has(x.f));
  const t = total(js);
  const tf = total(jsFirst);
  console.log(`JavaScript: ${kB(t.raw)} (${kB(t.gzip)} gzipped) in ${js.length} files; the page fetched ${kB(tf.raw)} (${kB(tf.gzip)} gzipped) of it in ${jsFirst.length} before the editor was there`);
} finally {
  if (temporary) rmSync(dir, { recursive: true, force: true });
}
