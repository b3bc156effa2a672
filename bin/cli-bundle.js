// The CLI as users run it: src/cli and src/core bundled into one ES module by esbuild, built by
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
// Without esbuild (a production install) or a writable package folder, the CLI still runs
// from source through tsx.

import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

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
    format: "esm",
    target: "node20",
    packages: "external",
    write: false,
    metafile: true,
    logLevel: "silent",
    outfile: join(dir, "cli.mjs"),
  });
  const code = result.outputFiles[0].contents;
  const name = `cli-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`;
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
  for (const f of readdirSync(dir)) if (f !== name && f !== MANIFEST && /^cli-[0-9a-f]+\.mjs$/.test(f)) rmSync(join(dir, f), { force: true });
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

// `node bin/cli-bundle.js`: the `prepare` script. A failure is not fatal (the CLI falls back to tsx).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const path = await buildBundle();
    process.stdout.write(`bpfplay: CLI bundled in ${relative(process.cwd(), path)}\n`);
  } catch (e) {
    process.stdout.write(`bpfplay: CLI not bundled, it will run from source through tsx (${e instanceof Error ? e.message.split("\n")[0] : e})\n`);
  }
}
