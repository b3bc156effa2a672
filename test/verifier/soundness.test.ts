// Soundness: whatever bpfplay's verifier accepts must not fault on memory when bpfplay's VM
// runs it. fast-check builds XDP programs from snippets that touch the packet, the stack and
// a map, with and without the checks that make them safe; every accepted program runs on
// random packets and map contents.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assemble } from "../../src/core/asm/index.ts";
import { verify } from "../../src/core/verifier/index.ts";
import { execute } from "../../src/core/vm/index.ts";

const reg = fc.constantFrom("r0", "r2", "r3", "r4", "r5");
const size = fc.constantFrom("u8", "u16", "u32", "u64");
const small = fc.integer({ min: -16, max: 80 });

// r6 = ctx, r7 = data, r8 = data_end, r9 = a map value or 0
const snippet = fc.oneof(
  fc.tuple(small).map(([n]) => `r3 = r7\nr3 += ${n}\nif r3 > r8 goto end`),
  fc.tuple(small).map(([n]) => `r3 = r7\nr3 += ${n}\nif r8 < r3 goto end`),
  fc.tuple(reg, size, small).map(([r, s, k]) => `${r} = *(${s} *)(r7 + ${k})`),
  fc.tuple(size, small).map(([s, k]) => `*(${s} *)(r7 + ${k}) = 7`),
  fc.tuple(reg, fc.integer({ min: 0, max: 63 })).map(([r, m]) => `${r} = *(u8 *)(r7 + 0)\n${r} &= ${m}\nr3 = r7\nr3 += ${r}`),
  fc.tuple(size, fc.integer({ min: 1, max: 64 })).map(([s, k]) => `*(${s} *)(r10 - ${k}) = 1`),
  fc.tuple(reg, size, fc.integer({ min: 1, max: 64 })).map(([r, s, k]) => `${r} = *(${s} *)(r10 - ${k})`),
  fc.tuple(reg, size, small).map(([r, s, k]) => `${r} = *(${s} *)(r3 + ${k})`),
  fc.constant("*(u32 *)(r10 - 4) = 1\nr1 = map[m] ll\nr2 = r10\nr2 += -4\ncall bpf_map_lookup_elem\nr9 = r0"),
  fc.constant("if r9 == 0 goto end"),
  fc.tuple(reg, size, fc.integer({ min: -4, max: 20 })).map(([r, s, k]) => `${r} = *(${s} *)(r9 + ${k})`),
  fc.tuple(reg, fc.integer({ min: 0, max: 31 })).map(([r, m]) => `${r} = *(u8 *)(r9 + 0)\n${r} &= ${m}\nr9 += ${r}`),
  fc.tuple(reg, reg, fc.constantFrom("+=", "-=", "&=", "|=", "<<=", ">>=")).map(([a, b, op]) => `${a} ${op} ${b}`),
  fc.tuple(reg, fc.integer({ min: -100, max: 100 })).map(([r, v]) => `${r} = ${v}`),
  fc.tuple(reg, fc.integer({ min: 0, max: 3 })).map(([r, n]) => `if ${r} > ${n} goto end`),
);

const program = fc.array(snippet, { minLength: 1, maxLength: 12 }).map(
  (parts) => `.map m, type=hash, key_size=4, value_size=16, max_entries=4
r6 = r1
r7 = *(u32 *)(r6 + 0)
r8 = *(u32 *)(r6 + 4)
r9 = 0
r0 = 0
r2 = 0
r3 = 0
r4 = 0
r5 = 0
${parts.join("\n")}
end:
r0 = 2
exit`,
);

const packet = fc.uint8Array({ minLength: 14, maxLength: 96 });

describe("soundness: accepted programs never fault on memory in the VM", () => {
  it("holds for generated programs", () => {
    let tried = 0;
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(program, fc.array(packet, { minLength: 3, maxLength: 3 }), fc.uint8Array({ minLength: 16, maxLength: 16 }), (text, packets, value) => {
        const a = assemble(text);
        expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        tried++;
        const v = verify(a.program, { progType: "xdp", keepStates: 0 });
        if (!v.accepted) return;
        accepted++;
        for (const p of packets) {
          const r = execute({ program: a.program, progType: "xdp", input: { packet: p }, init: [{ map: "m", key: Uint8Array.of(1, 0, 0, 0), value }] });
          if (typeof r === "string") throw new Error(r);
          runs++;
          if (r.fault && r.fault.kind === "memory") throw new Error(`accepted, yet faults: ${r.fault.message} at insn ${r.fault.pc}\n${text}`);
        }
      }),
      { numRuns: 3000, seed: 20261122 },
    );
    console.log(`soundness: ${tried} programs, ${accepted} accepted, ${runs} runs, no memory faults`);
    expect(accepted).toBeGreaterThan(300);
  });
});
