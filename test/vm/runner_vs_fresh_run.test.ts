// Differential test of the Runner (src/core/vm/runner.ts) against its reference: a fresh Run per
// input, run by the interpreter (no compiled code), as every run was made before the runner.
// For every program of test/kernel/programs and test/bench/programs, both sides run the same
// sequence of inputs (the program's packet or context, then changed, longer and shorter ones,
// then the first again), each with the program's --repeat, on their own maps and world made
// alike; after every run they must agree on the status, r0, the instruction count, the fault,
// the printk lines, the ringbuf records, the packet and context after it and every map.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseMapSpec } from "../../src/cli/args.ts";
import { assemble } from "../../src/core/asm/index.ts";
import { hexToBytes } from "../../src/core/isa/index.ts";
import { progTypeByName } from "../../src/core/isa/progtypes.ts";
import type { Program } from "../../src/core/program.ts";
import type { RunInput } from "../../src/core/vm/context.ts";
import { dumpMaps, sessionMaps } from "../../src/core/vm/mapset.ts";
import type { InitEntry, MapSet } from "../../src/core/vm/mapset.ts";
import { RingbufMap } from "../../src/core/vm/maps/index.ts";
import { DEFAULT_BUDGET, Run } from "../../src/core/vm/run.ts";
import { Runner } from "../../src/core/vm/runner.ts";
import { createWorld } from "../../src/core/vm/world.ts";
import { parseHeader } from "../kernel/header.ts";

const here = dirname(fileURLToPath(import.meta.url));
const DIRS = [join(here, "../kernel/programs"), join(here, "../bench/programs")];
const BENCH_PACKET = "00112233445566778899aabb0800450000320001000040060000" + "0a0000010a000002" + "04d20050000000010000000050022000" + "00000000" + "00".repeat(10);

interface Case {
  readonly name: string;
  readonly program: Program;
  readonly type: string;
  readonly init: InitEntry[];
  readonly inputs: RunInput[];
  readonly repeat: number;
}

function init(spec: string): InitEntry {
  const [map, key, value] = spec.split(":");
  return { map, key: hexToBytes(key)!, value: value.startsWith("@") ? { label: value.slice(1) } : hexToBytes(value)! };
}

/** The program's input, then inputs that differ from it in content and length, then it again. */
function inputs(packet: Uint8Array | undefined, ctx: Uint8Array | undefined): RunInput[] {
  const vary = (b: Uint8Array, k: number): Uint8Array[] => {
    const changed = b.slice();
    if (changed.length) changed[changed.length - 1] ^= 0x5a;
    const longer = new Uint8Array(b.length + 24).fill(0xa5);
    longer.set(b);
    const shorter = b.slice(0, Math.max(k, b.length - 6));
    return [b, longer, changed, shorter, b];
  };
  if (packet) return vary(packet, 14).map((p) => ({ packet: p, ...(ctx ? { ctx } : {}) }));
  if (ctx) return vary(ctx, 0).map((c) => ({ ctx: c }));
  return [{}, {}];
}

/**
 * Programs that see what an earlier run left if the runner failed to clear it: bytes written into
 * the headroom, which the packet then gives back (the next run's adjust_head exposes them
 * again), and the stack read before it is written (which the verifier refuses, but the VM runs
 * unverified programs).
 */
const LEFTOVERS: Record<string, string> = {
  "leftover: headroom": `
.section xdp
  r6 = r1
  r2 = -8
  call bpf_xdp_adjust_head
  if r0 != 0 goto fail
  r2 = *(u32 *)(r6 + 0)
  r3 = *(u32 *)(r6 + 4)
  r4 = r2
  r4 += 8
  if r4 > r3 goto fail
  r7 = *(u64 *)(r2 + 0)
  r1 = 0x1122334455667788 ll
  *(u64 *)(r2 + 0) = r1
  r1 = r6
  r2 = 8
  call bpf_xdp_adjust_head
  r0 = r7
  exit
fail:
  r0 = 0
  exit`,
  "leftover: stack": `
.section xdp
  r0 = *(u64 *)(r10 - 8)
  r1 = 0x55
  *(u64 *)(r10 - 8) = r1
  exit`,
};

/** Kernel events: each with its task and memory, or none, read through the task and probe_read helpers. */
const EVENT_PROGRAM = `
.section raw_tracepoint
  r6 = r1
  call bpf_get_current_pid_tgid
  r7 = r0
  r1 = r10
  r1 += -8
  r2 = 8
  r3 = *(u64 *)(r6 + 0)
  call bpf_probe_read_kernel
  r0 = *(u64 *)(r10 - 8)
  r0 += r7
  exit`;

function events(): RunInput[] {
  const ctx = (addr: bigint) => {
    const b = new Uint8Array(16);
    new DataView(b.buffer).setBigUint64(0, addr, true);
    return b;
  };
  const task = (pid: number) => ({ pid, tgid: pid, uid: 1000, gid: 1000, comm: `p${pid}`, cgroupId: 7n });
  const area = (addr: bigint, fill: number) => [{ addr, bytes: new Uint8Array(8).fill(fill), space: "kernel" as const, name: "struct sock" }];
  const a = 0xffff888001000000n;
  return [
    { ctx: ctx(a), task: task(11), memory: area(a, 1) },
    { ctx: ctx(a), task: task(12), memory: area(a, 2) },
    { ctx: ctx(a) },
    { ctx: ctx(a + 8n), memory: area(a + 8n, 3) },
    { ctx: ctx(a), task: task(11), memory: area(a, 4) },
  ];
}

