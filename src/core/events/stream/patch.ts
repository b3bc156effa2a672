// The generator's fast path for packets: building each event's packet from its description costs
// tens of microseconds (every layer encoded, every checksum summed), more than running a short
// program. When a template's drawn fields sit at fixed places in the frame (ports, addresses,
// TTLs, flags), the base packet is built once and each event patches its fields' bytes,
// updating the checksums that cover them by RFC 1624's incremental rule. The plan is found by
// building probe packets (which bytes a field moves, which checksums follow) and kept only when
// sample events patched this way equal the builder's bytes; otherwise every event is built.
// A stream patches one frame in place (Patcher): no allocation per event.

import { build } from "../packet/build.ts";
import type { Packet } from "../packet/layers.ts";
import type { Random } from "./prng.ts";
import { eventRandom, spanOf, SplitMix32 } from "./prng.ts";
import type { Span } from "./prng.ts";
import type { Draw, Rule, Template } from "./template.ts";

interface FieldPatch {
  /** The field's bytes in the frame; a width of 0 only takes the draw's random numbers (every value is the base's). */
  readonly at: number;
  readonly width: number;
  /** Checksum fields (offsets) whose sums cover the field. */
  readonly sums: readonly number[];
  /**
   * The draw, as drawValue makes it: r.int(lo, hi) for a range, r.pick(n, weights) for a list
   * (an unweighted pick is int(0, n - 1)). `span` is the range or the unweighted list's indices
   * when it spans at most 2^32 numbers (SplitMix32.draw), else undefined.
   */
  readonly range: boolean;
  readonly lo: number;
  readonly hi: number;
  readonly n: number;
  readonly weights: readonly number[] | undefined;
  readonly span: Span | undefined;
  /**
   * What the field's bytes are for a draw: a range's number big-endian; a list's pick, the
   * number at that index big-endian (`encodings`: numbers, addresses) or the bytes (`table`).
   */
  readonly encodings: readonly number[] | undefined;
  readonly table: readonly Uint8Array[] | undefined;
}

/** Every FieldPatch with the same properties in the same order (one object shape for the patch loop). */
const fieldPatch = (f: Partial<Omit<FieldPatch, "span">> & Pick<FieldPatch, "at" | "width" | "sums" | "range">): FieldPatch => ({
  at: f.at,
  width: f.width,
  sums: f.sums,
  range: f.range,
  lo: f.lo ?? 0,
  hi: f.hi ?? 0,
  n: f.n ?? 0,
  weights: f.weights,
  span: f.range ? spanOf(f.lo ?? 0, f.hi ?? 0) : f.weights ? undefined : spanOf(0, (f.n ?? 0) - 1),
  encodings: f.encodings,
  table: f.table,
});

export interface PatchPlan {
  readonly base: Uint8Array;
  readonly fields: readonly FieldPatch[];
  /** The UDP checksum's offset: a sum of 0 goes on the wire as 0xffff (RFC 768). */
  readonly udpSum: number;
}

function setIn(root: unknown, at: readonly (string | number)[], value: unknown, k = 0): unknown {
  if (k === at.length) return value;
  const node = (root ?? {}) as Record<string | number, unknown>;
  const copy = (Array.isArray(node) ? [...node] : { ...node }) as Record<string | number, unknown>;
  copy[at[k]] = setIn(node[at[k]], at, value, k + 1);
  return copy;
}

const packetWith = (t: Template, rule: Rule, v: unknown): Uint8Array | undefined => {
  const e = setIn(t.base, rule.at, v) as { packet: Packet };
  const b = build(e.packet);
  return b.ok ? b.bytes : undefined;
};

/** Values a draw gives, for probing: its ends and a middle one (lists: every value, up to 256). */
function probes(d: Draw, valueOf: (d: Draw, r: Random) => unknown): unknown[] {
  if (d.kind === "list") return d.values.slice(0, 256);
  if (d.kind === "bytes") return [];
  const one = (n: number) => valueOf({ kind: "range", lo: n, hi: n, as: d.as }, eventRandom(0, 0));
  return [one(d.lo), one(d.hi), one(Math.floor((d.lo + d.hi) / 2))];
}

/** "int", "ipv4" or "mac" when every value of a list is one of those, else undefined. */
function listKind(values: readonly unknown[]): "int" | "ipv4" | "mac" | undefined {
  if (values.every((v) => Number.isSafeInteger(v) && (v as number) >= 0)) return "int";
  if (values.every((v) => typeof v === "string" && /^\d{1,3}(\.\d{1,3}){3}$/.test(v))) return "ipv4";
  if (values.every((v) => typeof v === "string" && /^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$/.test(v))) return "mac";
  return undefined;
}

