// The generator's fast path for packets: building each event's packet from its description costs
// tens of microseconds (every layer encoded, every checksum summed), more than running a short
// program. When a template's drawn fields sit at fixed places in the frame (ports, addresses,
// TTLs, flags), the base packet is built once and each event patches its fields' bytes in a copy,
// updating the checksums that cover them by RFC 1624's incremental rule. The plan is found by
// building probe packets (which bytes a field moves, which checksums follow) and kept only when
// sample events patched this way equal the builder's bytes; otherwise every event is built.

import { build } from "../packet/build.ts";
import type { Packet } from "../packet/layers.ts";
import type { Random } from "./prng.ts";
import { eventRandom } from "./prng.ts";
import type { Draw, Rule, Template } from "./template.ts";

interface FieldPatch {
  /** The field's bytes in the frame. */
  readonly at: number;
  readonly width: number;
  /** Checksum fields (offsets) whose sums cover the field. */
  readonly sums: readonly number[];
  /** The bytes for a drawn value (range draws: big-endian of the number; lists: built per value). */
  readonly bytesOf: (r: Random) => Uint8Array | number;
}

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

const word = (f: Uint8Array, p: number) => (f[p] << 8) | (p + 1 < f.length ? f[p + 1] : 0);

/** Applies the plan for event `index`: a fresh frame. Checksums move by RFC 1624: HC' = ~(~HC + ~m + m'). */
export function patchedPacket(plan: PatchPlan, seed: number, index: number): Uint8Array {
  const r = eventRandom(seed, index);
  const frame = plan.base.slice();
  for (const f of plan.fields) {
    const v = f.bytesOf(r);
    if (!f.width) continue;
    // words start at even offsets: every header a checksum covers starts at an even offset of the frame
    const from = f.at & ~1;
    const to = f.at + f.width;
    let delta = 0;
    for (let p = from; p < to; p += 2) delta += ~word(frame, p) & 0xffff;
    if (typeof v === "number") for (let k = f.width - 1, x = v; k >= 0; k--, x = Math.floor(x / 256)) frame[f.at + k] = x % 256;
    else frame.set(v, f.at);
    for (let p = from; p < to; p += 2) delta += word(frame, p);
    for (const s of f.sums) {
      let acc = (~word(frame, s) & 0xffff) + delta;
      while (acc > 0xffff) acc = (acc & 0xffff) + Math.floor(acc / 0x10000);
      const hc = ~acc & 0xffff;
      frame[s] = hc >>> 8;
      frame[s + 1] = hc & 0xff;
    }
  }
  if (plan.udpSum >= 0 && frame[plan.udpSum] === 0 && frame[plan.udpSum + 1] === 0) frame[plan.udpSum] = frame[plan.udpSum + 1] = 0xff;
  return frame;
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
      fields.push({ at: 0, width: 0, sums: [], bytesOf: (r) => (valueOf(d, r), new Uint8Array(0)) });
      continue;
    }
    let at: number, width: number, bytesOf: FieldPatch["bytesOf"];
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
      if (d.kind === "range") {
        const { lo, hi } = d;
        bytesOf = (r) => r.int(lo, hi);
      } else if (d.kind === "list") {
        const { weights } = d;
        const n = d.values.length;
        bytesOf = (r) => encodings[r.pick(n, weights)];
      } else return undefined;
    } else if (d.kind === "list") {
      // other values (TCP flags): the first run of moved bytes; the samples check it is no checksum
      const sorted = [...moved].sort((a, b) => a - b);
      at = sorted[0];
      width = 1;
      while (moved.has(at + width) && width < 16) width++;
      const per = frames.map((f) => f!.slice(at, at + width));
      const { weights } = d;
      const n = d.values.length;
      bytesOf = (r) => per[r.pick(n, weights)];
    } else return undefined;
    for (let k = at; k < at + width; k++) {
      if (used.has(k)) return undefined;
      used.add(k);
    }
    // moved bytes outside the field are checksums: 16-bit, at even offsets
    const sums = new Set<number>();
    for (const k of moved) if (k < at || k >= at + width) sums.add(k & ~1);
    fields.push({ at, width, sums: [...sums], bytesOf });
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
