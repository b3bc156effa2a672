// Builds a debug session from what the UI sends: the program the engine built, checks the program type
// and the hex inputs, creates the maps and the Debugger. Every problem comes back as a value
// that names the input at fault (and, for hex, the column of the first bad character).

import { attachRefusal, ctxExtent, eventFit, isEventError, prepareKernelEvent, starterEvent } from "../../core/events/kernel/index.ts";
import type { CtxStruct } from "../../core/isa/ctx_layouts.ts";
import { hexToBytes } from "../../core/isa/index.ts";
import { progTypeFor } from "../../core/isa/progtypes.ts";
import type { ProgType } from "../../core/isa/progtypes.ts";
import type { Program } from "../../core/program.ts";
import { verify } from "../../core/verifier/index.ts";
import type { RunInput } from "../../core/vm/context.ts";
import { createMapSet, createWorld, Debugger, DEFAULT_BUDGET } from "../../core/vm/index.ts";
import { sessionMaps } from "../../core/vm/mapset.ts";
import type { DebugError, DebugInput } from "../../protocol/index.ts";

/** The maps a session shares across its runs. */
export type MapSet = Exclude<ReturnType<typeof createMapSet>, string>;

export interface Prepared {
  readonly program: Program;
  readonly progType: ProgType;
  readonly dbg: Debugger;
  readonly maps: MapSet;
  readonly budget: number;
  /** The context's layout when an event gives it (a tracepoint's fields by name). */
  readonly layout?: CtxStruct;
}

/** Program types whose context is a kernel event's (events/kernel). */
const TRACING = new Set(["tracepoint", "raw_tracepoint", "raw_tracepoint_writable", "kprobe"]);

export type Problem = Pick<DebugError, "field" | "message" | "column">;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Hex bytes with any whitespace between them and an optional 0x prefix. */
export function parseHex(text: string, field: "packet" | "ctx"): Uint8Array | Problem {
  const label = field === "packet" ? "Packet (hex)" : "Context (hex)";
  const prefix = /^\s*0x/i.exec(text)?.[0].length ?? 0;
  for (let k = prefix; k < text.length; k++) {
    if (!/[0-9a-fA-F\s]/.test(text[k])) return { field, message: `${label}: '${text[k]}' at column ${k + 1} is not a hex digit`, column: k };
  }
  const digits = text.slice(prefix).replace(/\s+/g, "");
  if (digits.length % 2 !== 0) return { field, message: `${label}: ${plural(digits.length, "hex digit")} do not make whole bytes`, column: text.trimEnd().length };
  return hexToBytes(digits) ?? new Uint8Array(0);
}

export function prepare(input: DebugInput): Prepared | Problem {
  const program = input.program;
  if (program.insns.length === 0) return { field: "program", message: "the program has no instructions yet" };

  const progType = progTypeFor(input.progType, program.section);
  if (!progType) return { field: "progType", message: `unknown program type '${input.progType}'` };

  const packet = progType.packet ? parseHex(input.packetHex, "packet") : undefined;
  if (packet && !(packet instanceof Uint8Array)) return packet;
  const ctx = parseHex(input.ctxHex, "ctx");
  if (!(ctx instanceof Uint8Array)) return ctx;

  // the maps with the user's seeds in them (the UI sends only seeds that fit: maps/seeds.ts)
  const init = (input.maps ?? []).flatMap((m) => m.entries.map((e) => ({ map: m.name, key: hexToBytes(e.keyHex) ?? new Uint8Array(0), value: hexToBytes(e.valueHex) ?? new Uint8Array(0) })));
  // a session has a consumer on each perf event array, as a user-space tool does: samples arrive
  const maps = sessionMaps(program, 2, init, { perfReaders: true });
  if (typeof maps === "string") return { field: "program", message: maps.replace(/^--init/, "map seeds") };

  // a tracing program meets a kernel event: the one given, or (without raw context bytes) the one its section names
  let runInput: RunInput = { packet, ctx: ctx.length ? ctx : undefined };
  let layout: CtxStruct | undefined;
  if (TRACING.has(progType.name) && (input.event || !ctx.length)) {
    // an event saved for another program type gives way to the one this program's section names
    const e = input.event && !eventFit(input.event, progType.name).error ? input.event : starterEvent(progType.name, program.section);
    const p = prepareKernelEvent(e);
    if (isEventError(p)) return { field: "event", message: `${p.path ? `${p.path}: ` : ""}${p.error}` };
    // the kernel loads a tracepoint program that reads past this record, but will not attach it here
    if (e.kind === "tracepoint" && p.ctxLimit !== undefined) {
      const refused = attachRefusal(e.name, p.ctxLimit, ctxExtent(program.insns, verify(program, { progType: progType.name }).states));
      if (refused) return { field: "event", message: refused };
    }
    runInput = { ctx: p.ctx, task: p.task, memory: p.memory };
    layout = p.layout;
  }

  try {
    const world = createWorld(1);
    if (input.randomState !== undefined) world.randomState = input.randomState >>> 0;
    const dbg = new Debugger({
      program,
      progType,
      input: runInput,
      maps,
      world,
    });
    return { program, progType, dbg, maps, budget: input.budget ?? DEFAULT_BUDGET, layout };
  } catch (e) {
    // The context could not be built: a packet too short or too long for the program type.
    const message = e instanceof Error ? e.message : String(e);
    return { field: progType.packet && /packet/i.test(message) ? "packet" : "session", message };
  }
}
