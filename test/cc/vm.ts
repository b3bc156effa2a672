// Runs one compiler's output in bpfplay's VM as BPF_PROG_TEST_RUN would: global data maps start
// with their sections' contents, prog_array slots hold the file's other programs (appended to
// the entry program's instructions, so a slot names a label), the header's packet, ctx, seeds
// and repeat.
import { progTypeByName } from "../../src/core/isa/progtypes.ts";
import type { Program, Symbol } from "../../src/core/program.ts";
import { execute } from "../../src/core/vm/execute.ts";
import type { InitEntry } from "../../src/core/vm/execute.ts";
import type { Header } from "./header.ts";
import type { Built } from "./side.ts";
import type { Outcome } from "./outcome.ts";

const hexToBytes = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (b) => parseInt(b, 16));
const toHex = (b: Uint8Array) => Buffer.from(b).toString("hex");

export function entryOf(b: Built, h: Header): Built["programs"][number] | string {
  const e = h.entry ? b.programs.find((p) => p.name === h.entry) : b.programs[0];
  return e ?? `no program named '${h.entry}' (have ${b.programs.map((p) => p.name).join(", ")})`;
}

export function vmRun(b: Built, h: Header): Outcome | string {
  const entry = entryOf(b, h);
  if (typeof entry === "string") return entry;
  const progType = entry.program.progType ?? progTypeByName(entry.section)?.name;
  if (!progType) return `section '${entry.section}' names no program type`;
  // tail-call targets after the entry program, each under its own name
  const insns = [...entry.program.insns];
  const symbols: Symbol[] = [...entry.program.symbols];
  for (const name of new Set(h.inits.flatMap((i) => ("prog" in i ? [i.prog] : [])))) {
    if (name === entry.name) {
      symbols.push({ name, pc: 0 });
      continue;
    }
    const t = b.programs.find((p) => p.name === name);
    if (!t) return `init: no program named '${name}'`;
    symbols.push({ name, pc: insns.length });
    insns.push(...t.program.insns);
  }
  const program: Program = { ...entry.program, insns, symbols, lines: insns.map(() => 0), maps: b.maps };
  const init: InitEntry[] = [];
  for (const m of b.maps) if (m.init) init.push({ map: m.name, key: new Uint8Array(4), value: m.init });
  for (const i of h.inits) init.push({ map: i.map, key: hexToBytes(i.key), value: "prog" in i ? { label: i.prog } : hexToBytes(i.value) });
  const r = execute({
    program,
    progType,
    input: { packet: h.packetHex ? hexToBytes(h.packetHex) : undefined, ctx: h.ctxHex ? hexToBytes(h.ctxHex) : undefined },
    init,
    repeat: h.repeat,
    cpus: 2,
  });
  if (typeof r === "string") return r;
  const maps: Outcome["maps"] = {};
  for (const [name, d] of Object.entries(r.maps)) {
    maps[name] =
      d.kind === "records"
        ? d.records.map((x) => ({ data: toHex(x.data), discarded: x.discarded }))
        : d.entries.map((x) => ({ key: toHex(x.key), value: toHex(x.value) })).sort((a, c) => (a.key < c.key ? -1 : a.key > c.key ? 1 : 0));
  }
  return {
    r0: r.r0 === undefined ? undefined : Number(BigInt.asUintN(32, r.r0)),
    fault: r.fault ? `insn ${r.fault.pc}: ${r.fault.message}` : undefined,
    packetHex: r.packetOut ? toHex(r.packetOut) : "",
    ctxHex: r.ctxOut ? toHex(r.ctxOut) : undefined,
    maps,
    trace: [...r.trace],
    insns: entry.program.insns.length,
  };
}
