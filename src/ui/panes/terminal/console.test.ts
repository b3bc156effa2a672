import { describe, expect, it } from "vitest";
import type { DebugCommand } from "../../../protocol/index.ts";
import type { Snapshot } from "../../../core/vm/snapshot.ts";
import { complete, runLine } from "./console.ts";
import type { ConsoleContext } from "./console.ts";

const STACK = new Uint8Array(512);
STACK.set([1, 2, 3, 4, 0xff, 0xff, 0xff, 0xff], 504); // fp-8 .. fp-1
const reg = (v: bigint, points?: string) => ({ hex: "0x" + v.toString(16).padStart(16, "0"), u64: v.toString(), s64: BigInt.asIntN(64, v).toString(), ...(points ? { points } : {}) });
const FP = 0xff00000400001200n;
const SNAP = {
  status: "paused",
  pc: 3,
  regs: [reg(0n), reg(0xff00000100001000n, "ctx"), reg(0xffffffffn), ...Array.from({ length: 7 }, () => reg(0n)), reg(FP, "stack fp")],
  changed: [],
  frames: [{ depth: 0, callPc: -1, retPc: -1, base: "0x" + (FP - 512n).toString(16), stack: STACK }],
  memory: [],
  maps: [{ name: "counts", type: "hash", keySize: 4, valueSize: 8, maxEntries: 16, entries: [{ key: Uint8Array.of(6, 0, 0, 0), value: Uint8Array.of(2, 0, 0, 0, 0, 0, 0, 0) }] }],
  trace: [],
  executed: 3,
  history: { length: 3, limit: 100000 },
} as unknown as Snapshot;

function context(o: Partial<ConsoleContext> = {}) {
  const sent: DebugCommand[] = [];
  const bps: { line: number; condition?: string }[] = [];
  const c: ConsoleContext = {
    snapshot: SNAP,
    locals: [{ name: "proto", type: "__u32", where: "r7", value: "6" }],
    listing: ["0: r0 = 0", "1: exit"],
    breakpoints: bps,
    maps: [{ name: "counts", type: "hash", keySize: 4, valueSize: 8, maxEntries: 16 }, { name: "events", type: "ringbuf", keySize: 0, valueSize: 0, maxEntries: 4096 }],
    seeds: [],
    setSeeds: () => {},
    isC: true,
    verdict: "accepted: 2 instructions processed",
    command: (x) => void sent.push(x),
    setBreakpoint: (line, condition) => void bps.push({ line, ...(condition ? { condition } : {}) }),
    removeBreakpoint: (line) => void bps.splice(bps.findIndex((b) => b.line === line), 1),
    reset: () => {},
    clear: () => {},
    ...o,
  };
  return { c, sent, bps };
}

