// The context a program sees, field by field, named as the kernel UAPI names them and read
// from the one layout table (isa/ctx_layouts.ts): values as a load of the whole field gives
// them, pointers as what they point to (`packet + 14`), and per field whether the program may
// read or write it and whether BPF_PROG_TEST_RUN takes it from user space. For the inspectors
// (the context of a run, live) and for forms that edit the context of the next run.

import { field, PT_REGS } from "../isa/ctx_layouts.ts";
import type { CtxField, CtxStruct } from "../isa/ctx_layouts.ts";
import { progTypeByName } from "../isa/progtypes.ts";
import type { FieldRange, ProgType } from "../isa/progtypes.ts";
import { makeContext } from "./context.ts";
import { FROM_USER } from "./ctx_region.ts";
import type { Context, RunInput } from "./context.ts";
import { HI_TAG, LO_BASE, Memory } from "./memory.ts";
import type { MemoryArea } from "../isa/event_task.ts";
import type { World } from "./world.ts";

export interface CtxFieldView {
  readonly name: string;
  readonly off: number;
  readonly size: number;
  /** What a load of the whole field gives; for a pointer, the offset from what `pointer.base` names. */
  readonly value: bigint;
  /** The value as a person reads it: `42 (0x2a)`, `packet + 14`, `NULL`. */
  readonly text: string;
  /** Set for pointer fields: what they point into, and where. */
  readonly pointer?: { readonly base: string; readonly offset: number };
  /** What the value means, where that is not the number: `IPv4`, `lo`, `1st argument (PT_REGS_PARM1)`. */
  readonly note?: string;
  /** What the program type may do with it (its *_is_valid_access, in short). */
  readonly access: "none" | "read" | "write";
  /** BPF_PROG_TEST_RUN takes it from user space (ctx_in): a form may let the user set it. */
  readonly settable: boolean;
}

export interface ContextView {
  /** The C struct's name (`xdp_md`, `__sk_buff`, `pt_regs`, ...). */
  readonly struct: string;
  readonly size: number;
  readonly fields: readonly CtxFieldView[];
}

/** Fields shown for a context with no named fields (a syscall program's own struct): u64 words, at most this many. */
const MAX_WORDS = 64;

/**
 * The context `progType` gets for this input (a packet and the context bytes user space gives,
 * or just the bytes), built as a run builds it. `layout` replaces the type's struct where the
 * caller knows better (a tracepoint's fields, from its format). A type bpfplay cannot run is
 * read from the bytes alone, its pointers unresolved; an unknown type or bad input is a message.
 */
export function describeContext(progType: ProgType | string, input: RunInput | Uint8Array, world: World, layout?: CtxStruct): ContextView | string {
  const t = typeof progType === "string" ? progTypeByName(progType) : progType;
  if (!t) return `unknown program type '${String(progType)}'`;
  const inp: RunInput = input instanceof Uint8Array ? { ctx: input } : input;
  const ctx = makeContext(t, inp, new Memory());
  if (typeof ctx === "string") {
    if (!t.layout || t.packet) return ctx;
    return view(t, layout ?? t.layout, inp.ctx ?? new Uint8Array(0), undefined, world, true);
  }
  return describeLiveContext(t, ctx, world, layout);
}

/**
 * The context of a run as it is now (the packet may have moved, the program may have written fields).
 * `memory`: a kernel event's areas, so that a field holding one's address says what is there.
 */
export function describeLiveContext(t: ProgType, ctx: Context, world: World, layout?: CtxStruct, memory?: readonly MemoryArea[]): ContextView {
  const bytes = ctx.ctx ? ctx.ctx.bytes : new Uint8Array(0);
  const v = view(t, layout ?? t.layout ?? { name: t.ctx, size: bytes.length, fields: [] }, bytes, ctx, world, layout !== undefined);
  if (!memory?.length) return v;
  return {
    ...v,
    fields: v.fields.map((f) => {
      const at = f.size === 8 && !f.pointer ? areaNote(memory, f.value) : undefined;
      return at ? { ...f, note: f.note ? `${f.note} ${at}` : at } : f;
    }),
  };
}

