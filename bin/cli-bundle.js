// The CLI as users run it: src/cli and src/core bundled into one script by esbuild, built by
// `npm install`/`npm ci` (the `prepare` script runs this file) or on the first run after a
// source file changed. Run through tsx instead, every start pays for compiling the TypeScript
// (about 0.5 s of CPU) and every function for tsx's name-keeping wrappers (the verifier runs
// 3x slower); the bundle starts in about as long as Node itself.
//
// Never stale: next to the bundle, a manifest lists every file that went into it (from
// esbuild's metafile, this file included) with its size and modification time. A run stats
// them all (about 200 files, a millisecond or two) and rebuilds when any differs or is gone.
// A file that was not an input cannot change the bundle unless an input changes to import it.
//
// Started from V8's code cache: compiling the 1.2 MB bundle took about 45 ms of every start, and
// each function the command runs is compiled again when first called. The bundle is a CommonJS
// script (an ES module cannot be given a code cache without an experimental flag), compiled with
// the bytecode a warm-up left beside it: after each build a child process runs the commands on
// small samples and saves V8's cache of every function they compiled. The cache is named by the
// bundle and Node's V8 version; V8 checks it against the source and its flags and rejects a
// stale or damaged one, which costs nothing but the compile it would have saved (the run then
// saves a fresh one of what it compiled).
//
// Without esbuild (a production install) or a writable package folder, the CLI still runs
// from source through tsx.

import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

const self = fileURLToPath(import.meta.url);
/** The package's folder (the one holding package.json). */
export const packageRoot = dirname(dirname(self));

/** Where the bundle lives; .gitignore'd, and outside dist/ (which `vite build` empties). */
const outDir = (root) => join(root, "build", "cli");
const MANIFEST = "manifest.json";

/** What goes in: the command's entry point and its I/O, as bin/bpfplay.js runs them. */
const ENTRY = 'export { run } from "./main.ts";\nexport { nodeIo } from "./io.ts";\n';
/** The entry's name (in src/cli; no such file exists: esbuild reads it from ENTRY). */
const ENTRY_NAME = "bpfplay-cli.ts";

const stamp = (path) => {
  const s = statSync(path);
  return [s.size, s.mtimeMs];
};

/**
 * The bundle's path if it was built from the files as they are now, else undefined.
 * @param {string} root
 */
export function freshBundle(root = packageRoot) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(outDir(root), MANIFEST), "utf8"));
  } catch {
    return undefined; // never built, or being replaced
  }
  if (typeof manifest?.bundle !== "string" || typeof manifest.inputs !== "object") return undefined;
  for (const [file, [size, mtime]] of Object.entries(manifest.inputs)) {
    try {
      const [s, m] = stamp(join(root, file));
      if (s !== size || m !== mtime) return undefined;
    } catch {
      return undefined; // an input was deleted or renamed
    }
  }
  return join(outDir(root), manifest.bundle);
}

/**
 * Builds the bundle and its manifest. Safe to run from several processes at once: the bundle
 * is named by its content and the manifest is replaced in one rename, last.
 * @param {string} root
 * @returns {Promise<string>} the bundle's path
 */
export async function buildBundle(root = packageRoot) {
  const { build } = await import("esbuild");
  const dir = outDir(root);
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: join(root, "src", "cli"), loader: "ts", sourcefile: ENTRY_NAME },
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    write: false,
    metafile: true,
    logLevel: "silent",
    outfile: join(dir, "cli.cjs"),
  });
  const code = result.outputFiles[0].contents;
  const name = `cli-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.cjs`;
  // stamps taken after the build: an input edited during it makes the next run rebuild
  const inputs = {};
  const entry = relative(root, join(root, "src", "cli", ENTRY_NAME));
  for (const file of [...Object.keys(result.metafile.inputs).filter((f) => f !== entry), relative(root, self)]) inputs[file] = stamp(join(root, file));
  mkdirSync(dir, { recursive: true });
  const tmp = (f) => join(dir, `.${f}.${process.pid}.tmp`);
  writeFileSync(tmp(name), code);
  renameSync(tmp(name), join(dir, name));
  writeFileSync(tmp(MANIFEST), JSON.stringify({ bundle: name, inputs }) + "\n");
  renameSync(tmp(MANIFEST), join(dir, MANIFEST));
  // older bundles: a process may still be loading one, but unlinking leaves its open file alone
  for (const f of readdirSync(dir)) if (!f.startsWith(name) && f !== MANIFEST && /^cli-[0-9a-f]+\.(mjs|cjs)/.test(f)) rmSync(join(dir, f), { force: true });
  // the code cache, from a warm-up in a process of its own (as a command's: no esbuild loaded);
  // without it (the warm-up failed) the first command saves one
  spawnSync(process.execPath, [self, "--warm", join(dir, name)], { stdio: "ignore" });
  return join(dir, name);
}

/**
 * A fresh bundle, built if needed; undefined when it cannot be (no esbuild, a read-only
 * install, a source file esbuild cannot parse: tsx will then say what is wrong).
 * @param {string} root
 */
