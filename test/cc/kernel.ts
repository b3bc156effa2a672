// One compiler's output as a request for the kernel harness (test/kernel/bpf_ref.py): every map
// of the object with global data seeded and `.rodata` frozen as libbpf does, prog_array slots
// filled with the file's other programs loaded on their own, then the entry program.
import { progTypeByName } from "../../src/core/isa/progtypes.ts";
import { bytesToHex, encodeInsns } from "../../src/core/isa/index.ts";
import { BPF_F_RDONLY_PROG } from "../../src/core/program.ts";
import type { KernelInit, KernelReply, KernelRequest } from "../kernel/reference.ts";
import type { Header } from "./header.ts";
import type { Outcome } from "./outcome.ts";
import type { Built } from "./side.ts";
import { entryOf } from "./vm.ts";


/** Whether BPF_PROG_TEST_RUN runs this type here; tracing programs are only loaded. */
export function runsInKernel(b: Built, h: Header): boolean {
  const e = entryOf(b, h);
  if (typeof e === "string" || h.loadOnly) return false;
  return progTypeByName(e.program.progType ?? e.section)?.packet ?? false;
}

export function kernelRequest(b: Built, h: Header): KernelRequest | string {
  const entry = entryOf(b, h);
  if (typeof entry === "string") return entry;
  const progType = entry.program.progType ?? progTypeByName(entry.section)?.name;
  if (!progType) return `section '${entry.section}' names no program type`;
  const init: KernelInit[] = [];
  for (const m of b.maps) if (m.init) init.push({ map: m.name, key: "00000000", value: bytesToHex(m.init) });
  for (const i of h.inits) {
    if (!("prog" in i)) init.push(i);
    else if (i.prog === entry.name) init.push({ map: i.map, key: i.key, prog: "self" });
    else {
      const t = b.programs.find((p) => p.name === i.prog);
      if (!t) return `init: no program named '${i.prog}'`;
      init.push({ map: i.map, key: i.key, prog_insns_hex: bytesToHex(encodeInsns(t.program.insns)), prog_type: t.program.progType ?? progType });
    }
  }
  const run = runsInKernel(b, h);
  return {
    prog_type: progType,
    section: entry.section,
    insns_hex: bytesToHex(encodeInsns(entry.program.insns)),
    maps: b.maps.map((m) => ({
      name: m.name,
      type: m.type,
      key_size: m.keySize,
      value_size: m.valueSize,
      max_entries: m.maxEntries,
      flags: m.flags,
      ...(m.flags & BPF_F_RDONLY_PROG && m.init ? { freeze: true } : {}),
      ...(m.inner ? { inner: { name: `${m.name}.inner`, type: m.inner.type, key_size: m.inner.keySize, value_size: m.inner.valueSize, max_entries: m.inner.maxEntries, flags: m.inner.flags } } : {}),
      ...(m.slots?.some((s) => s.map) ? { slots: m.slots.flatMap((s) => (s.map ? [{ index: s.index, map: s.map }] : [])) } : {}),
    })),
    init,
    packet_hex: h.packetHex,
    ctx_hex: h.ctxHex,
    repeat: h.repeat,
    load_only: !run,
  };
}

/** The kernel's verdict and, when it ran, its outcome. */
export type KernelSide =
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "rejected"; readonly errno: number; readonly log: string }
  | { readonly kind: "loaded"; readonly outcome?: Outcome };

export function kernelSide(reply: KernelReply, insns: number): KernelSide {
  if (!reply.available) return { kind: "error", error: `bpf() unavailable: ${reply.reason}` };
  if (reply.error !== undefined) return { kind: "error", error: reply.error };
  if (!reply.accepted) return { kind: "rejected", errno: reply.errno, log: reply.verifier_log.split("\n").slice(-12).join("\n") };
  const r = reply.result;
  if (!r) return { kind: "loaded" };
  const maps: Outcome["maps"] = {};
  for (const [name, es] of Object.entries(r.maps)) maps[name] = es.map((e) => ("data" in e ? { data: e.data, discarded: e.discarded } : { key: e.key, value: e.value }));
  return { kind: "loaded", outcome: { r0: r.r0, packetHex: r.packet_out_hex, ctxHex: r.ctx_out_hex, maps, trace: r.trace_pipe, insns } };
}
