// The object e2e/objects.spec.ts drops is committed (the browser test has no clang); this checks it
// is what clang-19 builds from its C today, built as e2e/fixtures/build.sh builds it.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../../e2e/fixtures");
const CLANG = process.env.CLANG ?? "clang-19";
const clang = spawnSync(CLANG, ["--version"], { encoding: "utf8" });
const missing = clang.status === 0 ? undefined : `${CLANG} does not run`;

describe("e2e/fixtures/two_progs.o", () => {
  it("is what clang-19 builds from two_progs.c", () => {
    if (missing) {
      if (process.env.CI === "true") throw new Error(`${missing}; CI installs it`);
      console.log(`SKIP: ${missing}`);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), "bpfplay-fixture-"));
    try {
      const out = join(dir, "two_progs.o");
      const p = spawnSync(CLANG, ["-O2", "-g", "-target", "bpf", "-I/usr/include/x86_64-linux-gnu", "-fdebug-compilation-dir=.", "-c", "two_progs.c", "-o", out], { cwd: FIXTURES, encoding: "utf8" });
      expect(p.stderr).toBe("");
      expect(p.status).toBe(0);
      expect(Buffer.compare(readFileSync(out), readFileSync(join(FIXTURES, "two_progs.o")))).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
