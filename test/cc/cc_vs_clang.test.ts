// Differential test of bpfplay's C compiler against clang-19: every program in programs/ is
// compiled by both (clang's object read by bpfplay's ELF reader), both run in bpfplay's VM on
// the inputs the program's header names, and r0, the packet, the ctx, every map and the trace
// must agree. Known disagreements are listed in known_failures.ts and must keep failing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clangAvailable, vmlinuxFrom } from "./clang.ts";
import { buildSuite, vmCompare } from "./evaluate.ts";
import type { Suite } from "./evaluate.ts";
import { programs } from "./header.ts";
import { KNOWN_FAILURES } from "./known_failures.ts";
import { differences } from "./outcome.ts";
import type { Built } from "./side.ts";
import { vmRun } from "./vm.ts";

const clang = clangAvailable();
if (!clang.ok) {
  if (process.env.CI === "true") throw new Error(`clang-19 is required under CI: ${clang.reason}`);
  console.warn(`SKIP: ${clang.reason}`);
}

const progs = programs();
let suite: Suite;
let building: Promise<Suite> | undefined;
/** Every program compiled once for the whole file, whichever describe asks first. */
const getSuite = () => (building ??= buildSuite());

describe.runIf(clang.ok)("bpfplay's compiler agrees with clang-19 in bpfplay's VM", () => {
  let agree = 0;
  beforeAll(async () => {
    suite = await getSuite();
  }, 120_000);
  afterAll(() => console.log(`cc vs clang (VM): ${agree} of ${progs.length} programs agree; vmlinux.h from ${vmlinuxFrom || "(none needed)"}`));

  it(`has at least 100 programs (${progs.length})`, () => {
    expect(progs.length).toBeGreaterThanOrEqual(100);
  });

  it("every program is a working reference: clang compiles it, the ELF reader reads it, it runs in the VM without a fault", () => {
    const bad = progs.flatMap((p) => {
      const v = vmCompare(suite, p);
      return v.reference ? [`${p.name}: ${v.reference}`] : [];
    });
    expect(bad, bad.join("\n")).toEqual([]);
  });

  it("every known failure names a program that exists", () => {
    const names = new Set(progs.map((p) => p.name));
    expect(Object.keys(KNOWN_FAILURES).filter((n) => !names.has(n))).toEqual([]);
  });

  for (const p of progs) {
    const known = KNOWN_FAILURES[p.name]?.vm;
    it(known ? `${p.name} (known failure: ${known})` : p.name, () => {
      const v = vmCompare(suite, p);
      if (v.reference) throw new Error(`${p.name}: no reference: ${v.reference}`);
      if (known) {
        expect(v.problems.length, `${p.name} now agrees with clang: remove it from KNOWN_FAILURES`).toBeGreaterThan(0);
        return;
      }
      expect(v.problems, `${p.name} differs from clang:\n${v.problems.join("\n")}`).toEqual([]);
      agree++;
    });
  }
});

/** A wrong program must show: clang's own output, changed in one place, compared with itself. */
describe.runIf(clang.ok)("the comparison sees a wrong program", () => {
  beforeAll(async () => {
    suite = await getSuite();
  }, 120_000);
  const ref = (name: string): { built: Built; header: (typeof progs)[number]["header"] } => {
    const p = progs.find((x) => x.name === name)!;
    const s = suite.clang.get(name);
    if (!s?.ok) throw new Error(`${name}: ${s?.error}`);
    return { built: s.built, header: p.header };
  };
  const diff = (name: string, change: (b: Built) => Built) => {
    const { built, header } = ref(name);
    const a = vmRun(built, header);
    const b = vmRun(change(built), header);
    if (typeof a === "string" || typeof b === "string") throw new Error(`${name}: ${a} ${b}`);
    return differences(a, b, built, change(built));
  };
  const withEntry = (b: Built, f: (insns: import("../../src/core/isa/index.ts").Insn[]) => void): Built => {
    const insns = [...b.programs[0].program.insns];
    f(insns);
    return { ...b, programs: [{ ...b.programs[0], program: { ...b.programs[0].program, insns } }, ...b.programs.slice(1)] };
  };

  it("a different return value", () => {
    const d = diff("stmt_if_else_chain.c", (b) =>
      withEntry(b, (insns) => {
        // every "r0 = constant": whichever path runs returns something else
        insns.forEach((x, i) => {
          if ((x.code === 0xb4 || x.code === 0xb7) && x.dst === 0) insns[i] = { ...x, imm: x.imm ^ 1 };
        });
      }),
    );
    expect(d.join("\n")).toMatch(/^r0/m);
  });

  it("a global variable elsewhere than the reference has it", () => {
    const d = diff("gd_data_bss.c", (b) => {
      if (typeof b.globals === "string") throw new Error(b.globals);
      return { ...b, globals: b.globals.map((g) => (g.name === "runs" ? { ...g, offset: g.offset + 4 } : g)) };
    });
    expect(d.join("\n")).toMatch(/global runs/);
  });

  it("a map the reference has, missing", () => {
    const d = diff("map_array_counter.c", (b) => ({ ...b, maps: b.maps.map((m) => (m.name === "proto_count" ? { ...m, name: "renamed" } : m)) }));
    expect(d.join("\n")).toMatch(/map proto_count/);
  });

  it("other bpf_printk text", () => {
    const d = diff("helper_printk.c", (b) => ({
      ...b,
      maps: b.maps.map((m) => (m.init && m.name.startsWith(".rodata") ? { ...m, init: m.init.map((c) => (c === 0x68 ? 0x48 : c)) } : m)),
    }));
    expect(d.join("\n")).toMatch(/trace/);
  });

  it("a different map value", () => {
    const d = diff("map_queue.c", (b) =>
      withEntry(b, (insns) => {
        const i = insns.findIndex((x) => (x.code === 0xb4 || x.code === 0xb7) && x.imm === 10); // the first value pushed
        if (i < 0) throw new Error("no 'w1 = 10' in map_queue.c's code");
        insns[i] = { ...insns[i], imm: 99 };
      }),
    );
    expect(d.join("\n")).toMatch(/map q|global out/);
  });
});

