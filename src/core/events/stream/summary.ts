// What a stream run adds up to: the count of each return value (by name), instructions per
// event (min, median, max, mean), faults, events per second; and per event the verdict as a
// small number and the instruction count, in typed arrays, so a million events cost 6 MB and
// cross to the UI as two transferable buffers. The chart of verdicts over the stream is bands:
// the stream cut into equal slices, each slice's count per verdict.

/** What the tally needs of one event's result (the stream runner's EventResult). */
export interface Counted {
  readonly verdict: string;
  readonly insns: number;
  readonly fault?: unknown;
}

export interface VerdictCount {
  readonly verdict: string;
  readonly count: number;
}

export interface StreamSummary {
  readonly events: number;
  /** In order of first appearance. */
  readonly verdicts: readonly VerdictCount[];
  readonly faults: number;
  readonly insns: { readonly min: number; readonly median: number; readonly max: number; readonly mean: number; readonly total: number };
  /** Wall time of the runs, and events per second over it (0 when too short to measure). */
  readonly ms: number;
  readonly eventsPerSecond: number;
}

export class StreamTally {
  /** Verdict names by id; ids are the order of first appearance. */
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  private counts: number[] = [];
  verdictOf: Uint16Array;
  insnsOf: Uint32Array;
  length = 0;
  faults = 0;

  constructor(capacity = 1024) {
    this.verdictOf = new Uint16Array(Math.max(1, capacity));
    this.insnsOf = new Uint32Array(Math.max(1, capacity));
  }

  add(r: Counted): void {
    // a stream has a few verdicts, the same strings event after event: compared in place before the map is asked
    const names = this.names;
    const verdict = r.verdict;
    let id: number | undefined = names.length > 0 && names[0] === verdict ? 0 : names.length > 1 && names[1] === verdict ? 1 : this.ids.get(verdict);
    if (id === undefined) {
      // 65,535 distinct return values at most; the rest share the last id ("other")
      id = Math.min(this.names.length, 0xffff);
      if (id === this.names.length) {
        this.names.push(id === 0xffff ? "other" : r.verdict);
        this.counts.push(0);
      }
      this.ids.set(r.verdict, id);
    }
    if (this.length === this.verdictOf.length) this.grow();
    this.verdictOf[this.length] = id;
    this.insnsOf[this.length] = r.insns;
    this.length++;
    this.counts[id]++;
    if (r.fault) this.faults++;
  }

  private grow(): void {
    const v = new Uint16Array(this.verdictOf.length * 2);
    v.set(this.verdictOf);
    const n = new Uint32Array(this.insnsOf.length * 2);
    n.set(this.insnsOf);
    this.verdictOf = v;
    this.insnsOf = n;
  }

  summary(ms: number): StreamSummary {
    return summarize(this.names, this.verdictOf.subarray(0, this.length), this.insnsOf.subarray(0, this.length), this.faults, ms);
  }
}

/** The summary of per-event verdict ids and instruction counts. */
export function summarize(names: readonly string[], verdictOf: Uint16Array, insnsOf: Uint32Array, faults: number, ms: number): StreamSummary {
  const n = verdictOf.length;
  const counts = names.map(() => 0);
  for (let i = 0; i < n; i++) counts[verdictOf[i]]++;
  let total = 0;
  for (let i = 0; i < n; i++) total += insnsOf[i];
  const sorted = Uint32Array.from(insnsOf).sort();
  // the median of an even count is the lower middle one: always an instruction count some event had
  const median = n ? sorted[(n - 1) >> 1] : 0;
  return {
    events: n,
    verdicts: names.map((verdict, k) => ({ verdict, count: counts[k] })).filter((c) => c.count > 0),
    faults,
    insns: { min: n ? sorted[0] : 0, median, max: n ? sorted[n - 1] : 0, mean: n ? total / n : 0, total },
    ms,
    eventsPerSecond: ms > 0 ? Math.round((n * 1000) / ms) : 0,
  };
}

/** The stream cut into `slices` equal parts (fewer for short streams): per part, the count of each verdict id. */
export function verdictBands(verdictOf: Uint16Array, kinds: number, slices: number): { readonly start: number; readonly end: number; readonly counts: readonly number[] }[] {
  const n = verdictOf.length;
  const parts = Math.max(0, Math.min(slices, n));
  const out = [];
  for (let p = 0; p < parts; p++) {
    const start = Math.floor((p * n) / parts);
    const end = Math.floor(((p + 1) * n) / parts);
    const counts = new Array<number>(kinds).fill(0);
    for (let i = start; i < end; i++) counts[verdictOf[i]]++;
    out.push({ start, end, counts });
  }
  return out;
}
