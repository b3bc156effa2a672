// Which helpers each program type may call: bpfplay's helper records (src/core/isa/helper_protos.ts)
// against what the Linux kernel answered bpf() (helper_probe.py, recorded in helper_availability.json).
// Three blocks:
//  - the records agree with the recording everywhere: every helper the kernel gives a type bpfplay
//    knows has a record with exactly those callers (or a narrowing with its reason), or is listed
//    in helper_left_out.ts with why; gpl_only agrees; each attach type adds and refuses what the
//    kernel's answer for it does (by_attach);
//  - bpfplay's verifier, given the probe's own program, refuses the helper exactly where the
//    kernel did, for each program type and each of its attach types (so the records are what the
//    verifier reads);
//  - where bpf() works, the kernel still answers what was recorded (under CI=true a missing bpf()
//    fails, as kernelAvailable says).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { release } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { HELPER_PROTOS } from "../../src/core/isa/helper_protos.ts";
import { HELPERS_LEFT_OUT } from "../../src/core/isa/helper_left_out.ts";
import { helperName } from "../../src/core/isa/helpers.ts";
import { insn } from "../../src/core/isa/insn.ts";
import { PROG_TYPES } from "../../src/core/isa/progtypes.ts";
import type { AttachType, ProgType } from "../../src/core/isa/progtypes.ts";
import type { Program } from "../../src/core/program.ts";
import { verify } from "../../src/core/verifier/index.ts";
import { skipOrFail } from "../support/skip.ts";
import { kernelAvailable } from "./reference.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const GOLDEN = join(HERE, "helper_availability.json");
const PROBE = join(HERE, "helper_probe.py");
const RERECORD = "re-record with `sudo python3 test/kernel/helper_probe.py > test/kernel/helper_availability.json` and review the diff";

interface Measured {
  readonly id: number;
  /** Program types every probed attach type of which lets the program call it. */
  readonly types: readonly string[];
  readonly gpl_only?: readonly string[];
  readonly partial?: Readonly<Record<string, readonly string[]>>;
  readonly other?: Readonly<Record<string, readonly string[]>>;
}
/** What one attach type changes in its program type's row. */
interface AttachChange {
  readonly adds?: readonly string[];
  readonly refuses?: readonly string[];
}
interface Availability {
  readonly kernel: string;
  readonly last_helper_id: number;
  readonly types: Readonly<Record<string, readonly string[]>>;
  /** `type/attach`: what the helpers available with that attach type alone add to or take from the type's row. */
  readonly by_attach: Readonly<Record<string, AttachChange>>;
  readonly helpers: Readonly<Record<string, Measured>>;
}

const golden = JSON.parse(readFileSync(GOLDEN, "utf8")) as Availability;
const sorted = (xs: Iterable<string>) => [...xs].sort();
const change = (t: ProgType, a: AttachType): AttachChange | undefined => golden.by_attach[`${t.name}/${a.name}`];

/** Whether the kernel let the type, loaded with `a` (or its default attach type), call the helper. */
function kernelAllows(name: string, t: ProgType, a = t.attach): boolean {
  const c = a && change(t, a);
  return (golden.helpers[name].types.includes(t.name) || (c?.adds ?? []).includes(name)) && !(c?.refuses ?? []).includes(name);
}

