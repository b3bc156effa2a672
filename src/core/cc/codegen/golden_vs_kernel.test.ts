// Differential: the golden programs (src/core/cc/testdata) as bpfplay compiles them load into the
// running kernel (bpf(BPF_PROG_LOAD) through test/kernel/bpf_ref.py, maps created as described).
// The golden test holds them to bpfplay's verifier; this holds them to the real one, which is
// what a user's program meets (packet_l4_offset.c: a bounded offset that must not be sign-extended).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kernelAvailable, kernelRunBatch } from "../../../../test/kernel/reference.ts";
import type { KernelRequest } from "../../../../test/kernel/reference.ts";
import { bytesToHex, encodeInsns } from "../../isa/index.ts";
import { compile } from "../index.ts";

const DIR = join(import.meta.dirname, "..", "testdata");
/** `// cpu: 4` selects the ISA, as in golden.test.ts (not imported: that would run its tests here). */
const cpuOf = (src: string): 1 | 2 | 3 | 4 => (Number(/^\/\/ cpu: (\d)/m.exec(src)?.[1] ?? 3) as 1 | 2 | 3 | 4);

/** Programs the kernel cannot load from bytes alone, and why. */
const NOT_LOADED: Readonly<Record<string, string>> = {
  "callback_loop.c": "a callback subprogram needs BTF func_info, which bpfplay does not emit",
  "map_in_map.c": "the outer map needs an inner map fd at creation, which the harness does not make",
};

describe("golden programs load into the kernel", () => {
  const k = kernelAvailable();
  if (!k.ok) {
    if (process.env.CI === "true") throw new Error(`bpf() is required under CI: ${k.reason}`);
    console.warn(`SKIP: ${k.reason}`);
  }
  it.skipIf(!k.ok)("every golden program the kernel can load from bytes is accepted", () => {
    const reqs: { name: string; req: KernelRequest }[] = [];
    for (const f of readdirSync(DIR).filter((f) => f.endsWith(".c")).sort()) {
      if (NOT_LOADED[f]) continue;
      const src = readFileSync(join(DIR, f), "utf8");
      if (/^\/\/ verifier: rejects/m.test(src)) continue;
      const r = compile(src, { file: f, cpu: cpuOf(src) });
      for (const { name, section, program: p } of r.programs) {
        const maps = r.maps.map((m) => ({ name: m.name, type: m.type, key_size: m.keySize, value_size: m.valueSize, max_entries: m.maxEntries, flags: m.flags }));
        const init = r.maps.filter((m) => m.init).map((m) => ({ map: m.name, key: "00000000", value: bytesToHex(m.init!) }));
        reqs.push({ name: `${f} ${name}`, req: { prog_type: p.progType ?? section, insns_hex: bytesToHex(encodeInsns(p.insns)), maps, init, load_only: true } });
      }
    }
    expect(reqs.length).toBeGreaterThan(20);
    const replies = kernelRunBatch(reqs.map((r) => r.req));
    const refused = replies.flatMap((rep, i) => (rep.available && "accepted" in rep && rep.accepted ? [] : [`${reqs[i].name}: ${JSON.stringify(rep).slice(0, 400)}`]));
    expect(refused).toEqual([]);
  }, 120_000);
});