/** What a kernel event's memory holds at an address: a string's text, or the struct's name. */
function areaNote(memory: readonly MemoryArea[], addr: bigint): string | undefined {
  const a = memory.find((m) => addr >= m.addr && addr < m.addr + BigInt(m.bytes.length));
  if (!a) return undefined;
  const at = Number(addr - a.addr);
  const where = at ? ` + ${at}` : "";
  if (/string|d_name|filename->name|\[\d+\]$/.test(a.name) && at === 0) {
    const end = a.bytes.indexOf(0);
    const text = String.fromCharCode(...a.bytes.subarray(0, Math.min(end < 0 ? a.bytes.length : end, 80)));
    return `→ "${text}" (${a.space} memory)`;
  }
  return `→ ${a.name}${where} (${a.space} memory)`;
}

/** `whole`: every field of the struct, read as 0 past the bytes; else only the fields the bytes hold (a raw tracepoint's arguments given). */
function view(t: ProgType, s: CtxStruct, bytes: Uint8Array, ctx: Context | undefined, world: World, whole: boolean): ContextView {
  const fields = s.fields.length ? s.fields : words(bytes.length);
  // BPF_PROG_TEST_RUN takes the listed fields of the packet types' structs and the whole of the
  // others it runs (raw tracepoint arguments, a syscall program's bytes; pt_regs and tracepoint
  // records are bpfplay's own events); nothing of a type it cannot run
  const fromUser = (f: CtxField) => ctx !== undefined && (FROM_USER[s.name] ? FROM_USER[s.name].includes(f.name) : true);
  const out = fields
    .filter((f) => whole || f.off + f.size <= bytes.length)
    .map((f): CtxFieldView => {
      const access = accessOf(t, s, f);
      const settable = fromUser(f);
      const ptr = f.kind === "scalar" ? undefined : pointerOf(f, ctx);
      if (ptr) return { name: f.name, off: f.off, size: f.size, access, settable, ...ptr };
      const value = readLE(bytes, f.off, f.size);
      return { name: f.name, off: f.off, size: f.size, value, text: numberText(value), note: noteOf(t, s, f, value, world), access, settable };
    });
  return { struct: s.name, size: s.fields.length ? s.size : bytes.length, fields: out };
}

/** A struct with no named fields (a syscall program's context) as u64 words `+0`, `+8`, ... */
function words(len: number): CtxField[] {
  return Array.from({ length: Math.min(Math.floor(len / 8), MAX_WORDS) }, (_, k) => ({ name: `+${8 * k}`, off: 8 * k, size: 8, kind: "scalar" as const }));
}

function inRange(s: CtxStruct, f: CtxField, r: FieldRange): boolean {
  const a = field(s, r[0]);
  const b = field(s, r[1] ?? r[0]);
  return f.off >= a.off && f.off < b.off + b.size;
}

function accessOf(t: ProgType, s: CtxStruct, f: CtxField): CtxFieldView["access"] {
  if (s !== t.layout) return t.ctx === "tracepoint" && f.name === "common" ? "none" : "read";
  if (t.ctx === "tracepoint" && f.name === "common") return "none"; // struct trace_entry is not the program's
  if (t.name === "syscall") return "write";
  if (t.rules.hidden.some((r) => inRange(s, f, r))) return "none";
  if (t.rules.writable.some((r) => inRange(s, f, r))) return "write";
  if (s.name === "__sk_buff" && t.name !== "flow_dissector") {
    // what bpf_skb_is_valid_access refuses every __sk_buff program (the verifier's skbCommon)
    if (f.name === "flow_keys") return "none";
    if (f.name === "tstamp_type" && !t.rules.readable?.some((r) => inRange(s, f, r))) return "none";
  }
  return "read";
}

