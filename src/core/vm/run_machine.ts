// The machine a Run drives, made once with the run: its helpers (each bound to the run, made at
// its first call), the skb view the legacy packet loads read, what ld_imm64's pseudo sources
// load, the context's packet pointer fields for compiled code, and the context in r1 (r2).

import { helperById } from "./helpers/index.ts";
import { Machine } from "./machine.ts";
import type { HelperFn } from "./machine.ts";
import { HI_TAG } from "./memory.ts";
import { pseudoPointer } from "./map_pointers.ts";
import type { Run } from "./run.ts";

export function startMachine(run: Run): Machine {
  const ctx = run.ctx;
  // helpers by id, made once (a call must not allocate)
  const helpers: (HelperFn | null | undefined)[] = [];
  const machine = new Machine(run.opts.program.insns, run.mem, {
    helper: (id) => {
      let fn = helpers[id];
      if (fn === undefined) {
        const h = helperById(id);
        const label = h && `bpf_${h.name}`;
        fn = helpers[id] = h ? (m) => h.call(run, m, label!) : null;
      }
      return fn ?? undefined;
    },
    skb: () => (ctx.skb && ctx.packet ? { region: ctx.packet.region, data: ctx.packet.data, len: ctx.packet.end - ctx.packet.data, net: ctx.packet.net, mac: ctx.packet.mac } : undefined),
  });
  machine.resolvePseudo = (src, imm, imm2, pc) => pseudoPointer(run, src, imm, imm2, pc);
  machine.codeRegionId = run.code.id;
  const pointers = ctx.ctx?.hook?.pointers;
  if (pointers !== undefined && ctx.ctx!.start === 0 && ctx.ctx!.end === pointers.kindAt.length) {
    machine.setCtxPointers(pointers, HI_TAG | ctx.ctx!.id);
  }
  machine.strictAlign = run.opts.strictAlign ?? false;
  ctx.args.forEach((a, k) => machine.setReg(k + 1, a));
  return machine;
}
