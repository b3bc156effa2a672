// `bpfplay run PROG --events N [--seed S] [--template FILE.json]`: the program runs on N events a
// template makes (README, "Streams of events"), one after another on one map set, as the
// Events pane's stream does. Text: a summary (counts per return value, instructions per event,
// events per second) and the lines the program printed; --json: per-event results too.

import { formatTemplateError, generatedSource, isTemplateError, parseTemplateText, StreamRunner, StreamTally } from "../../core/stream/index.ts";
import type { Template } from "../../core/stream/index.ts";
import type { Program } from "../../core/program.ts";
import type { InitEntry, MapDump } from "../../core/vm/index.ts";
import { UsageError } from "../io.ts";
import type { Io } from "../io.ts";
import type { RecordReader } from "./run_records.ts";

export const MAX_CLI_EVENTS = 100_000_000;
/** Output lines text mode prints before it only counts them. */
const TEXT_LINES = 20;

export interface StreamRunOptions {
  readonly program: Program;
  readonly progType: string;
  readonly events: string;
  readonly seed?: string;
  readonly templateFile?: string;
  /** Decodes the ring buffer records and perf samples in each event's output (from C). */
  readonly reader: RecordReader;
  readonly init: readonly InitEntry[];
  readonly budget?: number;
  readonly strictAlign?: boolean;
  /** A reader on every perf event array (not with --no-perf-reader): samples arrive instead of -ENOENT. */
  readonly perfReaders: boolean;
  readonly json: boolean;
}

/** The template a stream runs without --template: the UI's default frame, every event alike. */
const DEFAULT_TEMPLATE = '{ "packet": "default" }';

function readTemplate(io: Io, file: string | undefined): Template {
  let text = DEFAULT_TEMPLATE;
  if (file !== undefined) {
    try {
      text = new TextDecoder().decode(io.readFile(file));
    } catch (e) {
      throw new UsageError(`--template ${file}: ${(e as Error).message}`);
    }
  }
  const t = parseTemplateText(text);
  if (isTemplateError(t)) throw new UsageError(formatTemplateError(t, file ?? "the default template"));
  return t;
}

export function runStreamCommand(o: StreamRunOptions, io: Io, stringify: (v: unknown) => string, mapsJson: (m: Record<string, MapDump>) => unknown, header: Record<string, unknown>): number {
  if (!/^\d+$/.test(o.events) || Number(o.events) < 1 || Number(o.events) > MAX_CLI_EVENTS) throw new UsageError(`--events must be a whole number from 1 to ${MAX_CLI_EVENTS}`);
  if (o.seed !== undefined && (!/^\d+$/.test(o.seed) || Number(o.seed) > 0xffffffff)) throw new UsageError("--seed must be a whole number from 0 to 4294967295");
  const count = Number(o.events);
  const seed = Number(o.seed ?? 1);
  const template = readTemplate(io, o.templateFile);
  const source = generatedSource(template, seed, count);
  const runner = StreamRunner.create({ program: o.program, progType: o.progType, init: o.init, budget: o.budget, strictAlign: o.strictAlign, worldSeed: 1, perfReaders: o.perfReaders });
  if (typeof runner === "string") throw new UsageError(runner);
  const tally = new StreamTally(Math.min(count, 1 << 20));
  const results: unknown[] = [];
  // text shows the first lines the program printed; --json has every event's
  let shown = 0;
  let hidden = 0;
  const print = (line: string) => (shown < TEXT_LINES ? (shown++, io.stdout(line)) : hidden++);
  // from C, --json lists each event's records beside its output lines, decoded
  const decodes = o.reader.decodes;
  const records = (output: readonly string[]) => {
    const list = o.reader.outputJson(output);
    return list.length ? { records: list } : {};
  };
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    const r = runner.runAt(source, i);
    tally.add(r);
    if (o.json) {
      results.push({ event: i, r0: r.r0 ?? null, verdict: r.verdict, insns_executed: r.insns, ...(r.fault ? { fault: { insn: r.fault.pc, kind: r.fault.kind, message: r.fault.message } } : {}), ...(r.output.length ? { output: r.output } : {}), ...(decodes && r.output.length ? records(r.output) : {}) });
    } else {
      // decoded only when shown: a long stream's hidden lines are only counted
      for (const line of r.output) if (shown < TEXT_LINES) print(`event ${i}: ${o.reader.outputLine(line)}\n`);
      else hidden++;
      if (r.fault) print(`event ${i}: error: ${r.fault.message}\n`);
    }
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const s = tally.summary(ms);
  if (o.json) {
    const summary = { events: s.events, seed, verdicts: Object.fromEntries(s.verdicts.map((v) => [v.verdict, v.count])), faults: s.faults, insns_per_event: s.insns, duration_ms: Math.round(ms * 1000) / 1000, events_per_second: s.eventsPerSecond };
    io.stdout(stringify({ ...header, events: results, summary, maps: mapsJson(runner.dump()) }) + "\n");
  } else {
    o.reader.printNotes(io.stderr);
    if (hidden) io.stdout(`... and ${hidden} more line${hidden === 1 ? "" : "s"} (--json gives every event's output)\n`);
    const list = s.verdicts.map((v) => `${v.verdict} ${v.count}`).join(", ");
    io.stdout(`${s.events} events (seed ${seed}): ${list}${s.faults ? `; ${s.faults} faulted` : ""}\n`);
    io.stdout(`instructions per event: min ${s.insns.min}, median ${s.insns.median}, max ${s.insns.max}, mean ${s.insns.mean.toFixed(1)}\n`);
    io.stdout(`${s.eventsPerSecond.toLocaleString("en")} events per second (${ms.toFixed(1)} ms)\n`);
  }
  return s.faults ? 1 : 0;
}