/** A pointer field's target, read through the context's own load hook (the same code a program's load runs). */
function pointerOf(f: CtxField, ctx: Context | undefined): Pick<CtxFieldView, "value" | "text" | "pointer" | "note"> {
  const loaded = ctx?.ctx?.hook?.load(f.off, f.size === 8 && f.kind.startsWith("sock") ? 8 : 4);
  if (!ctx || !loaded) return { value: 0n, text: f.kind.startsWith("sock") ? "NULL" : "(set by the kernel)", note: kindNote(f) };
  const [hi, lo] = loaded;
  if (hi === 0 && lo === 0) return { value: 0n, text: "NULL", note: kindNote(f) };
  const at = (lo >>> 0) - LO_BASE;
  const p = ctx.packet;
  if (p && hi === (HI_TAG | p.region.id)) {
    const offset = at - p.mac;
    const len = p.end - p.data;
    const note = f.kind === "data_end" ? `end of the packet (${len} bytes from data)` : f.kind === "data_meta" ? (at === p.data ? "no metadata (= data)" : `${p.data - at} bytes of metadata before data`) : kindNote(f);
    return { value: BigInt(offset), text: offset < 0 ? `packet - ${-offset}` : `packet + ${offset}`, pointer: { base: "packet", offset }, note };
  }
  if (ctx.sock && hi === (HI_TAG | ctx.sock.id)) {
    const note = p ? "the socket BPF_PROG_TEST_RUN hangs on the skb (struct bpf_sock)" : "the socket the call is made on (struct bpf_sock)";
    return { value: 0n, text: "socket + 0", pointer: { base: "socket", offset: 0 }, note };
  }
  return { value: 0n, text: "(pointer)", note: kindNote(f) };
}

function kindNote(f: CtxField): string | undefined {
  if (f.kind === "data") return "start of the packet as the program sees it";
  if (f.kind === "flow_keys") return "struct bpf_flow_keys (flow dissectors only)";
  if (f.kind.startsWith("sock")) return "a socket (struct bpf_sock), or NULL";
  return undefined;
}

function readLE(b: Uint8Array, off: number, size: number): bigint {
  let v = 0n;
  for (let k = size - 1; k >= 0; k--) v = (v << 8n) | BigInt(b[off + k] ?? 0);
  return v;
}

const numberText = (v: bigint): string => (v < 10n ? `${v}` : `${v} (0x${v.toString(16)})`);

const ETH_P: Readonly<Record<number, string>> = { 0x0800: "IPv4", 0x86dd: "IPv6", 0x0806: "ARP", 0x8100: "802.1Q VLAN", 0x88a8: "802.1ad VLAN" };
const PKT_TYPE = ["PACKET_HOST", "PACKET_BROADCAST", "PACKET_MULTICAST", "PACKET_OTHERHOST", "PACKET_OUTGOING"];
const AF: Readonly<Record<number, string>> = { 1: "AF_UNIX", 2: "AF_INET", 10: "AF_INET6" };
const SOCK_TYPE: Readonly<Record<number, string>> = { 1: "SOCK_STREAM", 2: "SOCK_DGRAM", 3: "SOCK_RAW" };
const IPPROTO: Readonly<Record<number, string>> = { 0: "IPPROTO_IP (the family's default)", 1: "IPPROTO_ICMP", 6: "IPPROTO_TCP", 17: "IPPROTO_UDP", 58: "IPPROTO_ICMPV6" };
/** The x86-64 calling convention: where a kprobe finds the function's arguments and return value. */
const REG_ROLE: Readonly<Record<string, string>> = {
  di: "1st argument (PT_REGS_PARM1)", si: "2nd argument (PT_REGS_PARM2)", dx: "3rd argument (PT_REGS_PARM3)",
  cx: "4th argument (PT_REGS_PARM4)", r8: "5th argument (PT_REGS_PARM5)", r9: "6th argument", ax: "return value in a kretprobe (PT_REGS_RC)",
  sp: "stack pointer (PT_REGS_SP)", ip: "instruction pointer (PT_REGS_IP)", bp: "frame pointer (PT_REGS_FP)", r10: "4th argument of a system call (PT_REGS_PARM4_SYSCALL)",
};

