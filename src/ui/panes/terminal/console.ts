// The Terminal's command line, in the spirit of gdb and bpftool: the words a user types, parsed into
// commands, and carried out against what the session shows (registers, stack, packet, context, maps,
// locals) or handed to the session as debugger commands. Pure: the pane gives it a context of
// getters and actions, so tests run it without a browser.

import type { SharedMapSeed } from "../../../core/permalink/index.ts";
import type { DebugCommand, LocalView } from "../../../protocol/index.ts";
import type { Snapshot } from "../../../core/vm/snapshot.ts";
import { checkSeeds, deleteSeed, parseKeyValue, seedable, spacedHex, toHex, upsertSeed } from "../maps/seeds.ts";
import type { MapShape } from "../maps/seeds.ts";

export interface ConsoleContext {
  /** The live session's state, if a session has started. */
  readonly snapshot?: Snapshot;
  readonly locals: readonly LocalView[];
  /** The program's listing, one line per instruction (`pc: text`). */
  readonly listing: readonly string[];
  readonly breakpoints: readonly { readonly line: number; readonly condition?: string }[];
  /** C lines step by statement; assembly by instruction. */
  readonly isC: boolean;
  /** The verifier's verdict in words, if there is one. */
  readonly verdict?: string;
  /** The program's maps as built (map update/delete check names and sizes against them). */
  readonly maps: readonly MapShape[];
  /** What the maps hold before the first instruction (the Maps pane's seeds). */
  readonly seeds: readonly SharedMapSeed[];
  /** The Events pane's stream, a line per event (the run's page of events, or the list). */
  readonly events?: readonly string[];
  /** Starts the debugger on event n of the last stream run, with the maps as they were before it; a problem is a message. */
  selectEvent?(n: number): string | undefined;
  /** New seeds; the caller then starts a fresh session with them (reset). */
  setSeeds(seeds: readonly SharedMapSeed[]): void;
  command(c: DebugCommand): void;
  setBreakpoint(line: number, condition?: string): void;
  removeBreakpoint(line: number): void;
  reset(): void;
  clear(): void;
}

interface Entry {
  readonly usage: string;
  readonly help: string;
  readonly run: (args: string, c: ConsoleContext) => readonly string[];
}

const debug = (command: DebugCommand) => (_: string, c: ConsoleContext) => {
  c.command(command);
  return [];
};

/** Commands by name; aliases point at the same entry. */
const COMMANDS: Readonly<Record<string, Entry>> = {
  help: { usage: "help [command]", help: "list the commands, or say what one does", run: (a) => help(a.trim()) },
  run: { usage: "run", help: "restart the program and run it to a breakpoint or the end", run: debug({ kind: "run" }) },
  step: { usage: "step", help: "one C statement (assembly: one instruction), into calls", run: (_, c) => debug({ kind: "step", lines: c.isC })(_, c) },
  stepi: { usage: "stepi", help: "one instruction, into calls", run: debug({ kind: "step" }) },
  next: { usage: "next", help: "one C statement (assembly: one instruction), over calls", run: (_, c) => debug({ kind: "stepOver", lines: c.isC })(_, c) },
  nexti: { usage: "nexti", help: "one instruction, over calls", run: debug({ kind: "stepOver" }) },
  finish: { usage: "finish", help: "run until the current function returns", run: (_, c) => debug({ kind: "stepOut", lines: c.isC })(_, c) },
  continue: { usage: "continue", help: "run to the next breakpoint or the end, recording history", run: debug({ kind: "continue" }) },
  back: { usage: "back", help: "one step back (a C statement in C, an instruction in assembly)", run: (_, c) => debug({ kind: "stepBack", lines: c.isC })(_, c) },
  reset: { usage: "reset", help: "a fresh session at the first instruction, with fresh maps", run: (_, c) => (c.reset(), []) },
  break: { usage: "break <line> [if <condition>]", help: "a breakpoint on a source line, e.g. break 12 if r1 == 0", run: breakCmd },
  delete: { usage: "delete [line]", help: "remove the breakpoint on a line, or every breakpoint", run: deleteCmd },
  info: { usage: "info registers|breakpoints|locals|maps", help: "registers, breakpoints, C locals or maps", run: info },
  x: { usage: "x/<n><fmt><size> <addr>", help: "examine memory: x/8xb r10-8, x/2dw r1, x/4xg fp-32 (fmt x d u; size b h w g)", run: examine },
  print: { usage: "print[/x] <register|local>", help: "a register (r0-r10, w0-w10) or a C local's value", run: print },
  map: { usage: "map list | map dump <name>", help: "the program's maps, or one map's entries", run: mapCmd },
  "map update": { usage: "map update <name> key <hex> value <hex>", help: "seed an entry (bytes in memory order); the session starts again with it", run: (a, c) => mapCmd(`update ${a}`, c) },
  "map delete": { usage: "map delete <name> key <hex>", help: "drop a seeded entry; the session starts again without it", run: (a, c) => mapCmd(`delete ${a}`, c) },
  event: { usage: "event list | event select <n>", help: "the stream's events (Events tab), or debug event n with the maps as they were before it", run: eventCmd },
  prog: { usage: "prog dump", help: "the program's instructions", run: (a, c) => (a.trim() === "dump" ? c.listing : [`usage: prog dump`]) },
  verify: { usage: "verify", help: "the verifier's verdict on the program", run: (_, c) => [c.verdict ?? "no verdict yet"] },
  clear: { usage: "clear", help: "clear the terminal", run: (_, c) => (c.clear(), []) },
};