function cases(): Case[] {
  const out: Case[] = [];
  out.push({ name: "kernel events: task and memory per input", program: assemble(EVENT_PROGRAM).program, type: "raw_tracepoint", init: [], inputs: events(), repeat: 1 });
  for (const [name, text] of Object.entries(LEFTOVERS)) {
    const { program } = assemble(text);
    out.push({ name, program, type: program.progType ?? "xdp", init: [], inputs: inputs(hexToBytes(BENCH_PACKET), undefined), repeat: 1 });
  }
  for (const dir of DIRS) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".s")).sort()) {
      const text = readFileSync(join(dir, f), "utf8");
      const kernelProgram = text.includes("; type:");
      const h = kernelProgram ? parseHeader(text, f) : undefined;
      const { program, diagnostics } = assemble(text, { maps: (h?.maps ?? []).map(parseMapSpec) });
      if (diagnostics.some((d) => d.severity === "error")) continue;
      if (!kernelProgram && f !== "tcp_parser.s" && f !== "hash_counter.s") continue;
      const packet = h ? (h.packetHex ? hexToBytes(h.packetHex) : undefined) : hexToBytes(BENCH_PACKET);
      const ctx = h?.ctxHex ? hexToBytes(h.ctxHex) : undefined;
      out.push({ name: f, program, type: h?.type ?? "xdp", init: (h?.inits ?? []).map(init), inputs: inputs(packet, ctx), repeat: h?.repeat ?? 1 });
    }
  }
  return out;
}

const hex = (b?: Uint8Array) => (b ? Buffer.from(b).toString("hex") : undefined);

/** What a run left, in comparable form. */
function observe(status: string, r0: bigint | undefined, insns: number, fault: unknown, trace: readonly string[], records: readonly unknown[], out: { packet?: Uint8Array; ctx?: Uint8Array }, maps: MapSet) {
  const dump = dumpMaps(maps, 0);
  return {
    status,
    r0: r0?.toString(16),
    insns,
    fault,
    trace: [...trace],
    records,
    packet: hex(out.packet),
    ctx: hex(out.ctx),
    maps: JSON.stringify(dump, (_k, v) => (v instanceof Uint8Array ? hex(v) : v)),
  };
}

/** The reference: a new Run for every input, interpreted. */
function reference(c: Case) {
  const maps = sessionMaps(c.program, 2, c.init) as MapSet;
  const world = createWorld();
  const progType = progTypeByName(c.type)!;
  const rings = maps.maps.filter((m): m is RingbufMap => m instanceof RingbufMap);
  return c.inputs.map((input) => {
    let run: Run;
    try {
      run = new Run({ program: c.program, progType, input, maps, world });
    } catch (e) {
      return [observe("input", undefined, 0, (e as Error).message, [], [], {}, maps)];
    }
    run.machine.jit = false;
    const results = [];
    for (let k = 0; k < c.repeat; k++) {
      if (k > 0) {
        run.trace.length = 0;
        run.restart();
      }
      const before = rings.map((m) => m.records.length);
      const stop = run.run(DEFAULT_BUDGET);
      const records = rings.flatMap((m, j) => m.records.slice(before[j]).filter((r) => r.state !== "busy").map((r) => ({ map: m.def.name, data: hex(r.data), discarded: r.state === "discarded" })));
      const fault = stop.kind === "fault" ? stop.fault : stop.kind === "budget" ? { kind: "budget", pc: run.machine.pc } : undefined;
      results.push(observe(stop.kind, stop.kind === "exit" ? stop.r0 : undefined, run.machine.executed, fault, run.trace, records, run.ctx.output(), maps));
      if (stop.kind !== "exit") break;
    }
    return results;
  });
}

function viaRunner(c: Case) {
  const runner = Runner.create({ program: c.program, progType: c.type, init: c.init });
  if (typeof runner === "string") throw new Error(runner);
  return c.inputs.map((input) => {
    const results = [];
    for (let k = 0; k < c.repeat; k++) {
      const r = k === 0 ? runner.run(input) : runner.again();
      if (r.status === "input") return [observe("input", undefined, 0, r.error, [], [], {}, runner.maps)];
      const fault = r.status === "budget" ? { kind: "budget", pc: r.fault!.pc } : r.fault;
      const records = r.records.map((x) => ({ map: x.map, data: hex(x.data), discarded: x.discarded }));
      results.push(observe(r.status, r.r0, r.insns, fault, r.trace, records, runner.output(), runner.maps));
      if (r.status !== "exit") break;
    }
    return results;
  });
}

describe("Runner vs a fresh interpreted Run per input", () => {
  const all = cases();
  it("covers the kernel's programs and the bench's", () => {
    expect(all.length).toBeGreaterThan(150);
    expect(all.filter((c) => c.inputs.some((i) => i.packet)).length).toBeGreaterThan(120);
  });
  for (const c of all) {
    it(c.name, () => {
      expect(viaRunner(c)).toEqual(reference(c));
    });
  }
});