describe("helper availability: records vs the kernel's recorded answer", () => {
  it("was measured on every program type bpfplay knows, and names helpers as bpfplay does", () => {
    expect(sorted(Object.keys(golden.types)), RERECORD).toEqual(sorted(PROG_TYPES.map((t) => t.name)));
    for (const [name, m] of Object.entries(golden.helpers)) expect(helperName(m.id), name).toBe(name);
  });

  it("has a record or a reason for every helper the kernel gives a type bpfplay knows", () => {
    const recorded = new Set(HELPER_PROTOS.map((p) => p.name));
    const missing = Object.entries(golden.helpers).filter(([n, m]) => m.types.length > 0 && !recorded.has(n) && !(n in HELPERS_LEFT_OUT)).map(([n]) => n);
    expect(missing, "helpers the kernel offers with neither a record nor an entry in helper_left_out.ts").toEqual([]);
    const both = Object.keys(HELPERS_LEFT_OUT).filter((n) => recorded.has(n));
    expect(both, "left out and recorded").toEqual([]);
    const stale = Object.keys(HELPERS_LEFT_OUT).filter((n) => !(golden.helpers[n]?.types.length > 0));
    expect(stale, "left out, but the kernel gives them to no type bpfplay knows").toEqual([]);
    for (const [n, why] of Object.entries(HELPERS_LEFT_OUT)) expect(why.length, n).toBeGreaterThan(20);
  });

  it("gives each record exactly the callers the kernel allows, less the narrowed types with their reasons", () => {
    const wrong: string[] = [];
    for (const p of HELPER_PROTOS) {
      const m = golden.helpers[p.name];
      if (!m) {
        wrong.push(`${p.name}: not measured`);
        continue;
      }
      const narrowed = Object.keys(p.narrowed);
      const mine = sorted([...p.callers, ...narrowed]);
      if (JSON.stringify(mine) !== JSON.stringify(sorted(m.types))) {
        const extra = p.callers.filter((t) => !m.types.includes(t));
        const lacking = m.types.filter((t) => !mine.includes(t));
        wrong.push(`${p.name}: bpfplay also allows [${extra}], lacks [${lacking}]`);
      }
      for (const t of narrowed) {
        if (p.callers.includes(t)) wrong.push(`${p.name}: ${t} is both a caller and narrowed`);
        if (p.narrowed[t].length < 20) wrong.push(`${p.name}: ${t} narrowed with no reason`);
      }
      for (const [t, args] of Object.entries(p.argsFor)) {
        if (!p.callers.includes(t)) wrong.push(`${p.name}: arguments for ${t}, which may not call it`);
        if (args.length !== p.args.length) wrong.push(`${p.name}: ${t}'s prototype takes ${args.length} arguments, the others ${p.args.length}`);
      }
      // (xdp_adjust_meta: the reference kernel refuses it to XDP as having no prototype there, and
      // reads its two arguments in its live registers all the same: bad_xdp_adjust_meta_refused.s)
      const withProto = sorted([...Object.keys(m.other ?? {}), ...(p.name === "xdp_adjust_meta" ? ["xdp"] : [])]);
      if (JSON.stringify(sorted([...p.refusedWithProto])) !== JSON.stringify(withProto)) wrong.push(`${p.name}: refused with a prototype in [${p.refusedWithProto}], the kernel in [${withProto}]`);
      if (p.gplOnly !== (m.gpl_only ?? []).length > 0) wrong.push(`${p.name}: gplOnly ${p.gplOnly}, the kernel says gpl_only in [${m.gpl_only ?? []}]`);
    }
    expect(wrong).toEqual([]);
  });

  it("gives each attach type the helpers the kernel adds and refuses with it (progtypes.ts AttachType, by_attach)", () => {
    const wrong: string[] = [];
    const probed = new Set(Object.keys(golden.by_attach));
    for (const t of PROG_TYPES) {
      for (const a of t.attachTypes) {
        const c = change(t, a);
        if (!c) {
          wrong.push(`${t.name}/${a.name}: not probed (add it to BY_ATTACH in helper_probe.py)`);
          continue;
        }
        probed.delete(`${t.name}/${a.name}`);
        // a refusal of a helper bpfplay refuses the whole type anyway needs no word in the attach type
        const refusable = (n: string) => HELPER_PROTOS.some((p) => p.name === n && p.callers.includes(t.name));
        const refuses = sorted((c.refuses ?? []).filter(refusable));
        if (JSON.stringify(sorted(a.refuses ?? [])) !== JSON.stringify(refuses)) wrong.push(`${t.name}/${a.name}: refuses [${a.refuses ?? []}], the kernel [${refuses}]`);
        const adds = sorted([...(a.adds ?? []), ...Object.keys(a.narrowed ?? {})]);
        if (JSON.stringify(adds) !== JSON.stringify(sorted(c.adds ?? []))) wrong.push(`${t.name}/${a.name}: adds and narrows [${adds}], the kernel adds [${c.adds ?? []}]`);
        for (const [n, why] of Object.entries(a.narrowed ?? {})) if (why.length < 20) wrong.push(`${t.name}/${a.name}: ${n} narrowed with no reason`);
      }
    }
    expect([...probed], "probed attach types bpfplay does not know").toEqual([]);
    expect(wrong).toEqual([]);
  });
});

