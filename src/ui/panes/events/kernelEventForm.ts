// The kernel event form's model: which events a program type can meet, the rows of the chosen
// event (its fields by name with their C type, then the process), the text each row shows, and
// the event a typed text makes. Pure, so it is tested without React.

import { eventFit, kernelFunction, KERNEL_FUNCTIONS, pointeeOf, RAW_TRACEPOINTS, rawTracepoint, starterEvent, starterFields, TRACEPOINTS, tracepointFormat } from "../../../core/events/kernel/index.ts";
import type { EventProcess, FieldValue, KernelEvent, KernelEventKind, Pointee } from "../../../core/events/kernel/index.ts";
import { DEFAULT_PROCESS } from "../../../core/events/kernel/index.ts";

/** How a row is typed: a number, a string, a list of strings, or JSON (a struct). */
export type RowKind = "int" | "string" | "strings" | "json";

export interface Row {
  /** `fields.filename` or `process.pid`. */
  readonly key: string;
  readonly name: string;
  /** The C type as the format or prototype gives it. */
  readonly type: string;
  readonly kind: RowKind;
  /** What a pointer points to, when it is one. */
  readonly pointee?: Pointee;
  /** Shown when the row is empty. */
  readonly hint: string;
}

export const TRACING_TYPES: ReadonlySet<string> = new Set(["tracepoint", "raw_tracepoint", "raw_tracepoint_writable", "kprobe"]);

/** The kinds of event a program type meets. */
export function kindsFor(progType: string): readonly KernelEventKind[] {
  if (progType === "kprobe") return ["kprobe", "kretprobe"];
  if (progType.startsWith("raw_tracepoint")) return ["raw_tracepoint"];
  return progType === "tracepoint" ? ["tracepoint"] : [];
}

export function namesFor(kind: KernelEventKind): readonly string[] {
  if (kind === "tracepoint") return TRACEPOINTS;
  if (kind === "raw_tracepoint") return RAW_TRACEPOINTS.map((r) => r.name);
  return KERNEL_FUNCTIONS.map((f) => f.name);
}

/** The event the next session uses: the one chosen, if it fits the program type, else the section's. */
export function effectiveEvent(chosen: KernelEvent | undefined, progType: string, section?: string): KernelEvent {
  return chosen && !eventFit(chosen, progType).error ? chosen : starterEvent(progType, section);
}

const HINTS: Readonly<Record<Pointee, string>> = {
  string: "text the pointer points to, or an address",
  bytes: "text or an address",
  address: "an address (0x...)",
  strings: "words, or a JSON list of strings",
  sock: '{"saddr": "10.0.0.2", "daddr": "1.1.1.1", "sport": 41000, "dport": 443}',
  sk_buff: '{"len": 60, "protocol": "ETH_P_IP"}',
  file: "a path, or {\"path\": ..., \"pos\": 0}",
  filename: "a path",
  sockaddr: '{"family": "AF_INET", "addr": "1.1.1.1", "port": 443}',
};

function row(name: string, type: string, count?: number): Row {
  const key = `fields.${name}`;
  if (type.includes("*")) {
    const pointee = pointeeOf(type, name);
    const kind: RowKind = pointee === "strings" ? "strings" : pointee === "sock" || pointee === "sk_buff" || pointee === "sockaddr" ? "json" : "string";
    return { key, name, type, kind, pointee, hint: HINTS[pointee] };
  }
  if (count !== undefined) return { key, name, type: `${type}[${count}]`, kind: "string", hint: type === "char" ? "text" : count === 4 ? "an IPv4 address" : count === 16 ? "an IPv6 address" : "bytes as a JSON list" };
  return { key, name, type, kind: "int", hint: "a number, 0x..., or a name (AT_FDCWD, AF_INET, TCP_CLOSE)" };
}

const PROCESS_ROWS: readonly Row[] = [
  { key: "process.pid", name: "pid", type: "pid_t", kind: "int", hint: `${DEFAULT_PROCESS.pid}` },
  { key: "process.tgid", name: "tgid", type: "pid_t", kind: "int", hint: "the pid" },
  { key: "process.uid", name: "uid", type: "uid_t", kind: "int", hint: `${DEFAULT_PROCESS.uid}` },
  { key: "process.gid", name: "gid", type: "gid_t", kind: "int", hint: `${DEFAULT_PROCESS.gid}` },
  { key: "process.comm", name: "comm", type: "char[16]", kind: "string", hint: DEFAULT_PROCESS.comm },
  { key: "process.cgroup_id", name: "cgroup_id", type: "u64", kind: "int", hint: `${DEFAULT_PROCESS.cgroup_id}` },
  { key: "process.ppid", name: "ppid", type: "pid_t", kind: "int", hint: "1 (systemd)" },
];

