// One run of a program: its memory, context, machine and the maps it shares with other runs.
// A Program is data; a Run is the live thing.

import { helperName } from "../isa/index.ts";
import { RUN_BUDGET } from "../isa/limits.ts";
import { progTypeByName } from "../isa/progtypes.ts";
import type { ProgType } from "../isa/progtypes.ts";
import type { Program } from "../program.ts";
import { makeContext } from "./context.ts";
import type { Context, RunInput } from "./context.ts";
import type { Pair } from "../isa/int64.ts";
import { toBig } from "../isa/int64.ts";
import { STACK_SIZE } from "./machine.ts";
import type { Machine } from "./machine.ts";
import type { Stop } from "./stop.ts";
import { growthFor, keepsPacket } from "./packet_use.ts";
import { refill } from "./refill.ts";
import { lowestStackWrite } from "./stack_reach.ts";
import { FaultError, HI_TAG, LO_BASE, Memory } from "./memory.ts";
import type { Region } from "./memory.ts";
import type { BpfMap } from "./maps/index.ts";
import type { RingRecord } from "./maps/ringbuf.ts";
import type { MapSet } from "./mapset.ts";
import { MapPointers } from "./map_pointers.ts";
import { startMachine } from "./run_machine.ts";
import { withTask } from "./world.ts";
import type { World } from "./world.ts";

export const DEFAULT_BUDGET = RUN_BUDGET;

/** Regions a run may add (map values, ringbuf records, frames) before the next input starts memory afresh. */
const LAZY_REGIONS = 4096;

export interface RunOptions {
  readonly program: Program;
  readonly progType: ProgType;
  readonly input: RunInput;
  readonly maps: MapSet;
  readonly world: World;
  /** The CPU the program runs on (per-CPU maps, get_smp_processor_id). */
  readonly cpu?: number;
  readonly strictAlign?: boolean;
}

export class Run {
  readonly mem = new Memory();
  machine: Machine;
  readonly ctx: Context;
  readonly trace: string[] = [];
  readonly cpu: number;
  /** @internal The pointers handed out to maps and map values. */
  readonly pointers: MapPointers;
  /** @internal The region function addresses (ld_imm64 src 4) point into. */
  readonly code: Region;
  /** Ringbuf records handed out by bpf_ringbuf_reserve, by their storage. */
  readonly records = new Map<Uint8Array, RingRecord>();
  // What refilling asks per input (refill.ts), answered once when the run is made:
  /** @internal Regions of the run's layout (context, maps, code, entry stack); later ones are made lazily. */
  baseRegions = 0;
  /** @internal Whether runs leave the packet's ends where they were (packet_use.ts). */
  readonly keepsPacket: boolean;
  /** @internal Whether a bare packet takes the context's quick refill. */
  readonly quickRefill: boolean;
  /** @internal The socket buffer context whose per-run helper state to drop (skb types). */
  readonly skbCtx?: Region;
  /** @internal How many regions memory may hold before the lazily made ones are dropped. */
  readonly lazyEnd: number;
  /** @internal The lowest byte of the entry stack a run may write (stack_reach.ts): the next input clears from there. */
  readonly stackLow: number;
  /** @internal The entry stack as words when only a few of them need clearing. */
  readonly stackWords?: Int32Array;
  private readonly strictAlign: boolean;

  readonly opts: RunOptions;
  /** @internal The world of the session, before a kernel event's task is put in (refill.ts repoint). */
  readonly sessionWorld: World;

