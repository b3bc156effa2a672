// The stream worker's one job at a time: run a stream in chunks of about 50 ms, post progress
// about every 100 ms, stop between chunks when cancelled, and keep the finished run to answer
// questions about it (a page of events, the maps after an event). Timers and posting come in
// from outside so tests drive it without a worker.

import { fromHex, toHex } from "../core/events/bytes.ts";
import { describeEvent, formatTemplateError, generatedSource, inputOf, isTemplateError, listSource, mapsAfter, parseTemplateText, StreamRunner, StreamTally } from "../core/stream/index.ts";
import type { EventSource, StreamOptions } from "../core/stream/index.ts";
import type { InitEntry } from "../core/vm/index.ts";
import type { FromStream, NextEvent, StreamMapView, StreamRowView, StreamRun, ToStream } from "../protocol/index.ts";
import { PROTOCOL_VERSION } from "../protocol/index.ts";

export interface StreamDeps {
  post(msg: FromStream, transfer?: Transferable[]): void;
  now(): number;
  /** Runs `fn` after the worker has read its messages (a zero timeout). */
  later(fn: () => void): void;
}

/** Events whose output or fault are kept for the event list; later ones keep verdict and count only. */
export const KEPT_DETAILS = 100_000;
export const MAX_EVENTS = 10_000_000;
const CHUNK_MS = 50;
const PROGRESS_MS = 100;

interface Job {
  readonly id: number;
  readonly options: StreamOptions;
  readonly source: EventSource;
  readonly runner: StreamRunner;
  readonly tally: StreamTally;
  readonly details: Map<number, { fault?: string; output: readonly string[] }>;
  next: number;
  ms: number;
  cancelled: boolean;
  finished: boolean;
}

export class StreamWorker {
  private job?: Job;

  constructor(private readonly deps: StreamDeps) {}

  handle(msg: ToStream): void {
    const base = { v: PROTOCOL_VERSION, id: msg.id } as const;
    const error = (message: string) => this.deps.post({ ...base, type: "stream-error", message });
    switch (msg.type) {
      case "stream-run":
        return this.start(msg);
      case "stream-cancel":
        if (this.job && !this.job.finished) this.job.cancelled = true;
        return;
      case "stream-rows": {
        const j = this.job;
        if (!j) return error("no stream has run yet");
        const rows: StreamRowView[] = [];
        const end = Math.min(j.tally.length, msg.from + Math.min(msg.count, 1000));
        for (let i = Math.max(0, msg.from); i < end; i++) {
          const d = j.details.get(i);
          rows.push({ index: i, description: describeEvent(j.source.at(i)), verdict: j.tally.names[j.tally.verdictOf[i]], insns: j.tally.insnsOf[i], ...(d?.fault ? { fault: d.fault } : {}), output: d?.output ?? [] });
        }
        return this.deps.post({ ...base, type: "stream-rows", rows });
      }
      case "stream-maps": {
        const j = this.job;
        if (!j) return error("no stream has run yet");
        const after = Math.max(-1, Math.min(msg.after, j.source.length - 1));
        const r = mapsAfter(j.options, j.source, after);
        if (typeof r === "string") return error(r);
        const dumps = r.runner.dump();
        const maps: StreamMapView[] = r.runner.maps.maps.map((m) => {
          const d = dumps[m.def.name];
          const entries = d.kind === "entries" ? d.entries.map((e) => ({ key: toHex(e.key), value: toHex(e.value) })) : [];
          return { name: m.def.name, type: m.def.type, keySize: m.def.keySize, valueSize: m.def.valueSize, entries };
        });
        const k = after + 1;
        const e = k < j.source.length ? j.source.at(k) : undefined;
        const input = e && inputOf(e);
        const next: NextEvent | undefined =
          e && input && typeof input !== "string"
            ? { index: k, packetHex: input.packet ? toHex(input.packet) : "", ctxHex: input.ctx ? toHex(input.ctx) : "", ...(e.kind === "kernel" ? { event: e.event } : {}), randomState: r.runner.randomState }
            : undefined;
        return this.deps.post({ ...base, type: "stream-maps", after, maps, ...(next ? { next } : {}) });
      }
    }
  }

