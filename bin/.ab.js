#!/usr/bin/env node
// The bpfplay command: runs the bundled CLI (bin/cli-bundle.js builds it when the sources have
// changed since), or the TypeScript source through tsx when it cannot be bundled.
import { pathToFileURL } from "node:url";
import { ensureBundle, loadBundle, packageRoot, saveCache } from "/work/main/bin/cli-bundle.js";

// `bpfplay verify x.c | head` closes the pipe early: that is not an error.
process.stdout.on("error", (e) => (e.code === "EPIPE" ? process.exit(process.exitCode ?? 0) : Promise.reject(e)));

let cli;
// (BPFPLAY_FROM_SOURCE=1 runs the source through tsx, to compare or to debug with its names)
const bundle = process.env.BPFPLAY_FROM_SOURCE ? undefined : await ensureBundle();
const loaded = bundle ? loadBundle(bundle) : undefined;
if (loaded) { cli = loaded.exports; if (process.env.V8F) (await import("node:v8")).setFlagsFromString(process.env.V8F); }
else {
  const { register } = await import("tsx/esm/api");
  register();
  const main = await import(pathToFileURL(`${packageRoot}/src/cli/main.ts`).href);
  const io = await import(pathToFileURL(`${packageRoot}/src/cli/io.ts`).href);
  cli = { run: main.run, nodeIo: io.nodeIo };
}
if (process.env.BPFPLAY_DEBUG) {
  process.stderr.write(`bpfplay: running ${loaded ? `${bundle} (code cache ${loaded.cache})` : "from source through tsx"}\n`);
  process.on("exit", () => {
    const t = process.cpuUsage();
    process.stderr.write(`bpfplay: ${((t.user + t.system) / 1000).toFixed(1)} ms of CPU\n`);
  });
}
process.exitCode = cli.run(process.argv.slice(2), cli.nodeIo);
// no cache, or one this Node rejects: save what this command compiled for the next