  constructor(opts: RunOptions) {
    // a kernel event's task replaces the session's (events/kernel, world.ts withTask); the run's
    // own copy of the options, so that load() can point it at the next input
    this.sessionWorld = opts.world;
    this.opts = { ...opts, world: withTask(opts.world, opts.input.task) };
    this.cpu = opts.cpu ?? 0;
    this.strictAlign = opts.strictAlign ?? false;
    const ctx = makeContext(opts.progType, opts.input, this.mem, growthFor(opts.program));
    if (typeof ctx === "string") throw new Error(ctx);
    this.ctx = ctx;
    this.arg1Hi = ctx.args[0]?.[0] ?? 0;
    this.arg1Lo = ctx.args[0]?.[1] ?? 0;
    this.pointers = new MapPointers(this.mem, opts.maps);
    this.code = this.mem.add("mem", "program text (function addresses)", new Uint8Array(0), false);
    this.machine = startMachine(this);
    this.baseRegions = this.mem.regions.length;
    this.lazyEnd = this.baseRegions + LAZY_REGIONS;
    this.keepsPacket = keepsPacket(opts.program);
    this.quickRefill = this.keepsPacket && ctx.refill !== undefined;
    this.skbCtx = ctx.skb ? ctx.ctx : undefined;
    this.stackLow = this.keepsPacket ? lowestStackWrite(opts.program.insns) : 0;
    const stack = this.machine.frames[0].stack.bytes;
    if (this.stackLow < STACK_SIZE && STACK_SIZE - this.stackLow <= 64 && (stack.byteOffset & 3) === 0) this.stackWords = new Int32Array(stack.buffer, stack.byteOffset, STACK_SIZE >> 2);
  }

  /**
   * Runs the program again on the same context, as BPF_PROG_TEST_RUN's repeat does: the packet
   * (and XDP's moved data pointer), the trace and the maps carry over.
   */
  restart(): void {
    const m = this.machine;
    m.reset(this.opts.program.insns);
    m.strictAlign = this.strictAlign;
    // the context's arguments are made with it and do not change when it is refilled
    const args = this.ctx.args;
    const hi = m.hi, lo = m.lo;
    if (args.length === 1) {
      hi[1] = this.arg1Hi;
      lo[1] = this.arg1Lo;
    } else {
      for (let k = 0; k < args.length; k++) {
        hi[k + 1] = args[k][0];
        lo[k + 1] = args[k][1];
      }
    }
  }
  private readonly arg1Hi: number;
  private readonly arg1Lo: number;

  /**
   * restart() then machine.runRaw(budget), in one call (Machine.runFromStart) when the context is
   * one argument, as for every program type but a few tracing ones: a runner's run of an input.
   */
  runFresh(budget: number): number {
    const m = this.machine;
    m.strictAlign = this.strictAlign;
    if (this.ctx.args.length === 1) return m.runFromStart(this.opts.program.insns, this.arg1Hi, this.arg1Lo, budget);
    this.restart();
    return m.runRaw(budget);
  }

  /**
   * Makes this run what a new Run on `input` would be, in place: the same regions refilled (the
   * packet, the context), registers and the entry stack zeroed, per-run helper state dropped;
   * the maps and the world carry over. Why the input is refused (nothing changed then), or
   * "rebuild" when this program type's context cannot be refilled (make a new Run).
   */
  load(input: RunInput): string | undefined {
    const why = this.refill(input);
    if (why === undefined) this.restart();
    return why;
  }

  /** load() but for the machine's restart, which runFresh does as it runs (refill.ts). */
  refill(input: RunInput): string | undefined {
    return refill(this, input);
  }

  static progType(name: string): ProgType | undefined {
    return progTypeByName(name);
  }

  run(budget = DEFAULT_BUDGET): Stop {
    return this.machine.run(budget);
  }

  // ---- what helpers use ------------------------------------------------------------

  arg(n: number): Pair {
    return [this.machine.hi[n], this.machine.lo[n]];
  }

  argU32(n: number): number {
    return this.machine.lo[n] >>> 0;
  }

  argBig(n: number): bigint {
    return toBig(this.machine.hi[n], this.machine.lo[n]);
  }

  fault(message: string): never {
    throw new FaultError({ kind: "helper", pc: this.machine.pc, message });
  }

  /** The map an argument points at (from ld_imm64 src 1, or a lookup in a map of maps), or a fault. */
  mapArg(n: number, helper: string): BpfMap {
    const map = this.pointers.mapAt(this.machine.hi[n], this.machine.lo[n]);
    if (map === undefined) this.fault(`${helper}: R${n} is not a pointer to a map`);
    return map;
  }

  /** The pointer a program gets to an inner map (a lookup in a map of maps): one region per map, per run. */
  mapPtr(map: BpfMap): Pair {
    return this.pointers.inner(map);
  }