function bigEndian(n: number, width: number): Uint8Array {
  const b = new Uint8Array(width);
  for (let k = width - 1, x = n; k >= 0; k--, x = Math.floor(x / 256)) b[k] = x % 256;
  return b;
}

const NO_TOTALS = new Int32Array(0);

const word = (f: Uint8Array, p: number) => (f[p] << 8) | (p + 1 < f.length ? f[p + 1] : 0);

/**
 * One frame patched in place, event after event, with the bytes a fresh copy of the base patched
 * by RFC 1624 would have: each event first puts back the base's bytes that the patches read
 * before writing them (the checksums, and the words of a field that shares them with another);
 * a field alone in its words reads no old bytes: their part of the sum is the base's, kept.
 */
export class Patcher {
  /** The frame of the last event patched: the patcher's own, overwritten by the next one. */
  readonly frame: Uint8Array;
  /** Offsets put back from the base before each event. */
  private touched: Int32Array;
  /** Per field: the sum of its words' complements in the base, or -1 to read them from the frame. */
  private readonly baseDelta: Int32Array;
  private readonly random = new SplitMix32(0);
  /**
   * When every field is alone in its words (the common plan: ports, addresses, TTLs), each
   * checksum is moved once per event by the fields' deltas together: ones' complement addition
   * with end-around carry gives the same 16 bits whether the deltas come one by one or summed
   * (every partial result is the one representative in [1, 0xffff] of its value mod 0xffff, or
   * 0 only while everything so far is 0), so no checksum is read back from the frame.
   * `sumAt` are the checksums' offsets, `sumBase` their ones' complement sums (~HC) in the
   * base, `fieldSums[i]` the indices into them of field i's checksums. Undefined otherwise.
   */
  private readonly alone?: { readonly sumAt: Int32Array; readonly sumBase: Int32Array; readonly fieldSums: readonly Int32Array[]; readonly totals: Int32Array };

  constructor(readonly plan: PatchPlan) {
    const { base, fields, udpSum } = plan;
    this.frame = base.slice();
    // who writes each byte: a field (its index), or a checksum (-2)
    const writer = new Int32Array(base.length).fill(-1);
    fields.forEach((f, i) => {
      for (let k = f.at; k < f.at + f.width; k++) writer[k] = i;
    });
    const sums = new Set<number>();
    for (const s of [...fields.flatMap((f) => f.sums), ...(udpSum >= 0 ? [udpSum] : [])]) {
      sums.add(s);
      sums.add(s + 1);
    }
    for (const k of sums) if (k < base.length) writer[k] = -2;
    const touched = new Set([...sums].filter((k) => k < base.length));
    this.baseDelta = Int32Array.from(fields, (f, i) => {
      if (!f.width) return 0;
      // the words the patch reads: from the even offset at or before the field to the byte after its last word
      const from = f.at & ~1;
      const to = Math.min(base.length, (f.at + f.width + 1) & ~1);
      let alone = true;
      for (let k = from; k < to; k++) if (writer[k] !== -1 && writer[k] !== i) alone = false;
      if (!alone) {
        for (let k = from; k <= f.at + f.width && k < base.length; k++) touched.add(k);
        return -1;
      }
      let delta = 0;
      for (let p = from; p < f.at + f.width; p += 2) delta += ~word(base, p) & 0xffff;
      return delta;
    });
    this.touched = Int32Array.from([...touched].sort((a, b) => a - b));
    if (this.baseDelta.every((d) => d >= 0)) {
      const at = [...new Set(fields.flatMap((f) => (f.width ? f.sums : [])))];
      this.alone = {
        sumAt: Int32Array.from(at),
        sumBase: Int32Array.from(at, (s) => ~word(base, s) & 0xffff),
        fieldSums: fields.map((f) => Int32Array.from(f.width ? f.sums : [], (s) => at.indexOf(s))),
        totals: new Int32Array(at.length),
      };
      this.touched = new Int32Array(0);
    }
  }

