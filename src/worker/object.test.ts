import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PROTOCOL_VERSION } from "../protocol/index.ts";
import type { BuildRequest } from "../protocol/index.ts";
import { buildLog, buildObject } from "./object.ts";
import { verifyRequest } from "./verify/request.ts";

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../e2e/fixtures/${name}`, import.meta.url)));
const OBJECT = fixture("two_progs.o").toString("base64");
const LOG = fixture("two_progs.log").toString("utf8");
const request = (language: BuildRequest["language"], text: string, more: Partial<BuildRequest> = {}): BuildRequest => ({ type: "build", v: PROTOCOL_VERSION, id: 3, text, language, dialect: "llvm", ...more });

describe("an object document", () => {
  it("lists the object's programs and builds the chosen one, with its C lines to show", () => {
    const r = buildObject(request("object", OBJECT));
    expect(r.programs).toEqual([
      { name: "count_ipv4", section: "xdp", progType: "xdp" },
      { name: "read_past_end", section: "tc", progType: "sched_cls" },
    ]);
    expect(r.entry).toBe(0);
    expect(r.program?.name).toBe("count_ipv4");
    expect(r.shown?.language).toBe("c");
    expect(r.shown?.note).toContain("two_progs.c");
    const shown = r.shown!.text.split("\n");
    // the C lines sit at their own line numbers, so the line table needs no mapping
    expect(shown[r.lines[0] - 1]).toContain("ctx->data_end");
    expect(shown[16]).toBe("\tunsigned char *data = (void *)(long)ctx->data;");
    // lines without instructions are not in the object: they stay empty
    expect(shown[15]).toBe("");
    expect(r.listing.length).toBeGreaterThan(5);
    expect(r.listing.every((l) => l.line === 0 || shown[l.line - 1].trim() !== "")).toBe(true);
  });

  it("builds the program the document names", () => {
    const r = buildObject(request("object", OBJECT, { entry: "read_past_end", log: LOG }));
    expect(r.entry).toBe(1);
    expect(r.progType).toBe("sched_cls");
    expect(r.kernelLog).toBe(LOG);
  });

  it("refuses bytes that are no object, saying where", () => {
    const r = buildObject(request("object", Buffer.from("not an elf file at all").toString("base64")));
    expect(r.program).toBeUndefined();
    expect(r.problem).toMatch(/^not an object bpfplay reads: .*\+0x/);
    expect(buildObject(request("object", "%%%")).problem).toContain("not base64");
  });

  it("shows the disassembly of an object without line info", () => {
    const bytes = fixture("two_progs.o");
    // the same object with .BTF.ext's name spoilt: no line info to read
    const i = bytes.indexOf(".BTF.ext");
    const spoilt = Buffer.from(bytes);
    spoilt.write(".XXX.ext", i);
    const r = buildObject(request("object", spoilt.toString("base64")));
    expect(r.shown?.language).toBe("asm");
    expect(r.shown?.note).toContain("without -g");
    expect(r.lines.slice(0, 3)).toEqual([1, 2, 3]);
  });
});

describe("a log document", () => {
  it("rebuilds the log's instructions, with its C lines", () => {
    const r = buildLog(request("log", LOG));
    // 7 printed, and the slots up to the untaken jump's target (pc 11), not in the log
    expect(r.slots).toBe(12);
    expect(r.listing[8]).toMatchObject({ text: "; not in the log" });
    expect(r.listing.map((l) => l.text)).toContain("w1 = *(u8 *)(r1 + 20)");
    expect(r.shown?.text.split("\n")[34]).toBe("return data[20] == 0x45 ? 0 : 2;");
    expect(r.lines[6]).toBe(35);
    expect(r.kernelLog).toBe(LOG);
  });

  it("refuses text that is no log", () => {
    expect(buildLog(request("log", "hello\nworld")).problem).toContain("not a kernel verifier log");
  });

  it("answers verification with the log's verdict: states, error, its code and path", () => {
    const b = buildLog(request("log", LOG));
    const v = verifyRequest({ type: "verify", v: PROTOCOL_VERSION, id: 1, program: b.program!, dialect: "llvm", progType: "sched_cls", kernelLog: LOG, logOnly: true }).verdict!;
    expect(v.accepted).toBe(false);
    expect(v.problems).toEqual([{ pc: 6, line: 35, message: "invalid access to packet, off=20 size=1, R1(id=0,off=20,r=14)", code: "pkt-bounds", params: { off: 20, size: 1, regno: 1, id: 0, range: 14 } }]);
    expect(v.errorPath).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(v.insnsProcessed).toBe(7);
    expect(v.log).toBe(LOG);
    expect(v.states[0][0].regs.map((r) => r.no)).toEqual([1, 10]);
    expect(v.states[6][0].regs.find((r) => r.no === 3)?.reg).toMatchObject({ type: "pkt", off: 14, range: 14 });
    expect(v.cfg.blocks.length).toBeGreaterThan(1);
  });
});

describe("an object with its kernel log", () => {
  it("verifies the object and says where the kernel's log agrees", () => {
    const b = buildObject(request("object", OBJECT, { entry: "read_past_end", log: LOG }));
    const v = verifyRequest({ type: "verify", v: PROTOCOL_VERSION, id: 1, program: b.program!, dialect: "llvm", progType: "sched_cls", kernelLog: LOG }).verdict!;
    expect(v.fromLog).toBeUndefined();
    expect(v.kernel).toMatchObject({ kernel: { accepted: false, errorPc: 6 }, ours: { accepted: false, errorPc: 6 }, sameVerdict: true, sameErrorPc: true, sameMessage: true });
    // the entry's whole state, and what each of the 6 instructions after it printed
    expect(v.kernel?.compared).toBe(7);
    expect(v.kernel?.matched).toBe(7);
    expect(v.kernel?.firstDifference).toBeUndefined();
  });

  it("says so when bpfplay accepts what the kernel rejected", () => {
    const b = buildObject(request("object", OBJECT, { log: LOG }));
    const v = verifyRequest({ type: "verify", v: PROTOCOL_VERSION, id: 1, program: b.program!, dialect: "llvm", progType: "xdp", kernelLog: LOG }).verdict!;
    expect(v.accepted).toBe(true);
    expect(v.kernel).toMatchObject({ sameVerdict: false, sameErrorPc: false });
  });
});

describe("damaged input", () => {
  // a small seeded generator: the same mutations each run
  let seed = 13;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const logs = Object.values(JSON.parse(readFileSync(fileURLToPath(new URL("../../test/verifier/kernel_logs.json", import.meta.url)), "utf8")) as Record<string, Record<string, string[] | null>>)
    .flatMap((l) => Object.values(l))
    .filter((l): l is string[] => Array.isArray(l))
    .filter((_, k) => k % 7 === 0);

  it("never throws on mutated logs, through the build and the log's verdict", () => {
    let verdicts = 0;
    for (let k = 0; k < 400; k++) {
      const lines = [...logs[rand(logs.length)], LOG];
      // cut lines, swap two, flip characters
      const text = lines.join("\n").split("\n");
      const cut = rand(text.length);
      text.splice(cut, rand(4));
      const [a, b] = [rand(text.length), rand(text.length)];
      [text[a], text[b]] = [text[b], text[a]];
      let s = text.join("\n");
      for (let f = rand(6); f > 0; f--) {
        const at = rand(s.length);
        s = s.slice(0, at) + String.fromCharCode(32 + rand(90)) + s.slice(at + 1);
      }
      const b2 = buildLog(request("log", s));
      if (!b2.program) continue;
      const v = verifyRequest({ type: "verify", v: PROTOCOL_VERSION, id: 1, program: b2.program, dialect: "llvm", progType: "xdp", kernelLog: s, logOnly: true });
      expect(v.type).toBe("verified");
      verdicts++;
    }
    expect(verdicts).toBeGreaterThan(300);
  });

  it("never throws on mutated objects", () => {
    const bytes = fixture("two_progs.o");
    for (let k = 0; k < 300; k++) {
      const b = Buffer.from(bytes.subarray(0, rand(3) === 0 ? rand(bytes.length) : bytes.length));
      for (let f = 1 + rand(8); f > 0; f--) b[rand(b.length)] = rand(256);
      const r = buildObject(request("object", b.toString("base64"), { log: rand(2) ? LOG : undefined }));
      expect(r.type).toBe("built");
      if (r.program && r.kernelLog) expect(verifyRequest({ type: "verify", v: PROTOCOL_VERSION, id: 1, program: r.program, dialect: "llvm", progType: "xdp", kernelLog: r.kernelLog }).type).toBe("verified");
    }
  });
});