function eventCmd(args: string, c: ConsoleContext): readonly string[] {
  const [sub, n, ...rest] = args.trim().split(/\s+/);
  if (sub === "list" && n === undefined) return c.events?.length ? c.events : ["no events: make a stream in the Events tab (Generator or Event list)"];
  if (sub === "select" && n !== undefined && !rest.length) {
    if (!/^\d+$/.test(n)) return [`'${n}' is not an event number`];
    if (!c.selectEvent) return ["no stream of events here"];
    return [c.selectEvent(Number(n)) ?? `event ${n}: the debugger starts on it with the maps as they were before it`];
  }
  return ["usage: event list | event select <n>"];
}

const ALIASES: Readonly<Record<string, string>> = { s: "step", si: "stepi", n: "next", ni: "nexti", c: "continue", r: "run", b: "break", d: "delete", i: "info", p: "print", fin: "finish" };

/** The words a line may start with (`map update` and `map delete` are listed in help under their own usage). */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS).filter((n) => !n.includes(" "));

function help(topic: string): string[] {
  if (topic) {
    const e = COMMANDS[ALIASES[topic] ?? topic];
    return e ? [`${e.usage}: ${e.help}`] : [`no command '${topic}': type help for the list`];
  }
  const width = Math.max(...Object.values(COMMANDS).map((e) => e.usage.length));
  return [...Object.values(COMMANDS).map((e) => `  ${e.usage.padEnd(width)}  ${e.help}`), "Short forms: s si n ni c r b d i p fin. Up and down recall earlier commands; Tab completes."];
}

/** Runs one typed line; the lines to print (an unknown word says so and suggests help). */
export function runLine(line: string, c: ConsoleContext): readonly string[] {
  const t = line.trim();
  if (!t) return [];
  const m = /^([A-Za-z]+)(\/\S*)?(?:\s+(.*))?$/.exec(t);
  if (!m) return [`cannot read '${t}': type help for the commands`];
  const name = ALIASES[m[1]] ?? m[1];
  const e = COMMANDS[name];
  if (!e) return [`unknown command '${m[1]}': type help for the commands`];
  return e.run((m[2] ?? "") + (m[2] ? " " : "") + (m[3] ?? ""), c);
}

/** Completions of the line as typed: command names, then map names or info topics. */
export function complete(line: string, c: ConsoleContext): readonly string[] {
  const words = line.split(/\s+/);
  if (words.length <= 1) return [...COMMAND_NAMES].filter((n) => n.startsWith(words[0] ?? "")).sort();
  const first = ALIASES[words[0]] ?? words[0];
  const last = words[words.length - 1];
  const mapNames = c.maps.length ? c.maps.map((m) => m.name) : (c.snapshot?.maps ?? []).map((m) => m.name);
  const mapWords = words.length === 2 ? ["list", "dump", "update", "delete"] : words.length === 3 && words[1] !== "list" ? mapNames : words.length === 4 && /^(update|delete)$/.test(words[1]) ? ["key"] : [];
  const pool = first === "info" ? ["registers", "breakpoints", "locals", "maps"] : first === "map" ? mapWords : first === "event" ? ["list", "select"] : first === "print" ? [...c.locals.map((l) => l.name), ...Array.from({ length: 11 }, (_, k) => `r${k}`)] : first === "help" ? [...COMMAND_NAMES] : [];
  return pool.filter((p) => p.startsWith(last)).sort();
}