/** The probe's program: r1..r5 = 0; call id; r0 = 0; exit. */
function probeProgram(id: number): Program {
  const insns = [1, 2, 3, 4, 5].map((r) => insn(0xb7, r)).concat([insn(0x85, 0, 0, 0, id), insn(0xb7, 0), insn(0x95)]);
  return { insns, maps: [], lines: insns.map(() => 0), symbols: [] };
}

describe("helper availability: bpfplay's verifier vs the kernel's recorded answer", () => {
  it("refuses a helper with the kernel's words exactly where the kernel did, on all of the matrix", () => {
    const wrong: string[] = [];
    let cells = 0;
    let attachCells = 0;
    for (const [name, m] of Object.entries(golden.helpers)) {
      const p = HELPER_PROTOS.find((x) => x.name === name);
      // a bare type name is its default attach type; then each attach type by its section
      for (const [t, a, as, bare] of PROG_TYPES.flatMap((t) => [[t, t.attach, t.name, true] as const, ...t.attachTypes.map((a) => [t, a, a.sections[0], false] as const)])) {
        if (bare) cells++;
        else attachCells++;
        const v = verify(probeProgram(m.id), { progType: as });
        const refused = !v.accepted && v.diagnostics[0].message.startsWith("program of this type cannot use helper");
        const kernelRefused = !kernelAllows(name, t, a);
        // a narrowed type or attach type is refused on purpose (the record says why)
        const expected = kernelRefused || (p !== undefined && t.name in p.narrowed) || (a?.narrowed !== undefined && name in a.narrowed) || p === undefined;
        if (refused !== expected) wrong.push(`${name} in ${as}: bpfplay ${refused ? "refuses" : "allows"}, the kernel ${kernelRefused ? "refuses" : "allows"}`);
        if (refused) expect(v.diagnostics[0].message).toBe(`program of this type cannot use helper bpf_${name}#${m.id}`);
      }
    }
    expect(cells).toBe(Object.keys(golden.helpers).length * PROG_TYPES.length);
    expect(attachCells).toBe(Object.keys(golden.helpers).length * PROG_TYPES.reduce((n, t) => n + t.attachTypes.length, 0));
    expect(wrong).toEqual([]);
  });
});

describe("helper availability: the recording vs the live kernel", () => {
  let kernel: { ok: true } | { ok: false; reason: string };
  try {
    kernel = kernelAvailable();
  } catch (e) {
    kernel = { ok: false, reason: (e as Error).message.replace(/^FAIL under CI=true: /, "") };
  }
  const same = release().split("-")[0] === golden.kernel;
  it.runIf(kernel.ok && same)("the kernel still answers what helper_availability.json records", () => {
    const p = spawnSync(process.env.PYTHON ?? "python3", [PROBE], { encoding: "utf8", timeout: 300_000, maxBuffer: 64 << 20 });
    expect(p.status, p.stderr).toBe(0);
    const live = JSON.parse(p.stdout) as Availability | { available: false; reason: string };
    expect("helpers" in live, p.stdout.slice(0, 500)).toBe(true);
    expect(live, RERECORD).toEqual(golden);
  }, 300_000);
  it.runIf(!kernel.ok || !same)("cannot ask the kernel here", () => {
    // says why, and fails under CI=true: a green CI that compared nothing would be a lie
    skipOrFail(!kernel.ok ? `bpf() unavailable: ${kernel.reason}` : `the kernel is ${release()}, the recording is of ${golden.kernel}: ${RERECORD}`);
  });
});