describe("the terminal's commands", () => {
  it("drive the debugger as gdb's words do, by C statement in C and by instruction with stepi/nexti", () => {
    const { c, sent } = context();
    for (const w of ["step", "s", "next", "finish", "continue", "back", "stepi", "ni", "run"]) runLine(w, c);
    expect(sent).toEqual([
      { kind: "step", lines: true }, { kind: "step", lines: true }, { kind: "stepOver", lines: true }, { kind: "stepOut", lines: true },
      { kind: "continue" }, { kind: "stepBack", lines: true }, { kind: "step" }, { kind: "stepOver" }, { kind: "run" },
    ]);
    const asm = context({ isC: false });
    runLine("step", asm.c);
    expect(asm.sent).toEqual([{ kind: "step", lines: false }]);
  });

  it("set, list and delete breakpoints with conditions", () => {
    const { c, bps } = context();
    expect(runLine("break 12 if r1 == 0", c)).toEqual(["breakpoint at line 12 if r1 == 0"]);
    runLine("b 14", c);
    expect(bps).toEqual([{ line: 12, condition: "r1 == 0" }, { line: 14 }]);
    expect(runLine("info breakpoints", c)).toEqual(["line 12 if r1 == 0", "line 14"]);
    expect(runLine("delete 12", c)).toEqual(["deleted the breakpoint on line 12"]);
    expect(runLine("delete", c)).toEqual(["deleted 1 breakpoint"]);
    expect(runLine("break x", c)[0]).toMatch(/^usage: break/);
  });

  it("show registers, memory, locals and maps from the session", () => {
    const { c } = context();
    expect(runLine("info registers", c)[1]).toContain("→ ctx");
    expect(runLine("print w2", c)).toEqual(["w2 = -1"]);
    expect(runLine("print/x r2", c)).toEqual(["r2 = 0xffffffff"]);
    expect(runLine("p proto", c)).toEqual(["proto = 6  (__u32)"]);
    expect(runLine("x/2xw r10-8", c)).toEqual([`0x${(FP - 8n).toString(16)}:  0x04030201  0xffffffff`]);
    expect(runLine("x/1dw fp-4", c)).toEqual([`0x${(FP - 4n).toString(16)}:  -1`]);
    expect(runLine("x/4xb r10+8", c)[0]).toMatch(/not in the stack, the context or the packet/);
    expect(runLine("map list", c)).toEqual(["counts: hash, key 4 B, value 8 B, 1/16 entries"]);
    expect(runLine("map dump counts", c)).toEqual(["key: 06 00 00 00  value: 02 00 00 00 00 00 00 00"]);
    expect(runLine("map dump nope", c)).toEqual(["no map 'nope' (maps: counts)"]);
    expect(runLine("prog dump", c)).toEqual(["0: r0 = 0", "1: exit"]);
    expect(runLine("verify", c)).toEqual(["accepted: 2 instructions processed"]);
  });

  it("say what is wrong with a line, and what there is before a session starts", () => {
    const { c } = context({ snapshot: undefined });
    expect(runLine("frobnicate", c)).toEqual(["unknown command 'frobnicate': type help for the commands"]);
    expect(runLine("info registers", c)[0]).toMatch(/no session yet/);
    expect(runLine("help x", c)[0]).toMatch(/^x\/<n><fmt><size> <addr>: examine memory/);
    expect(runLine("help", c).length).toBeGreaterThan(15);
    expect(runLine("   ", c)).toEqual([]);
  });

  it("complete commands, info topics, map names and locals", () => {
    const { c } = context();
    expect(complete("st", c)).toEqual(["step", "stepi"]);
    expect(complete("info re", c)).toEqual(["registers"]);
    expect(complete("map dump co", c)).toEqual(["counts"]);
    expect(complete("print pr", c)).toEqual(["proto"]);
  });

  it("map update and map delete change the seeds and start the session again", () => {
    let seeds: readonly { name: string; entries: readonly { keyHex: string; valueHex: string }[] }[] = [];
    let resets = 0;
    // the pane makes a context for each line entered, from the stores as they are then
    const run = (line: string) => runLine(line, context({ seeds, setSeeds: (x) => void (seeds = x), reset: () => void resets++ }).c);
    expect(run("map update counts key 01 00 00 00 value 2a 00 00 00 00 00 00 00")).toEqual(["counts[01 00 00 00] = 2a 00 00 00 00 00 00 00: seeded; the session starts again with it"]);
    expect(seeds).toEqual([{ name: "counts", entries: [{ keyHex: "01000000", valueHex: "2a00000000000000" }] }]);
    expect(run("map update counts key 01000000 value 0700000000000000")[0]).toMatch(/seeded/);
    expect(seeds[0].entries).toEqual([{ keyHex: "01000000", valueHex: "0700000000000000" }]);
    expect(resets).toBe(2);
    expect(run("map delete counts key 02 00 00 00")).toEqual(["counts has no seeded entry with key 02 00 00 00"]);
    expect(run("map delete counts key 01 00 00 00")).toEqual(["counts[01 00 00 00] deleted from the seeds; the session starts again without it"]);
    expect(seeds).toEqual([]);
    expect(resets).toBe(3);
  });

  it("map update and map delete refuse an unknown map, a wrong size and a map that takes no entries", () => {
    const { c } = context({ setSeeds: () => expect.unreachable("no seeds on an error"), reset: () => expect.unreachable("no restart on an error") });
    expect(runLine("map update nope key 00 value 00", c)).toEqual(["no map 'nope' (maps: counts, events)"]);
    expect(runLine("map update counts key 01 00 value 00", c)).toEqual(["key is 2 bytes; map counts takes 4"]);
    expect(runLine("map update counts key 01 00 00 00 value 01", c)).toEqual(["value is 1 byte; map counts takes 8"]);
    expect(runLine("map update counts key 01 00 00 00", c)).toEqual(["usage: map update <name> key <hex> value <hex>"]);
    expect(runLine("map delete counts key xyz", c)).toEqual(["key: 'x' is not a hex digit"]);
    expect(runLine("map update events key 00 value 00", c)).toEqual(["map events is a ringbuf map: it takes no entries from here"]);
    const arr = context({ maps: [{ name: "stats", type: "array", keySize: 4, valueSize: 8, maxEntries: 2 }], setSeeds: () => expect.unreachable("no seeds on an error") }).c;
    expect(runLine("map update stats key 02 00 00 00 value 00 00 00 00 00 00 00 00", arr)).toEqual(["index 2 is past the end of stats (max_entries 2)"]);
    expect(runLine("map frob", c)[0]).toMatch(/^usage: map list \| map dump <name> \| map update/);
  });

  it("help lists map update and map delete; Tab completes their words and the map names", () => {
    const { c } = context();
    const help = runLine("help", c).join("\n");
    expect(help).toContain("map update <name> key <hex> value <hex>");
    expect(help).toContain("map delete <name> key <hex>");
    expect(complete("map u", c)).toEqual(["update"]);
    expect(complete("map d", c)).toEqual(["delete", "dump"]);
    expect(complete("map update c", c)).toEqual(["counts"]);
    expect(complete("map delete ", c)).toEqual(["counts", "events"]);
    expect(complete("map update counts k", c)).toEqual(["key"]);
    expect(complete("ma", c)).toEqual(["map"]);
  });
});