/** The event's field rows (common fields left out: a program may not read them), then the process's. */
export function rowsOf(e: KernelEvent): { fields: readonly Row[]; process: readonly Row[] } {
  let fields: Row[];
  if (e.kind === "tracepoint") fields = (tracepointFormat(e.name)?.fields ?? []).map((f) => row(f.name, f.dataLoc ? `__data_loc ${f.type}[]` : f.type, f.count));
  else if (e.kind === "raw_tracepoint") {
    const r = rawTracepoint(e.name);
    fields = r ? r.params.map((p) => row(p.name, p.type)) : [{ key: "fields.args", name: "args", type: "u64[]", kind: "strings", hint: "numbers" }];
    if (r?.name === "sys_enter" || r?.name === "sys_exit") fields.push({ key: "fields.args", name: "args", type: "unsigned long[6]", kind: "strings", hint: "the system call's arguments: a JSON list" });
    fields = fields.filter((f) => !(f.name === "regs" && (r?.name === "sys_enter" || r?.name === "sys_exit")));
  } else {
    const f = kernelFunction(e.name);
    fields = (f?.params ?? []).map((p) => row(p.name, p.type));
    if (e.kind === "kretprobe" && f) fields.push({ ...row("ret", f.ret), hint: "the return value (ax)" });
  }
  // a __data_loc string is typed as text
  fields = fields.map((f) => (f.type.startsWith("__data_loc") ? { ...f, kind: "string", hint: "text" } : f));
  return { fields, process: PROCESS_ROWS };
}

/** The value the event holds for a row. */
export function valueAt(e: KernelEvent, r: Row): FieldValue | undefined {
  const [where, name] = r.key.split(".") as ["fields" | "process", string];
  return where === "fields" ? e.fields?.[name] : (e.process as Record<string, FieldValue> | undefined)?.[name];
}

/** The text a row shows for the event's value. */
export function textOf(e: KernelEvent, r: Row): string {
  const v = valueAt(e, r);
  if (v === undefined || v === null) return "";
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return String(v);
  if (r.kind === "strings" && Array.isArray(v) && v.every((x) => typeof x === "string" && !/\s/.test(x) && x !== "")) return v.join(" ");
  return JSON.stringify(v);
}

/** The value typed text gives a row, or why it cannot (JSON that does not parse). Empty text: no value. */
export function valueOf(r: Row, text: string): { value?: FieldValue; error?: string } {
  const t = text.trim();
  if (t === "") return {};
  if (r.kind === "int") return { value: /^-?\d+$/.test(t) && Number.isSafeInteger(Number(t)) ? Number(t) : t };
  if (r.kind === "string") return { value: r.type.endsWith("]") && t.startsWith("[") ? parseJson(t) : text };
  if (r.kind === "strings" && !t.startsWith("[")) return { value: t.split(/\s+/) };
  const v = parseJson(t);
  return v === undefined ? { error: "not JSON: check the quotes and braces" } : { value: v };
}

function parseJson(t: string): FieldValue | undefined {
  try {
    return JSON.parse(t) as FieldValue;
  } catch {
    return undefined;
  }
}

/** The event with one row set to a value (undefined removes it). */
export function withValue(e: KernelEvent, r: Row, value: FieldValue | undefined): KernelEvent {
  const [where, name] = r.key.split(".") as ["fields" | "process", string];
  if (where === "fields") {
    const fields = { ...(e.fields ?? {}) };
    if (value === undefined) delete fields[name];
    else fields[name] = value;
    return { ...e, fields };
  }
  const process: Record<string, unknown> = { ...(e.process ?? {}) };
  if (value === undefined) delete process[name];
  else process[name] = value;
  return { ...e, process: process as EventProcess };
}

/** Another event kind or name: its starter fields, the process kept. */
export function switchTo(e: KernelEvent, kind: KernelEventKind, name: string): KernelEvent {
  return { kind, name, fields: starterFields(name, kind), ...(e.process ? { process: e.process } : {}) };
}
