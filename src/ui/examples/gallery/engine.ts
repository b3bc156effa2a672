// An example through the engine, as the worker takes it: build (assemble or compile, the entry
// program of its source), verify as its program type, run once on its events. Pure core calls,
// so the gallery's and the lessons' tests ask the engine the same way the page does.

import { assemble } from "../../../core/asm/index.ts";
import { compile } from "../../../core/cc/index.ts";
import type { Diagnostic } from "../../../core/diag.ts";
import { DEFAULT_PACKET_HEX } from "../../../core/events/index.ts";
import { isEventError, prepareKernelEvent } from "../../../core/events/kernel/index.ts";
import { hexToBytes } from "../../../core/isa/index.ts";
import type { Program } from "../../../core/program.ts";
import { verify } from "../../../core/verifier/index.ts";
import type { Verdict } from "../../../core/verifier/index.ts";
import { execute } from "../../../core/vm/index.ts";
import type { ExecuteResult } from "../../../core/vm/index.ts";
import type { RunInput } from "../../../core/vm/context.ts";
import { packetHexOf } from "./types.ts";
import type { GalleryExample } from "./types.ts";

export type Built = { readonly ok: true; readonly program: Program; readonly diagnostics: readonly Diagnostic[] } | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export function buildExample(e: Pick<GalleryExample, "text" | "language" | "entry">): Built {
  if ((e.language ?? "asm") === "asm") {
    const r = assemble(e.text, { dialect: "llvm" });
    return r.diagnostics.some((d) => d.severity === "error") ? { ok: false, diagnostics: r.diagnostics } : { ok: true, program: r.program, diagnostics: r.diagnostics };
  }
  const r = compile(e.text, { file: "prog.c" });
  const p = e.entry ? r.programs.find((x) => x.name === e.entry) : r.programs[0];
  if (!p || r.diagnostics.some((d) => d.severity === "error")) return { ok: false, diagnostics: r.diagnostics };
  return { ok: true, program: p.program, diagnostics: r.diagnostics };
}

export function verifyExample(e: GalleryExample, program: Program): Verdict {
  return verify(program, { progType: e.progType });
}

/**
 * The events as the session takes them: the example's packet (or the default frame), and the
 * context bytes, or for a kernel event the context, task and memory it makes.
 */
export function inputOf(e: GalleryExample): RunInput & { packet: Uint8Array } {
  const packet = hexToBytes(packetHexOf(e) ?? DEFAULT_PACKET_HEX.replace(/\s+/g, ""));
  if (!packet) throw new Error(`${e.id}: the packet is not hex`);
  if (e.events?.kernel) {
    const p = prepareKernelEvent(e.events.kernel);
    if (isEventError(p)) throw new Error(`${e.id}: ${p.path ?? ""} ${p.error}`);
    return { packet, ctx: p.ctx, task: p.task, memory: p.memory };
  }
  const ctx = e.events?.ctxHex ? hexToBytes(e.events.ctxHex) : undefined;
  return { packet, ...(ctx ? { ctx } : {}) };
}

export function runExample(e: GalleryExample, program: Program, repeat = 1): ExecuteResult | string {
  return execute({ program, progType: e.progType, input: inputOf(e), repeat });
}

/** A map value's first 8 bytes (or fewer) as a little-endian number. */
export function leNumber(b: Uint8Array): number {
  let v = 0n;
  for (let i = Math.min(8, b.length) - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[i]);
  return Number(v);
}

export { hexString as toHex } from "../../format/bytes.ts";
