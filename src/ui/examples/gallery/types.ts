// What a gallery example is: the program, the group it sits in, a short explanation (what it shows,
// what to try), the events it runs on, and what happens when it is verified and run. The outcome
// is data, so the explanation the user reads and the number the tests assert are one value
// (gallery.test.ts runs every example through the engine and checks it).

import { build, presetByName } from "../../../core/events/index.ts";
import type { KernelEvent } from "../../../core/events/kernel/index.ts";
import type { VerifierCode } from "../../../core/verifier/codes.ts";

export type GroupId = "start" | "net" | "tracing" | "maps" | "rejections" | "fixes";

export const GROUPS: readonly { readonly id: GroupId; readonly title: string }[] = [
  { id: "start", title: "Start here" },
  { id: "net", title: "Networking" },
  { id: "tracing", title: "Tracing and observability" },
  { id: "maps", title: "Maps, calls and loops" },
  { id: "rejections", title: "Verifier rejections" },
  { id: "fixes", title: "Their fixes" },
];

/** The events a run takes: a packet (a builder preset or hex) and, for tracing types, the context bytes. */
export interface Events {
  /** A packet preset of the Events pane, by name (src/core/events/packet/presets.ts). */
  readonly preset?: string;
  readonly packetHex?: string;
  /** The context (pt_regs, a tracepoint record) as hex. */
  readonly ctxHex?: string;
  /** Tracing programs: the kernel event (its JSON form, src/core/events/kernel), which makes the context and the task. */
  readonly kernel?: KernelEvent;
  /** In words, for the explanation. */
  readonly about: string;
}

/** One entry of a map after the run: key bytes as hex, the value's first 8 bytes (or fewer) as a little-endian number. */
export interface MapEntryOutcome {
  readonly name: string;
  readonly keyHex: string;
  readonly value: number;
  /** What the key is, in words (`TCP`, `pid 4242`). */
  readonly keyAbout?: string;
}

export type Outcome =
  | {
      readonly verdict: "accepted";
      /** r0 after one Run, and its name (`XDP_DROP`). */
      readonly r0: number;
      readonly r0Name?: string;
      readonly map?: MapEntryOutcome;
      /** A ring buffer that holds this many records after one Run. */
      readonly records?: { readonly name: string; readonly count: number };
      /** The first line bpf_printk writes. */
      readonly printk?: string;
      /** The packet out, when the program changed it: its length. */
      readonly packetOutLength?: number;
    }
  | {
      readonly verdict: "rejected";
      /** The verifier's code (core/verifier/codes.ts); the explanation is explain.ts's, never restated here. */
      readonly code: VerifierCode;
      /** The id of the fixed version. */
      readonly fix: string;
    };

export interface GalleryExample {
  readonly id: string;
  readonly title: string;
  readonly group: GroupId;
  /** Kernel program type name, as the Program type selector lists them. */
  readonly progType: string;
  /** Assembly when absent. */
  readonly language?: "c" | "asm";
  readonly text: string;
  /** Of several SEC() programs, the one to run. */
  readonly entry?: string;
  /** What it shows. */
  readonly shows: string;
  /** What to try. */
  readonly tryThis: string;
  readonly events?: Events;
  /** Absent for an example that never ends (the instruction budget stops it). */
  readonly outcome?: Outcome;
  /** The example never ends: the instruction budget stops it. */
  readonly endless?: boolean;
  /** Of a fixed version: the rejected example it fixes. */
  readonly fixes?: string;
}

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

/** A preset's bytes as hex (the preset table is the Events pane's). */
export function presetHex(name: string): string {
  const p = presetByName(name);
  if (!p) throw new Error(`no packet preset '${name}'`);
  const r = build(p.packet);
  if (!r.ok) throw new Error(`preset '${name}': ${r.message}`);
  return hex(r.bytes);
}

/** The packet an example runs on, as hex; undefined when it takes the session's default. */
export function packetHexOf(e: GalleryExample): string | undefined {
  if (e.events?.packetHex) return e.events.packetHex.replace(/\s+/g, "");
  return e.events?.preset ? presetHex(e.events.preset) : undefined;
}

/** The explanation's last line: what a Run gives, or what the verifier says. */
export function outcomeText(o: Outcome | undefined): string {
  if (!o) return "Run: the instruction budget stops it.";
  if (o.verdict === "rejected") return "The verifier rejects it.";
  const parts = [`r0 = ${o.r0}${o.r0Name ? ` (${o.r0Name})` : ""}`];
  if (o.map) parts.push(`${o.map.name}[${o.map.keyAbout ?? o.map.keyHex}] = ${o.map.value}`);
  if (o.records) parts.push(`${o.records.count} record${o.records.count === 1 ? "" : "s"} in ${o.records.name}`);
  if (o.printk) parts.push(`prints "${o.printk}"`);
  if (o.packetOutLength !== undefined) parts.push(`the packet out is ${o.packetOutLength} bytes`);
  return `One Run: ${parts.join("; ")}.`;
}