export async function ensureBundle(root = packageRoot) {
  const fresh = freshBundle(root);
  if (fresh) return fresh;
  try {
    return await buildBundle(root);
  } catch (e) {
    if (process.env.BPFPLAY_DEBUG) process.stderr.write(`bpfplay: not bundled (${e instanceof Error ? e.message.split("\n")[0] : e}); running from source\n`);
    return undefined;
  }
}

// ---- the code cache ----------------------------------------------------------------------

/** The bundle's code cache for this Node's V8 (a cache from another version would be rejected). */
const cacheOf = (bundle) => `${bundle}.v8-${process.versions.v8}-${process.arch}.cache`;

/**
 * Loads a bundle as Node loads a CommonJS file, compiled with its code cache when there is one.
 * @param {string} bundle
 * @returns {{ exports: any, script: Script, bundle: string, cache: "used" | "rejected" | "absent" }}
 */
export function loadBundle(bundle) {
  const code = readFileSync(bundle, "utf8");
  let cachedData;
  try {
    cachedData = readFileSync(cacheOf(bundle));
  } catch {
    cachedData = undefined;
  }
  // (the wrapper on the first line: line numbers in a stack trace are the bundle's)
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${code}\n})`, { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return { exports: module.exports, script, bundle, cache: cachedData === undefined ? "absent" : script.cachedDataRejected ? "rejected" : "used" };
}

/**
 * Saves V8's cache of `loaded`'s script: the bytecode of every function compiled so far. Replaced
 * in one rename; a read-only folder or a full disk leaves the command as it was, uncached.
 * @param {{ script: Script, bundle: string }} loaded
 */
export function saveCache(loaded) {
  const path = cacheOf(loaded.bundle);
  const tmp = join(dirname(path), `.cache.${process.pid}.tmp`);
  try {
    accessSync(dirname(path), constants.W_OK); // (before making the cache: a read-only install would pay for it at every run)
    writeFileSync(tmp, loaded.script.createCachedData());
    renameSync(tmp, path);
  } catch {
    rmSync(tmp, { force: true });
  }
}

/** What the warm-up runs: an assembly loop, a C program with a map, each command's common paths. */
export const SAMPLES = {
  "loop.s": ".section xdp\n  r0 = 0\n  r1 = 64\nloop:\n  r0 += r1\n  r2 = r0\n  r2 <<= 3\n  r0 ^= r2\n  r1 -= 1\n  if r1 != 0 goto loop\n  r0 &= 3\n  exit\n",
  "count.c": `#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);
  __type(value, __u64);
} counts SEC(".maps");
SEC("xdp")
int count(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
  __u32 key = end - data;
  __u64 one = 1, *v = bpf_map_lookup_elem(&counts, &key);
  if (v) __sync_fetch_and_add(v, 1);
  else bpf_map_update_elem(&counts, &key, &one, BPF_ANY);
  for (int i = 0; i < 8; i++) key += i;
  bpf_printk("len %u", key);
  return key & 1 ? XDP_PASS : XDP_DROP;
}
char LICENSE[] SEC("license") = "GPL";
`,
};
export const WARM_UP = [
  ["assemble", "loop.s", "--json"],
  ["verify", "loop.s"],
  ["verify", "loop.s", "--log-level", "2", "--json"],
  ["compile", "count.c", "-o", "count.o"],
  ["disassemble", "count.o"],
  ["verify", "count.c", "--log-level", "2"],
  ["run", "count.c", "--json"],
  ["run", "loop.s", "--events", "50", "--json"],
];

/**
 * Runs the warm-up commands on in-memory files with `bundle` and saves its code cache.
 * @param {string} bundle
 */
function warmUp(bundle) {
  const loaded = loadBundle(bundle);
  const files = Object.fromEntries(Object.entries(SAMPLES).map(([k, v]) => [k, new TextEncoder().encode(v)]));
  const io = {
    stdout: () => {},
    stderr: () => {},
    readFile: (p) => {
      if (files[p]) return files[p];
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: "ENOENT" });
    },
    writeFile: (p, d) => void (files[p] = d),
    stdoutIsTTY: false,
  };
  for (const argv of WARM_UP) {
    try {
      loaded.exports.run(argv, io);
    } catch {
      // (a sample a later change breaks: the cache holds what ran; bundle.test.ts checks they all succeed)
    }
  }
  saveCache(loaded);
}

// `node bin/cli-bundle.js`: the `prepare` script. A failure is not fatal (the CLI falls back to tsx).
// `node bin/cli-bundle.js --warm BUNDLE`: the warm-up after a build.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv[2] === "--warm") warmUp(process.argv[3]);
else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const path = await buildBundle();
    process.stdout.write(`bpfplay: CLI bundled in ${relative(process.cwd(), path)}\n`);
  } catch (e) {
    process.stdout.write(`bpfplay: CLI not bundled, it will run from source through tsx (${e instanceof Error ? e.message.split("\n")[0] : e})\n`);
  }
}