/** Network byte order u16 in the low bytes of a u32, as __sk_buff keeps protocol and remote_port. */
const be16 = (v: bigint) => Number(((v & 0xffn) << 8n) | ((v >> 8n) & 0xffn));
const ip4 = (v: bigint) => [0n, 8n, 16n, 24n].map((s) => (v >> s) & 0xffn).join(".");

function noteOf(t: ProgType, s: CtxStruct, f: CtxField, v: bigint, world: World): string | undefined {
  if (s === PT_REGS || t.ctx === "pt_regs") return REG_ROLE[f.name];
  if (s.name === "bpf_raw_tracepoint_args") return `argument ${f.off / 8 + 1} of the tracepoint`;
  if (s.name === "bpf_sock_addr") return sockAddrNote(f, v);
  switch (f.name) {
    case "protocol":
    case "eth_protocol": {
      const p = be16(v);
      return `${ETH_P[p] ?? "EtherType"} (0x${p.toString(16).padStart(4, "0")} in network byte order)`;
    }
    case "pkt_type":
      return PKT_TYPE[Number(v)];
    case "family":
      return AF[Number(v)];
    case "ifindex":
    case "ingress_ifindex":
    case "egress_ifindex":
    case "bound_dev_if":
      return v === 0n ? "none" : world.interfaces.get(Number(v))?.name;
    case "remote_ip4":
    case "local_ip4":
    case "src_ip4":
    case "dst_ip4":
      return ip4(v);
    case "remote_port":
      return `port ${be16(v)} (network byte order)`;
    case "local_port":
    case "src_port":
      return `port ${v} (host byte order)`;
    default:
      return undefined;
  }
}

/** struct bpf_sock_addr's fields: the call's address (network byte order) and the socket's family, type and protocol. */
function sockAddrNote(f: CtxField, v: bigint): string | undefined {
  if (f.name === "user_family" || f.name === "family") return AF[Number(v)];
  if (f.name === "type") return SOCK_TYPE[Number(v)];
  if (f.name === "protocol") return IPPROTO[Number(v)];
  if (f.name === "user_ip4" || f.name === "msg_src_ip4") return ip4(v);
  if (f.name === "user_port") return `port ${be16(v)} (network byte order)`;
  return undefined;
}

/**
 * The context bytes user space passes (ctx_in) with field `name` set to `value`, for a form that
 * edits the next run's context: the field's own bytes, little-endian, the buffer grown to hold
 * it. A message for a field BPF_PROG_TEST_RUN does not take from user space, or no such field.
 */
export function withContextField(progType: ProgType | string, ctx: Uint8Array, name: string, value: bigint, layout?: CtxStruct): Uint8Array | string {
  const t = typeof progType === "string" ? progTypeByName(progType) : progType;
  if (!t) return `unknown program type '${String(progType)}'`;
  const s = layout ?? t.layout;
  const f = s?.fields.find((x) => x.name === name) ?? (s && !s.fields.length ? words(s.size).find((x) => x.name === name) : undefined);
  if (!s || !f) return `${s ? `struct ${s.name}` : `program type ${t.name}`} has no field ${name}`;
  if (FROM_USER[s.name] ? !FROM_USER[s.name].includes(name) : !["pt_regs", "tracepoint", "bpf_raw_tracepoint_args"].includes(t.ctx) && t.name !== "syscall")
    return `BPF_PROG_TEST_RUN does not take ${s.name}.${name} from user space`;
  // the packet types' structs whole, the others as far as the field
  const size = Math.max(ctx.length, FROM_USER[s.name] ? s.size : f.off + f.size);
  const out = new Uint8Array(size);
  out.set(ctx);
  let v = BigInt.asUintN(8 * f.size, value);
  for (let k = 0; k < f.size; k++, v >>= 8n) out[f.off + k] = Number(v & 0xffn);
  return out;
}