  private start(msg: StreamRun): void {
    const base = { v: PROTOCOL_VERSION, id: msg.id } as const;
    if (this.job && !this.job.finished) this.job.cancelled = true;
    let source: EventSource;
    if (msg.source.kind === "generate") {
      const { template, count, seed } = msg.source;
      const t = parseTemplateText(template);
      if (isTemplateError(t)) return this.deps.post({ ...base, type: "stream-error", message: formatTemplateError(t), template: t });
      if (!Number.isInteger(count) || count < 1 || count > MAX_EVENTS) return this.deps.post({ ...base, type: "stream-error", message: `the number of events is 1 to ${MAX_EVENTS.toLocaleString("en")}, not ${count}` });
      source = generatedSource(t, seed >>> 0, count);
    } else source = listSource(msg.source.events);
    const init: InitEntry[] = [];
    for (const s of msg.seeds ?? []) {
      const key = fromHex(s.key);
      const value = fromHex(s.value);
      if (!key || !value) return this.deps.post({ ...base, type: "stream-error", message: `map ${s.map}: '${!key ? s.key : s.value}' is not hex bytes` });
      init.push({ map: s.map, key, value });
    }
    const options: StreamOptions = { program: msg.program, progType: msg.progType, init, budget: msg.budget, worldSeed: 1, perfReaders: true };
    const runner = StreamRunner.create(options);
    if (typeof runner === "string") return this.deps.post({ ...base, type: "stream-error", message: runner });
    const job: Job = { id: msg.id, options, source, runner, tally: new StreamTally(Math.min(source.length, 1 << 16)), details: new Map(), next: 0, ms: 0, cancelled: false, finished: false };
    this.job = job;
    this.deps.later(() => this.guarded(job, this.deps.now()));
  }

  /** A bug in a run ends the job with an error instead of leaving the UI waiting. */
  private guarded(j: Job, lastProgress: number): void {
    try {
      this.chunk(j, lastProgress);
    } catch (err) {
      j.finished = true;
      this.deps.post({ v: PROTOCOL_VERSION, id: j.id, type: "stream-error", message: `the stream failed at event ${j.next}: ${err instanceof Error ? err.message : String(err)}` });
    }
  }

  private chunk(j: Job, lastProgress: number): void {
    if (this.job !== j) return;
    const t0 = this.deps.now();
    let now = t0;
    while (!j.cancelled && j.next < j.source.length && now - t0 < CHUNK_MS) {
      // the clock is read every 64 events: reading it costs more than a short program's run
      const end = Math.min(j.source.length, j.next + 64);
      for (; j.next < end; j.next++) {
        const r = j.runner.runAt(j.source, j.next);
        j.tally.add(r);
        if ((r.fault || r.output.length) && j.details.size < KEPT_DETAILS) j.details.set(j.next, { fault: r.fault?.message, output: r.output });
      }
      now = this.deps.now();
    }
    j.ms += now - t0;
    const base = { v: PROTOCOL_VERSION, id: j.id } as const;
    if (j.cancelled || j.next >= j.source.length) {
      j.finished = true;
      const verdictOf = j.tally.verdictOf.slice(0, j.tally.length);
      const insnsOf = j.tally.insnsOf.slice(0, j.tally.length);
      const done: FromStream = { ...base, type: "stream-done", summary: j.tally.summary(j.ms), names: [...j.tally.names], verdictOf, insnsOf, cancelled: j.cancelled, total: j.source.length };
      this.deps.post(done, [verdictOf.buffer, insnsOf.buffer]);
      return;
    }
    if (now - lastProgress >= PROGRESS_MS) {
      this.deps.post({ ...base, type: "stream-progress", done: j.next, total: j.source.length });
      lastProgress = now;
    }
    this.deps.later(() => this.guarded(j, lastProgress));
  }
}