  /** Patches the frame for event `index` of the stream `seed` and returns it (valid until the next call). */
  patch(seed: number, index: number): Uint8Array {
    const { frame, touched, baseDelta } = this;
    const { base, fields, udpSum } = this.plan;
    for (let k = 0; k < touched.length; k++) frame[touched[k]] = base[touched[k]];
    const r = this.random.toEvent(seed, index);
    const alone = this.alone;
    const totals = alone !== undefined ? alone.totals : NO_TOTALS;
    for (let j = 0; j < totals.length; j++) totals[j] = 0;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      const span = f.span;
      const v = span !== undefined ? r.draw(span) : f.range ? r.int(f.lo, f.hi) : r.pick(f.n, f.weights);
      const width = f.width;
      if (!width) continue;
      // words start at even offsets: every header a checksum covers starts at an even offset of the frame
      const at = f.at;
      const from = at & ~1;
      const to = at + width;
      let delta = baseDelta[i];
      if (delta < 0) {
        delta = 0;
        for (let p = from; p < to; p += 2) delta += ~word(frame, p) & 0xffff;
      }
      const table = f.table;
      if (table !== undefined) {
        const bytes = table[v];
        for (let k = 0; k < width; k++) frame[at + k] = bytes[k];
      } else {
        const x = f.encodings === undefined ? v : f.encodings[v];
        // big-endian: the low 32 bits by shifts (ToUint32 of a whole number is it mod 2^32), a MAC's top 16 by division
        const low = x >>> 0;
        if (width === 2) {
          frame[at] = low >>> 8;
          frame[at + 1] = low & 0xff;
        } else if (width === 1) frame[at] = low & 0xff;
        else {
          for (let k = 0; k < width && k < 4; k++) frame[to - 1 - k] = (low >>> (8 * k)) & 0xff;
          if (width > 4) for (let k = 4, y = Math.floor(x / 2 ** 32); k < width; k++, y = Math.floor(y / 256)) frame[to - 1 - k] = y & 0xff;
        }
      }
      for (let p = from; p < to; p += 2) delta += word(frame, p);
      if (alone !== undefined) {
        const mine = alone.fieldSums[i];
        for (let j = 0; j < mine.length; j++) totals[mine[j]] += delta;
        continue;
      }
      const sums = f.sums;
      for (let j = 0; j < sums.length; j++) {
        const s = sums[j];
        let acc = (~word(frame, s) & 0xffff) + delta;
        // end-around carry (acc stays far below 2^32: >>> 16 is the division by 0x10000)
        while (acc > 0xffff) acc = (acc & 0xffff) + (acc >>> 16);
        const hc = ~acc & 0xffff;
        frame[s] = hc >>> 8;
        frame[s + 1] = hc & 0xff;
      }
    }
    if (alone !== undefined) {
      const { sumAt, sumBase } = alone;
      for (let j = 0; j < sumAt.length; j++) {
        let acc = sumBase[j] + totals[j];
        while (acc > 0xffff) acc = (acc & 0xffff) + (acc >>> 16);
        const hc = ~acc & 0xffff;
        frame[sumAt[j]] = hc >>> 8;
        frame[sumAt[j] + 1] = hc & 0xff;
      }
    }
    if (udpSum >= 0 && frame[udpSum] === 0 && frame[udpSum + 1] === 0) frame[udpSum] = frame[udpSum + 1] = 0xff;
    return frame;
  }
}

/** Applies the plan for event `index`: a fresh frame. Checksums move by RFC 1624: HC' = ~(~HC + ~m + m'). */
export function patchedPacket(plan: PatchPlan, seed: number, index: number): Uint8Array {
  return new Patcher(plan).patch(seed, index).slice();
}

/**
 * The patch plan for a packet template, or undefined when its events must be built one by one
 * (a drawn field changes the frame's length, shares a byte with another, or the samples differ).
 * `valueOf` draws a value as the generator does; `generate` makes event i's description.
 */
