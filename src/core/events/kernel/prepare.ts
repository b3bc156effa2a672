// One event into what a run needs: the context bytes of its program type, the task it happens
// in, and the memory its pointers point to.

import { BPF_RAW_TRACEPOINT_ARGS } from "../../isa/ctx_layouts.ts";
import type { CtxStruct } from "../../isa/ctx_layouts.ts";
import { buildPtRegs, kernelFunction, PT_REGS_LAYOUT } from "./kprobe.ts";
import { AddressSpace } from "./memory.ts";
import { buildTask, readProcess } from "./process.ts";
import { buildRawArgs, rawTracepoint } from "./raw_tracepoint.ts";
import { buildRecord, tracepointFormat, tracepointLayout, TRACEPOINTS } from "./tracepoint.ts";
import type { EventError, KernelEvent, PreparedEvent } from "./types.ts";
import { failed, utf8 } from "./values.ts";

const KINDS = ["tracepoint", "raw_tracepoint", "kprobe", "kretprobe"];

export function prepareKernelEvent(e: KernelEvent): PreparedEvent | EventError {
  if (!KINDS.includes(e.kind)) return { error: `kind must be one of ${KINDS.join(", ")}`, path: "kind" };
  const proc = readProcess(e.process);
  if (failed(proc)) return { error: proc.error, path: "process" };
  const mem = new AddressSpace();
  const fields = e.fields ?? {};
  // an argv list is also the process's command line (mm->arg_start..arg_end: the strings NUL-separated)
  const argv = Array.isArray(fields.argv) && fields.argv.every((x) => typeof x === "string") ? (fields.argv as string[]) : undefined;
  let cmdline: { start: bigint; end: bigint } | undefined;
  if (argv?.length) {
    const bytes = utf8(argv.map((x) => `${x}\0`).join(""));
    const start = mem.userBytes(bytes, "command line (mm->arg_start)");
    cmdline = { start, end: start + BigInt(bytes.length) };
  }
  const taskAddr = buildTask(mem, proc, cmdline);
  const task = { pid: proc.pid, tgid: proc.tgid, uid: proc.uid, gid: proc.gid, comm: proc.comm, cgroupId: proc.cgroupId, taskAddr };
  let ctx: Uint8Array | { error: string };
  let layout: CtxStruct;
  let progType: PreparedEvent["progType"];
  let ctxLimit: number | undefined;
  switch (e.kind) {
    case "tracepoint": {
      const f = tracepointFormat(e.name);
      if (!f) return { error: `bpfplay does not model the tracepoint '${e.name}' (it knows ${countTracepoints()}: see 'syscalls/sys_enter_openat' and others)`, path: "name" };
      ctx = buildRecord(f, fields, task, mem);
      layout = tracepointLayout(f);
      progType = "tracepoint";
      ctxLimit = f.size;
      break;
    }
    case "raw_tracepoint": {
      const r = rawTracepoint(e.name);
      ctx = buildRawArgs(r, e.name, fields, mem, taskAddr);
      const n = failed(ctx) ? 0 : ctx.length / 8;
      layout = { ...BPF_RAW_TRACEPOINT_ARGS, fields: BPF_RAW_TRACEPOINT_ARGS.fields.slice(0, n).map((x, k) => ({ ...x, name: r?.params[k]?.name ? `args[${k}] (${r.params[k].name})` : x.name })) };
      progType = "raw_tracepoint";
      break;
    }
    case "kprobe":
    case "kretprobe": {
      const f = kernelFunction(e.name);
      if (!f) return { error: `bpfplay has no prototype for the kernel function '${e.name}'`, path: "name" };
      ctx = buildPtRegs(f, fields, e.kind === "kretprobe", mem);
      layout = PT_REGS_LAYOUT;
      progType = "kprobe";
      break;
    }
  }
  if (failed(ctx)) {
    const m = /^(fields\.[\w[\]]+): (.*)$/s.exec(ctx.error);
    return m ? { error: m[2], path: m[1] } : { error: ctx.error, path: "fields" };
  }
  return { progType, ctx, layout, ctxLimit, task, memory: mem.finish() };
}

const countTracepoints = () => TRACEPOINTS.length;
