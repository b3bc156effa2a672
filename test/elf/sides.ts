// bpfplay's side of the comparison (read the object, verify its programs in libbpf's order, run
// the runnable ones) and the raw-bpf() reference for what libbpf 1.x no longer loads.
import { readObject } from "../../src/core/elf/read.ts";
import type { BpfObject } from "../../src/core/elf/read.ts";
import { bytesToHex, encodeInsns } from "../../src/core/isa/index.ts";
import { progTypeByName } from "../../src/core/isa/progtypes.ts";
import type { Program } from "../../src/core/program.ts";
import { verify } from "../../src/core/verifier/index.ts";
import { execute } from "../../src/core/vm/index.ts";
import { kernelRun } from "../kernel/reference.ts";

export type Verdict =
  | { readonly kind: "object"; readonly message: string }
  | { readonly kind: "rejected"; readonly prog: string; readonly message: string }
  | { readonly kind: "loaded" };

export function bpfplayVerdict(bytes: Uint8Array): { verdict: Verdict; object?: BpfObject } {
  const r = readObject(bytes);
  if (!r.ok) return { verdict: { kind: "object", message: `${r.error.section}+${r.error.offset}: ${r.error.message}` } };
  if (r.object.programs.length === 0) return { verdict: { kind: "object", message: "no programs" }, object: r.object };
  // libbpf loads the programs in section order and stops at the first the kernel refuses
  for (const p of r.object.programs) {
    if (!p.progType) return { verdict: { kind: "object", message: `section '${p.section}' names no program type` }, object: r.object };
    const v = verify(p, { progType: p.progType, logLevel: 0 });
    if (!v.accepted) {
      // at a CO-RE relocation libbpf could not resolve, libbpf's words replace the kernel's
      const d = v.diagnostics[0];
      const core = p.core?.find((c) => c.pc === d?.pc && c.error)?.error;
      return { verdict: { kind: "rejected", prog: p.name ?? "", message: core ?? d?.message ?? "" }, object: r.object };
    }
  }
  return { verdict: { kind: "loaded" }, object: r.object };
}

/**
 * The kernel's error: the lines between the last instruction and "processed N insns" (one or
 * two: `invalid access to packet, ...` then `R1 offset is outside of the packet`).
 */
export function errorLine(log: string): string {
  // (bpftool -d adds the statistics of log level 4 before "processed")
  const lines = log.split("\n").filter((l) => l.trim() !== "" && !/^(verification time|stack depth) /.test(l));
  let k = lines.findIndex((l) => l.startsWith("processed "));
  if (k < 0) k = lines.length;
  const out: string[] = [];
  for (let j = k - 1; j >= 0 && out.length < 3 && !/^\d+: |^;/.test(lines[j]); j--) out.unshift(lines[j].trim());
  return out.join("\n");
}

/** Types BPF_PROG_TEST_RUN runs on a packet, as bpfplay's VM does. */
export const runnable = (p: Program): boolean => !!p.progType && (progTypeByName(p.progType)?.packet ?? false);

export interface BpfplayRun {
  readonly r0?: number;
  readonly fault?: string;
  readonly packetOut: string;
  /** Non-per-CPU maps with entries: key hex → value hex. */
  readonly maps: Readonly<Record<string, Record<string, string>>>;
}

export function bpfplayRun(p: Program, packet: Uint8Array): BpfplayRun | string {
  const r = execute({ program: p, input: { packet } });
  if (typeof r === "string") return r;
  const maps: Record<string, Record<string, string>> = {};
  for (const [name, d] of Object.entries(r.maps)) {
    const def = p.maps.find((m) => m.name === name);
    if (d.kind !== "entries" || !def || /percpu/.test(def.type)) continue;
    maps[name] = Object.fromEntries(d.entries.map((e) => [bytesToHex(e.key), bytesToHex(e.value)]).sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  return { r0: r.r0 === undefined ? undefined : Number(r.r0 & 0xffffffffn), fault: r.fault?.message, packetOut: r.packetOut ? bytesToHex(r.packetOut) : "", maps };
}

/**
 * The kernel's verdict on bpfplay's reading of the object, through raw bpf() (what iproute2 or a
 * libbpf before 1.0 would load): for objects libbpf 1.x refuses to open (legacy `maps`).
 */
export function rawKernelVerdict(o: BpfObject): Verdict | string {
  for (const p of o.programs) {
    const reply = kernelRun({
      prog_type: p.progType ?? "socket_filter",
      section: p.section,
      insns_hex: bytesToHex(encodeInsns(p.insns)),
      maps: p.maps.map((m) => ({ name: m.name, type: m.type, key_size: m.keySize, value_size: m.valueSize, max_entries: m.maxEntries, flags: m.flags, ...(m.init && m.flags & 0x80 ? { freeze: true } : {}) })),
      init: p.maps.flatMap((m) => (m.init ? [{ map: m.name, key: "00000000", value: bytesToHex(m.init) }] : [])),
      load_only: true,
      func_info: !!p.funcInfo,
    });
    if (!reply.available) return `bpf() unavailable: ${reply.reason}`;
    if (reply.error !== undefined) return reply.error;
    if (!reply.accepted) return { kind: "rejected", prog: p.name ?? "", message: errorLine(reply.verifier_log) };
  }
  return { kind: "loaded" };
}
