// The command runs a bundle of the CLI (bin/cli-bundle.js) that is never stale against the
// source, started from V8's code cache: checked on a throw-away package with a two-file CLI,
// edited between runs.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runInMemory } from "./memory_io.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const pkg = mkdtempSync(join(tmpdir(), "bpfplay-bundle-"));
afterAll(() => rmSync(pkg, { recursive: true, force: true }));

mkdirSync(join(pkg, "bin"));
mkdirSync(join(pkg, "src", "cli"), { recursive: true });
for (const f of ["bpfplay.js", "cli-bundle.js"]) copyFileSync(join(repo, "bin", f), join(pkg, "bin", f));
symlinkSync(join(repo, "node_modules"), join(pkg, "node_modules"));
writeFileSync(join(pkg, "package.json"), `{ "type": "module" }\n`);
const main = (word: string) =>
  writeFileSync(join(pkg, "src", "cli", "main.ts"), `import { greet } from "./greet.ts";\nexport function run(argv: string[], io: { stdout(t: string): void }): number {\n  io.stdout(greet("${word}") + argv.join(",") + "\\n");\n  return 3;\n}\n`);
writeFileSync(join(pkg, "src", "cli", "io.ts"), `export const nodeIo = { stdout: (t: string) => void process.stdout.write(t) };\n`);
writeFileSync(join(pkg, "src", "cli", "greet.ts"), `export const greet = (w: string): string => w + ":";\n`);

const bpfplay = (env: Record<string, string> = {}) => spawnSync("node", [join(pkg, "bin", "bpfplay.js"), "a", "b"], { encoding: "utf8", env: { ...process.env, BPFPLAY_DEBUG: "1", ...env } });
const bundles = () => readdirSync(join(pkg, "build", "cli")).filter((f) => f.endsWith(".cjs"));
const caches = () => readdirSync(join(pkg, "build", "cli")).filter((f) => f.endsWith(".cache"));

describe("the bundled command", () => {
  it("builds on first run, reuses the bundle, and rebuilds when a source it was built from changes", () => {
    main("one");
    let r = bpfplay();
    expect(r.stdout).toBe("one:a,b\n");
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/running .*build\/cli\/cli-[0-9a-f]+\.cjs/);
    const first = bundles();
    expect(first).toHaveLength(1);

    r = bpfplay();
    expect(r.stdout).toBe("one:a,b\n");
    expect(bundles()).toEqual(first);

    main("two"); // a different size: a rebuild even where mtimes are coarse
    r = bpfplay();
    expect(r.stdout).toBe("two:a,b\n");
    expect(bundles()).toHaveLength(1);
    expect(bundles()).not.toEqual(first);

    // an imported file, not only the entry
    writeFileSync(join(pkg, "src", "cli", "greet.ts"), `export const greet = (w: string): string => w + "!";\n`);
    expect(bpfplay().stdout).toBe("two!a,b\n");

    // a deleted manifest is a missing bundle
    rmSync(join(pkg, "build", "cli", "manifest.json"));
    expect(bpfplay().stdout).toBe("two!a,b\n");
  });

  it("starts from the code cache the build's warm-up saved, and replaces a damaged or missing one", () => {
    main("four");
    let r = bpfplay(); // a rebuild, then its warm-up
    expect(r.stdout).toBe("four!a,b\n");
    expect(bundles()).toHaveLength(1);
    expect(caches()).toEqual([expect.stringMatching(new RegExp(`^${bundles()[0].replace(".", "\\.")}\\.v8-.*\\.cache$`))]);
    r = bpfplay();
    expect(r.stderr).toContain("(code cache used)");

    // damaged: V8 rejects it, the command runs as without one, and saves a good one
    const cache = join(pkg, "build", "cli", caches()[0]);
    writeFileSync(cache, "not V8's code cache");
    r = bpfplay();
    expect(r.stdout).toBe("four!a,b\n");
    expect(r.status).toBe(3);
    expect(r.stderr).toContain("(code cache rejected)");
    expect(bpfplay().stderr).toContain("(code cache used)");

    // missing: the same
    rmSync(cache);
    r = bpfplay();
    expect(r.stdout).toBe("four!a,b\n");
    expect(r.stderr).toContain("(code cache absent)");
    expect(bpfplay().stderr).toContain("(code cache used)");

    // a rebuild leaves no cache of the old bundle behind
    main("five");
    expect(bpfplay().stdout).toBe("five!a,b\n");
    expect(caches()).toHaveLength(1);
    expect(caches()[0].startsWith(bundles()[0])).toBe(true);
  });

  it("runs from source through tsx when asked to", () => {
    main("three");
    const r = bpfplay({ BPFPLAY_FROM_SOURCE: "1" });
    expect(r.stdout).toBe("three!a,b\n");
    expect(r.stderr).toContain("running from source through tsx");
  });
});

describe("the installed command", () => {
  it("warms up on samples every command accepts (what the code cache holds)", async () => {
    const { SAMPLES, WARM_UP } = (await import(join(repo, "bin", "cli-bundle.js"))) as { SAMPLES: Record<string, string>; WARM_UP: string[][] };
    const files: Record<string, string | Uint8Array> = { ...SAMPLES };
    for (const argv of WARM_UP) {
      const r = runInMemory(argv, files);
      Object.assign(files, r.written);
      expect({ argv, status: r.status, stderr: r.stderr.replace(/^note: .*\n/gm, "") }).toEqual({ argv, status: 0, stderr: "" });
    }
  });

  it("runs this checkout's CLI bundled", () => {
    const r = spawnSync("node", [join(repo, "bin", "bpfplay.js"), "assemble", "-"], { input: "r0 = 2\nexit\n", env: { ...process.env, BPFPLAY_DEBUG: "1" } });
    expect(r.stdout.toString("hex")).toBe("b7000000020000009500000000000000");
    expect(r.stderr.toString()).toMatch(/running .*build\/cli\/cli-[0-9a-f]+\.cjs \(code cache used\)/);
  });
});
