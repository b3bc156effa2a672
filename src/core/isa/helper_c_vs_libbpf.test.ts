// Differential: each helper's declaration, as bpfplay prints it, against libbpf's generated
// bpf_helper_defs.h (libbpf-dev); helpers libbpf's copy predates are counted, not compared.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { HELPER_C, helperDeclaration } from "./helper_c.ts";

const DEFS = "/usr/include/bpf/bpf_helper_defs.h";

describe("helper declarations vs libbpf's bpf_helper_defs.h", () => {
  const have = existsSync(DEFS);
  if (!have) {
    if (process.env.CI === "true") throw new Error(`FAIL: ${DEFS} is missing (apt-get install libbpf-dev)`);
    console.warn(`SKIP: ${DEFS} is missing (apt-get install libbpf-dev)`);
  }
  it.skipIf(!have)("agree line for line", () => {
    const libbpf = new Map<number, string>();
    for (const m of readFileSync(DEFS, "utf8").matchAll(/^(static .* = \(void \*\) (\d+);)$/gm)) libbpf.set(Number(m[2]), m[1]);
    const differ = HELPER_C.filter((h) => libbpf.has(h.id) && libbpf.get(h.id) !== helperDeclaration(h)).map((h) => `${helperDeclaration(h)}\n  libbpf: ${libbpf.get(h.id)}`);
    console.log(`compared ${HELPER_C.filter((h) => libbpf.has(h.id)).length} of ${HELPER_C.length}`);
    expect(differ).toEqual([]);
    expect(libbpf.size).toBeGreaterThan(200);
  });
});