  /** A checked copy of `len` bytes at the address in argument n. */
  read(n: number, len: number, helper: string): Uint8Array {
    const [hi, lo] = this.arg(n);
    return this.readAt(hi, lo, len, helper);
  }

  /**
   * Like read, into bytes the run reuses, valid until the next readScratch of that length: for a
   * helper that only looks at them (a lookup's key), so a map lookup per packet copies nothing new.
   */
  readScratch(n: number, len: number, helper: string): Uint8Array {
    const hi = this.machine.hi[n], lo = this.machine.lo[n];
    // the plain bytes of a region, in bounds (resolve's common case, without the object it makes)
    const r = (hi & 0xff000000) === HI_TAG ? this.mem.regions[hi & 0xffffff] : undefined;
    const at = (lo >>> 0) - LO_BASE;
    if (len === 0 || r === undefined || r.hook !== undefined || at < r.start || at + len > r.end) return this.readAt(hi, lo, len, helper);
    const out = (this.scratch[len] ??= new Uint8Array(len));
    const b = r.bytes;
    if (len === 4) {
      // the common key (a u32: an address, a port, a protocol), unrolled
      out[0] = b[at];
      out[1] = b[at + 1];
      out[2] = b[at + 2];
      out[3] = b[at + 3];
    } else for (let k = 0; k < len; k++) out[k] = b[at + k];
    return out;
  }
  private scratch: Uint8Array[] = [];

  readAt(hi: number, lo: number, len: number, helper: string): Uint8Array {
    if (len === 0) return new Uint8Array(0);
    const at = this.mem.resolve(hi, lo, len, false);
    if (typeof at === "string") this.fault(`${helper}: ${at}`);
    if (at.r.hook) {
      const out = new Uint8Array(len);
      for (let k = 0; k < len; k++) out[k] = this.machine.load(hi, (lo + k) | 0, 1, this.machine.pc) & 0xff;
      return out;
    }
    return at.r.bytes.slice(at.at, at.at + len);
  }

  /** A checked write of bytes at the address in argument n. */
  write(n: number, bytes: Uint8Array, helper: string): void {
    const [hi, lo] = this.arg(n);
    this.writeAt(hi, lo, bytes, helper);
  }

  writeAt(hi: number, lo: number, bytes: Uint8Array, helper: string): void {
    if (bytes.length === 0) return;
    const at = this.mem.resolve(hi, lo, bytes.length, true);
    if (typeof at === "string") this.fault(`${helper}: ${at}`);
    this.mem.onWrite?.(at.r, at.at, bytes.length);
    at.r.bytes.set(bytes, at.at);
  }

  /** Writes into a region directly (packet helpers), recording it for undo. */
  writeRegion(r: Region, at: number, bytes: Uint8Array): void {
    this.mem.onWrite?.(r, at, bytes.length);
    r.bytes.set(bytes, at);
  }

  zero(r: Region, at: number, len: number): void {
    this.writeRegion(r, at, new Uint8Array(len));
  }

  /** Moves bytes within a region (the XDP metadata when the head moves). */
  region_move(r: Region, from: number, to: number, len: number): void {
    this.writeRegion(r, to, r.bytes.slice(from, from + len));
  }

  /** The pointer a program gets to a map value: one region per value storage, per run. */
  valuePtr(map: BpfMap, storage: Uint8Array, key?: Uint8Array): Pair {
    return this.pointers.value(map, storage, key);
  }

  /** A fresh region for memory a helper hands out (a ringbuf record). */
  region(kind: "ringbuf", name: string, bytes: Uint8Array): Pair {
    const r = this.mem.add(kind, name, bytes, true);
    return [HI_TAG | r.id, LO_BASE];
  }

  regionOf(hi: number, lo: number): { r: Region; at: number } | undefined {
    const at = this.mem.resolve(hi, lo, 0, false);
    return typeof at === "string" ? undefined : at;
  }

  describeHelper(id: number): string {
    return `bpf_${helperName(id) ?? `helper ${id}`}`;
  }
}