export function planPatches(t: Template, valueOf: (d: Draw, r: Random) => unknown, generate: (i: number) => { kind: string; packet?: Packet }): PatchPlan | undefined {
  if (t.base.kind !== "packet" || !t.rules.length) return undefined;
  const built = build(t.base.packet);
  if (!built.ok) return undefined;
  const base = built.bytes;
  const used = new Set<number>();
  const fields: FieldPatch[] = [];
  for (const rule of t.rules) {
    // a list's probes are its values, up to 256: a longer list's events are built (its other values unchecked here)
    if (rule.draw.kind === "list" && rule.draw.values.length > 256) return undefined;
    const values = probes(rule.draw, valueOf);
    if (values.length < 1) return undefined;
    const frames = values.map((v) => packetWith(t, rule, v));
    if (frames.some((f) => !f || f.length !== base.length)) return undefined;
    // the bytes any probe moves: the field, and the checksums that cover it
    const moved = new Set<number>();
    for (const f of frames) for (let k = 0; k < base.length; k++) if (f![k] !== frames[0]![k] || f![k] !== base[k]) moved.add(k);
    const d = rule.draw;
    if (!moved.size) {
      // every value gives the base's bytes (a one-value draw): nothing to patch, but the draw takes its numbers
      // the draw takes the random numbers drawValue would: one int() for a range, one pick() for a list
      if (d.kind === "range") fields.push(fieldPatch({ at: 0, width: 0, sums: [], range: true, lo: d.lo, hi: d.hi }));
      else if (d.kind === "list") fields.push(fieldPatch({ at: 0, width: 0, sums: [], range: false, n: d.values.length, weights: d.weights }));
      else return undefined;
      continue;
    }
    let at: number, width: number, draw: Pick<FieldPatch, "range" | "lo" | "hi" | "n" | "weights" | "encodings" | "table">;
    const kind = d.kind === "range" ? d.as : d.kind === "list" ? listKind(d.values) : undefined;
    if (kind) {
      // numbers, IPv4 or MAC addresses: where the probes' big-endian encodings sit
      const numberOf = (v: unknown) => (typeof v === "number" ? v : (v as string).split(/[.:]/).reduce((x, part) => x * 256 + (kind === "ipv4" ? Number(part) : parseInt(part, 16)), 0));
      const encodings = values.map(numberOf);
      const high = Math.max(...encodings);
      const candidates = kind === "ipv4" ? [4] : kind === "mac" ? [6] : [1, 2, 4].filter((w) => high < 256 ** w);
      let found = -1;
      width = 0;
      for (const w of candidates) {
        for (let k = 0; k + w <= base.length && found < 0; k++) {
          let touches = false;
          for (let q = 0; q < w; q++) if (moved.has(k + q)) touches = true;
          if (touches && encodings.every((n, j) => bigEndian(n, w).every((b, q) => frames[j]![k + q] === b))) found = k;
        }
        if (found >= 0) {
          width = w;
          break;
        }
      }
      if (found < 0) return undefined;
      at = found;
      if (d.kind === "range") draw = { range: true, lo: d.lo, hi: d.hi, n: 0, weights: undefined, encodings: undefined, table: undefined };
      else if (d.kind === "list") draw = { range: false, lo: 0, hi: 0, n: d.values.length, weights: d.weights, encodings: d.values.map(numberOf), table: undefined };
      else return undefined;
    } else if (d.kind === "list") {
      // other values (TCP flags): the first run of moved bytes; the samples check it is no checksum
      const sorted = [...moved].sort((a, b) => a - b);
      at = sorted[0];
      width = 1;
      while (moved.has(at + width) && width < 16) width++;
      // the bytes of each value, from its probe
      draw = { range: false, lo: 0, hi: 0, n: d.values.length, weights: d.weights, encodings: undefined, table: frames.map((f) => f!.slice(at, at + width)) };
    } else return undefined;
    for (let k = at; k < at + width; k++) {
      if (used.has(k)) return undefined;
      used.add(k);
    }
    // moved bytes outside the field are checksums: 16-bit, at even offsets
    const sums = new Set<number>();
    for (const k of moved) if (k < at || k >= at + width) sums.add(k & ~1);
    fields.push(fieldPatch({ at, width, sums: [...sums], ...draw }));
  }
  const udp = t.base.packet.layers.findIndex((l) => l.kind === "udp");
  let udpSum = -1;
  if (udp >= 0 && (t.base.packet.layers[udp] as { checksum?: number }).checksum === undefined && t.base.packet.truncate === undefined) {
    const rest = build({ layers: t.base.packet.layers.slice(udp) });
    if (rest.ok) udpSum = base.length - rest.bytes.length + 6;
  }
  const plan: PatchPlan = { base, fields, udpSum };
  // the plan stands only if it makes exactly the builder's bytes
  for (let i = 0; i < 48; i++) {
    const e = generate(i);
    const want = e.packet && build(e.packet);
    if (!want || !want.ok) return undefined;
    const got = patchedPacket(plan, 0, i);
    if (got.length !== want.bytes.length || got.some((b, k) => b !== want.bytes[k])) return undefined;
  }
  return plan;
}