function breakCmd(args: string, c: ConsoleContext): string[] {
  const m = /^\s*(\d+)(?:\s+if\s+(.+))?\s*$/.exec(args);
  if (!m) return ["usage: break <line> [if <condition>], e.g. break 12 if r1 == 0"];
  const line = Number(m[1]);
  c.setBreakpoint(line, m[2]?.trim());
  return [`breakpoint at line ${line}${m[2] ? ` if ${m[2].trim()}` : ""}`];
}

function deleteCmd(args: string, c: ConsoleContext): string[] {
  const a = args.trim();
  if (!a) {
    const n = c.breakpoints.length;
    for (const b of c.breakpoints) c.removeBreakpoint(b.line);
    return [`deleted ${n} breakpoint${n === 1 ? "" : "s"}`];
  }
  if (!/^\d+$/.test(a)) return ["usage: delete [line]"];
  if (!c.breakpoints.some((b) => b.line === Number(a))) return [`no breakpoint on line ${a}`];
  c.removeBreakpoint(Number(a));
  return [`deleted the breakpoint on line ${a}`];
}

const noSession = ["no session yet: type run, step or stepi to start one"];

function info(args: string, c: ConsoleContext): string[] {
  const what = args.trim();
  const s = c.snapshot;
  if ("registers".startsWith(what) && what) {
    if (!s) return noSession;
    return s.regs.map((r, k) => `r${String(k).padEnd(3)}${r.hex}  ${r.s64.padStart(20)}${r.points ? `  → ${r.points}` : ""}`);
  }
  if ("breakpoints".startsWith(what) && what) return c.breakpoints.length ? c.breakpoints.map((b) => `line ${b.line}${b.condition ? ` if ${b.condition}` : ""}`) : ["no breakpoints"];
  if ("locals".startsWith(what) && what) return c.locals.length ? c.locals.map((l) => `${l.name} = ${l.value}  (${l.type})`) : ["no C locals here"];
  if ("maps".startsWith(what) && what) return mapCmd("list", c);
  return ["usage: info registers|breakpoints|locals|maps"];
}

const SIZES: Readonly<Record<string, 1 | 2 | 4 | 8>> = { b: 1, h: 2, w: 4, g: 8 };

/** Bytes at an address the session shows: a stack frame, the context, the packet. */
function bytesAt(s: Snapshot, addr: bigint, n: number): Uint8Array | undefined {
  const regions = [...s.frames.map((f) => ({ base: BigInt(f.base), bytes: f.stack })), ...s.memory.map((m) => ({ base: BigInt(m.base), bytes: m.bytes }))];
  for (const r of regions) {
    const off = addr - r.base;
    if (off >= 0n && off + BigInt(n) <= BigInt(r.bytes.length)) return r.bytes.subarray(Number(off), Number(off) + n);
  }
  return undefined;
}

function examine(args: string, c: ConsoleContext): string[] {
  const m = /^\/(\d*)([xdu]?)([bhwg]?)\s+(.+)$/.exec(args.trim());
  if (!m) return ["usage: x/<n><fmt><size> <addr>, e.g. x/8xb r10-8 (fmt x d u; size b h w g)"];
  const s = c.snapshot;
  if (!s) return noSession;
  const count = Math.min(Number(m[1] || 1), 256);
  const fmt = m[2] || "x";
  const size = SIZES[m[3] || "b"];
  const addr = address(m[4], s);
  if (typeof addr === "string") return [addr];
  const bytes = bytesAt(s, addr, count * size);
  if (!bytes) return [`0x${addr.toString(16)}: not in the stack, the context or the packet the session shows`];
  const out: string[] = [];
  const perLine = Math.max(1, 16 / size);
  for (let k = 0; k < count; k += perLine) {
    const vals: string[] = [];
    for (let j = k; j < Math.min(count, k + perLine); j++) {
      let v = 0n;
      for (let b = size - 1; b >= 0; b--) v = (v << 8n) | BigInt(bytes[j * size + b]);
      vals.push(fmt === "x" ? `0x${v.toString(16).padStart(size * 2, "0")}` : fmt === "d" ? BigInt.asIntN(size * 8, v).toString() : v.toString());
    }
    out.push(`0x${(addr + BigInt(k * size)).toString(16)}:  ${vals.join("  ")}`);
  }
  return out;
}

