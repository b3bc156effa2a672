// `bpfplay run PROG --event FILE.json`: a tracing program (tracepoint, raw_tracepoint, kprobe,
// kretprobe) runs on a syscall or kernel event written in the JSON form of events/kernel, or on each
// event of a list (maps carry over from event to event, as they would in the kernel). Per event r0,
// instructions and trace; for a list a summary; a tracepoint the kernel would refuse to attach
// the program to is an error, as the attach is.

import { attachRefusal, ctxExtent, eventFit, isEventError, parseKernelEvents, prepareKernelEvent, tracepointFormat } from "../../core/events/kernel/index.ts";
import type { KernelEvent } from "../../core/events/kernel/index.ts";
import { progTypeFor } from "../../core/isa/progtypes.ts";
import type { Program } from "../../core/program.ts";
import { verify } from "../../core/verifier/index.ts";
import { createWorld, DEFAULT_BUDGET, dumpMaps, Run } from "../../core/vm/index.ts";
import type { InitEntry, MapDump } from "../../core/vm/index.ts";
import { sessionMaps } from "../../core/vm/execute.ts";
import { UsageError } from "../io.ts";
import type { Io } from "../io.ts";
import { RecordTaker, takenJson, takenText } from "./run_records.ts";
import type { RecordReader, TakenRecord } from "./run_records.ts";

export interface EventRunOptions {
  readonly program: Program;
  readonly progType: string;
  readonly eventFile: string;
  /** Reads the ring buffer records and perf samples each event writes (decoded from C). */
  readonly reader: RecordReader;
  readonly init: readonly InitEntry[];
  readonly budget?: number;
  readonly strictAlign?: boolean;
  /** A reader on every perf event array (not with --no-perf-reader): samples arrive instead of -ENOENT. */
  readonly perfReaders: boolean;
  readonly json: boolean;
  /** The program was verified (the attach check reads the verifier's states). */
  readonly verified: boolean;
}

export interface EventResult {
  readonly event: number;
  readonly kind: string;
  readonly name: string;
  readonly pid: number;
  readonly comm: string;
  readonly r0: bigint | null;
  readonly insns: number;
  readonly error?: { insn?: number; kind: string; message: string };
  readonly trace: readonly string[];
  /** Ring buffer records and perf samples this event wrote. */
  readonly records: readonly TakenRecord[];
}

function readEvents(io: Io, file: string): readonly KernelEvent[] {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(io.readFile(file)));
  } catch (e) {
    throw new UsageError(`--event ${file}: ${(e as Error).message}`);
  }
  const events = parseKernelEvents(json);
  if (isEventError(events)) throw new UsageError(`--event ${file}: ${events.path ? `${events.path}: ` : ""}${events.error}`);
  return events;
}

