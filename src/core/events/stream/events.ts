// The events a stream is made of, as data a user edits and a document saves. One union: packets
// (a description the builder makes bytes from, or raw bytes as hex), a context as hex, and
// kernel events (src/core/events/kernel: a tracepoint, raw tracepoint or k[ret]probe with its
// process and the memory its pointers point to).
// The list operations are pure: each returns a new list.

import { fromHex } from "../bytes.ts";
import { isEventError, prepareKernelEvent } from "../kernel/index.ts";
import type { EventTask, KernelEvent, MemoryArea } from "../kernel/index.ts";
import { build } from "../packet/build.ts";
import type { Packet } from "../packet/layers.ts";

export type StreamEvent =
  | { readonly kind: "packet"; readonly packet: Packet }
  | { readonly kind: "bytes"; readonly hex: string }
  | { readonly kind: "ctx"; readonly hex: string }
  | { readonly kind: "kernel"; readonly event: KernelEvent };

export type EventKind = StreamEvent["kind"];

/** What one run needs from an event: the packet, or the context's bytes (the VM's RunInput). */
export interface EventInput {
  readonly packet?: Uint8Array;
  readonly ctx?: Uint8Array;
  /** A kernel event's process and memory. */
  readonly task?: EventTask;
  readonly memory?: readonly MemoryArea[];
}

/** What one run needs from the event, or why the event cannot be run. */
export function inputOf(e: StreamEvent): EventInput | string {
  switch (e.kind) {
    case "packet": {
      const b = build(e.packet);
      return b.ok ? { packet: b.bytes } : b.message;
    }
    case "bytes": {
      const b = fromHex(e.hex);
      return b ? { packet: b } : `'${e.hex.slice(0, 20)}' is not hex bytes`;
    }
    case "ctx": {
      const b = fromHex(e.hex);
      return b ? { ctx: b } : `'${e.hex.slice(0, 20)}' is not hex bytes`;
    }
    case "kernel": {
      const p = prepareKernelEvent(e.event);
      if (isEventError(p)) return p.path ? `${p.path}: ${p.error}` : p.error;
      return { ctx: p.ctx, task: p.task, memory: p.memory };
    }
    default:
      return `an event of kind '${(e as { kind: unknown }).kind}' is not one bpfplay runs`;
  }
}

/** A line that tells events apart in a list: protocol, addresses and ports, flags. */
export function describeEvent(e: StreamEvent): string {
  if (e.kind === "bytes") return `packet, ${Math.floor(e.hex.replace(/\s+/g, "").length / 2)} bytes (hex)`;
  if (e.kind === "ctx") return `context, ${Math.floor(e.hex.replace(/\s+/g, "").length / 2)} bytes (hex)`;
  if (e.kind === "kernel") {
    const p = e.event.process;
    const args = Object.entries(e.event.fields ?? {}).slice(0, 3).map(([k, v]) => `${k}=${typeof v === "string" ? JSON.stringify(v) : JSON.stringify(v)}`);
    return `${e.event.kind} ${e.event.name}${p?.pid !== undefined ? ` pid ${p.pid}` : ""}${p?.comm ? ` ${p.comm}` : ""}${args.length ? ` ${args.join(" ")}` : ""}`;
  }
  const layers = e.packet.layers ?? [];
  let from = "";
  let to = "";
  let proto = "";
  let extra = "";
  for (const l of layers) {
    if (l.kind === "ipv4" || l.kind === "ipv6") {
      from = l.kind === "ipv6" ? `[${l.src}]` : l.src;
      to = l.kind === "ipv6" ? `[${l.dst}]` : l.dst;
      proto = l.kind === "ipv6" ? "IPv6" : "IPv4";
    } else if (l.kind === "tcp" || l.kind === "udp") {
      proto = l.kind.toUpperCase();
      from += `:${l.srcPort}`;
      to += `:${l.dstPort}`;
      if (l.kind === "tcp" && l.flags) extra = ` [${l.flags}]`;
    } else if (l.kind === "icmp" || l.kind === "icmpv6") {
      proto = l.kind === "icmp" ? "ICMP" : "ICMPv6";
      extra = ` type ${l.type ?? (l.kind === "icmp" ? 8 : 128)}`;
    } else if (l.kind === "arp") {
      proto = "ARP";
      from = l.senderIp;
      to = l.targetIp;
    }
  }
  if (!proto) return `packet (${layers.map((l) => l.kind).join("/") || "no layers"})`;
  return `${proto} ${from} → ${to}${extra}${e.packet.truncate !== undefined ? ` (cut at ${e.packet.truncate})` : ""}`;
}

const inRange = (list: readonly unknown[], i: number) => Number.isInteger(i) && i >= 0 && i < list.length;

export function insertEvent(list: readonly StreamEvent[], e: StreamEvent, at = list.length): StreamEvent[] {
  const k = Math.max(0, Math.min(list.length, at));
  return [...list.slice(0, k), e, ...list.slice(k)];
}

export function replaceEvent(list: readonly StreamEvent[], i: number, e: StreamEvent): StreamEvent[] {
  return inRange(list, i) ? list.map((x, k) => (k === i ? e : x)) : [...list];
}

/** A copy of event i right after it. */
export function duplicateEvent(list: readonly StreamEvent[], i: number): StreamEvent[] {
  return inRange(list, i) ? insertEvent(list, list[i], i + 1) : [...list];
}

export function removeEvent(list: readonly StreamEvent[], i: number): StreamEvent[] {
  return list.filter((_, k) => k !== i);
}

/** Event `from` moved to position `to` (the others keep their order). */
export function moveEvent(list: readonly StreamEvent[], from: number, to: number): StreamEvent[] {
  if (!inRange(list, from) || !inRange(list, to) || from === to) return [...list];
  const out = removeEvent(list, from);
  out.splice(to, 0, list[from]);
  return out;
}