/** `r10-16`, `fp-8` (r10), `r1+4`, `0x...`: an address from the registers the session shows. */
function address(text: string, s: Snapshot): bigint | string {
  const m = /^(?:(r\d+|fp)\s*(?:([+-])\s*(0x[0-9a-f]+|\d+))?|(0x[0-9a-f]+))$/i.exec(text.trim());
  if (!m) return `cannot read the address '${text}': write r10-8, fp-16, r1+4 or 0x...`;
  if (m[4]) return BigInt(m[4]);
  const reg = m[1].toLowerCase() === "fp" ? 10 : Number(m[1].slice(1));
  if (reg > 10) return `no register ${m[1]}`;
  const base = BigInt(s.regs[reg].u64);
  const off = m[3] ? BigInt(m[3]) * (m[2] === "-" ? -1n : 1n) : 0n;
  return BigInt.asUintN(64, base + off);
}

function print(args: string, c: ConsoleContext): string[] {
  const m = /^(\/x)?\s*(.+)$/.exec(args.trim());
  if (!m) return ["usage: print[/x] <register|local>"];
  const what = m[2].trim();
  const hex = !!m[1];
  const r = /^([rw])(\d+)$/.exec(what);
  if (r) {
    const s = c.snapshot;
    if (!s) return noSession;
    const k = Number(r[2]);
    if (k > 10) return [`no register ${what}`];
    let v = BigInt(s.regs[k].u64);
    if (r[1] === "w") v &= 0xffffffffn;
    const signed = r[1] === "w" ? BigInt.asIntN(32, v) : BigInt.asIntN(64, v);
    return [`${what} = ${hex ? `0x${v.toString(16)}` : signed.toString()}${s.regs[k].points && r[1] === "r" ? `  (→ ${s.regs[k].points})` : ""}`];
  }
  const local = c.locals.find((l) => l.name === what);
  if (local) return [`${what} = ${local.value}  (${local.type})`];
  return [`no register or C local named '${what}' here`];
}

function mapCmd(args: string, c: ConsoleContext): string[] {
  const [sub, name] = args.trim().split(/\s+/);
  const maps = c.snapshot?.maps;
  if (sub === "list") {
    if (!maps) return noSession;
    return maps.length ? maps.map((m) => `${m.name}: ${m.type}, key ${m.keySize} B, value ${m.valueSize} B, ${m.entries.length}/${m.maxEntries} entries`) : ["the program has no maps"];
  }
  if (sub === "dump" && name) {
    if (!maps) return noSession;
    const m = maps.find((x) => x.name === name);
    if (!m) return [`no map '${name}' (maps: ${maps.map((x) => x.name).join(", ") || "none"})`];
    if (!m.entries.length) return [`${name}: empty`];
    const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join(" ");
    return m.entries.map((e) => `key: ${hex(e.key) || "-"}  value: ${hex(e.value)}${e.discarded ? "  (discarded)" : ""}`);
  }
  if ((sub === "update" || sub === "delete") && name) return mapEdit(sub, name, args.trim().replace(/^\S+\s+\S+\s*/, ""), c);
  return ["usage: map list | map dump <name> | map update <name> key <hex> value <hex> | map delete <name> key <hex>"];
}

/** `map update` and `map delete`: the seeds change, and a fresh session starts with them. */
function mapEdit(sub: "update" | "delete", name: string, rest: string, c: ConsoleContext): string[] {
  const m = c.maps.find((x) => x.name === name);
  if (!m) return [`no map '${name}' (maps: ${c.maps.map((x) => x.name).join(", ") || "none"})`];
  if (!seedable(m)) return [`map ${name} is a ${m.type} map: it takes no entries from here`];
  const kv = parseKeyValue(rest, m, sub === "update");
  if (typeof kv === "string") return [kv];
  if (sub === "update") {
    const unfit = checkSeeds([m], [{ name, entries: [{ keyHex: toHex(kv.key), valueHex: toHex(kv.value!) }] }]).problems[0];
    if (unfit) return [unfit.message];
    c.setSeeds(upsertSeed(c.seeds, name, kv.key, kv.value!));
    c.reset();
    return [`${name}[${spacedHex(kv.key)}] = ${spacedHex(kv.value!)}: seeded; the session starts again with it`];
  }
  const had = c.seeds.find((s) => s.name === name)?.entries.length ?? 0;
  const seeds = deleteSeed(c.seeds, name, kv.key);
  if ((seeds.find((s) => s.name === name)?.entries.length ?? 0) === had) return [`${name} has no seeded entry with key ${spacedHex(kv.key)}`];
  c.setSeeds(seeds);
  c.reset();
  return [`${name}[${spacedHex(kv.key)}] deleted from the seeds; the session starts again without it`];
}