export function runEvents(o: EventRunOptions, events: readonly KernelEvent[], io: Io): { results: EventResult[]; maps: Record<string, MapDump>; durationNs: number } {
  const progType = progTypeFor(o.progType, o.program.section);
  if (!progType) throw new UsageError(`unknown program type '${o.progType}'`);
  const maps = sessionMaps(o.program, 2, o.init, { perfReaders: o.perfReaders });
  if (typeof maps === "string") throw new UsageError(maps);
  const extent = o.verified ? ctxExtent(o.program.insns, verify(o.program, { progType: progType.name }).states) : 0;
  const world = createWorld();
  const taker = new RecordTaker(maps);
  const budget = o.budget ?? DEFAULT_BUDGET;
  const results: EventResult[] = [];
  const notes = new Set<string>();
  const t0 = process.hrtime.bigint();
  events.forEach((e, i) => {
    const at = events.length > 1 ? `[${i}]` : "";
    const fit = eventFit(e, progType.name, o.program.section);
    if (fit.error) throw new UsageError(`--event ${o.eventFile}${at}: ${fit.error}`);
    if (fit.note && !notes.has(fit.note)) {
      notes.add(fit.note);
      io.stderr(`note: ${fit.note}\n`);
    }
    const p = prepareKernelEvent(e);
    if (isEventError(p)) throw new UsageError(`--event ${o.eventFile}${at}${p.path ? `.${p.path}`.replace(/^\.\[/, "[") : ""}: ${p.error}`);
    const base = { event: i, kind: e.kind, name: e.name, pid: p.task.pid, comm: p.task.comm };
    const refused = e.kind === "tracepoint" ? attachRefusal(e.name, tracepointFormat(e.name)!.size, extent) : undefined;
    if (refused) {
      results.push({ ...base, r0: null, insns: 0, error: { kind: "attach", message: refused }, trace: [], records: [] });
      return;
    }
    const run = new Run({ program: o.program, progType, input: { ctx: p.ctx, task: p.task, memory: p.memory }, maps, world, strictAlign: o.strictAlign });
    const stop = run.run(budget);
    const error =
      stop.kind === "fault"
        ? { insn: stop.fault.pc, kind: stop.fault.kind, message: stop.fault.message }
        : stop.kind === "budget"
          ? { insn: run.machine.pc, kind: "budget", message: `the instruction budget of ${budget} ran out (an endless loop?)` }
          : undefined;
    results.push({ ...base, r0: stop.kind === "exit" ? stop.r0 : null, insns: run.machine.executed, ...(error ? { error } : {}), trace: run.trace, records: taker.take() });
  });
  return { results, maps: dumpMaps(maps, 0), durationNs: Number(process.hrtime.bigint() - t0) };
}

export function runEventCommand(o: EventRunOptions, io: Io, stringify: (v: unknown) => string, mapsJson: (m: Record<string, MapDump>) => unknown, header: Record<string, unknown>): number {
  const events = readEvents(io, o.eventFile);
  const r = runEvents(o, events, io);
  const errors = r.results.filter((x) => x.error).length;
  const insns = r.results.reduce((n, x) => n + x.insns, 0);
  const counts: Record<string, number> = {};
  for (const x of r.results) {
    const key = x.r0 === null ? (x.error?.kind === "attach" ? "not attached" : "fault") : `${x.r0}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  const summary = { events: r.results.length, r0: counts, errors, insns_executed: insns, insns_per_event: r.results.length ? insns / r.results.length : 0, duration_ns: r.durationNs };
  if (o.json) {
    const results = r.results.map((x) => ({ event: x.event, kind: x.kind, name: x.name, pid: x.pid, comm: x.comm, r0: x.r0, insns_executed: x.insns, ...(x.error ? { error: x.error } : {}), trace_pipe: x.trace, ...(x.records.length ? { records: x.records.map((rec) => takenJson(o.reader, rec)) } : {}) }));
    if (events.length === 1) {
      const x = results[0];
      io.stdout(stringify({ ...header, errors: x.error ? [{ insn: x.error.insn ?? 0, message: x.error.message }] : [], result: { ...x, maps: mapsJson(r.maps) } }) + "\n");
    } else io.stdout(stringify({ ...header, results, summary, maps: mapsJson(r.maps) }) + "\n");
  } else {
    for (const x of r.results) {
      const who = `${x.kind} ${x.name} (pid ${x.pid}, ${x.comm})`;
      for (const line of x.trace) io.stdout(`trace: ${line}\n`);
      if (x.error) io.stderr(`event ${x.event}: ${who}: ${x.error.insn !== undefined ? `insn ${x.error.insn}: ` : ""}error: ${x.error.message}\n`);
      else io.stdout(`event ${x.event}: ${who}: r0 = ${x.r0} (0x${x.r0!.toString(16)}), ${x.insns} instructions executed\n`);
      for (const rec of x.records) io.stdout(`event ${x.event}: ${takenText(o.reader, rec)}\n`);
    }
    o.reader.printNotes(io.stderr);
    if (r.results.length > 1) io.stdout(`${r.results.length} events: ${Object.entries(counts).map(([k, n]) => `r0 ${k}: ${n}`).join(", ")}; ${errors} error(s); ${summary.insns_per_event.toFixed(1)} instructions per event\n`);
  }
  return errors ? 1 : 0;
}
