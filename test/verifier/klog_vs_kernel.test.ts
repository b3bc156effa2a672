// The kernel log reader (src/core/verifier/klog) against real kernel logs: every level-1 and level-2
// log the kernel wrote for the programs in programs/ (kernel_logs.json, recorded by record.ts from
// BPF_PROG_LOAD on Linux 6.18) is read with no line left over; every instruction the log shows,
// rebuilt from its text, has the bytes of the program the kernel was given; the error is the key
// error line kernel_verdicts.json holds; and the states read back print as the kernel printed them.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseKernelLog, parseStateText } from "../../src/core/verifier/klog/parse.ts";
import { loadCase, PROGRAMS } from "./cases.ts";

const LOGS = JSON.parse(readFileSync(join(__dirname, "kernel_logs.json"), "utf8")) as Record<string, { "1"?: string[]; "2"?: string[] }>;
const VERDICTS = JSON.parse(readFileSync(join(__dirname, "kernel_verdicts.json"), "utf8")) as Record<string, { accepted: boolean; error?: string | null }>;

describe("kernel verifier logs read back", () => {
  const files = readdirSync(PROGRAMS).filter((f) => f.endsWith(".s")).sort();
  it("has the recorded logs", () => {
    expect(files.length).toBeGreaterThan(300);
    expect(Object.keys(LOGS).length).toBeGreaterThan(300);
  });

  it("reads every line of every log, and rebuilds every instruction it shows with the program's bytes", () => {
    let logs = 0, insns = 0, listed = 0;
    const problems: string[] = [];
    for (const f of files) {
      const log = LOGS[f];
      if (!log) continue;
      const c = loadCase(join(PROGRAMS, f));
      // Reserved fields (`*_reserved.s`) are what the kernel refuses and its text does not show.
      const exact = !f.includes("reserved");
      for (const level of ["1", "2"] as const) {
        const text = log[level];
        if (!text) continue;
        logs++;
        const r = parseKernelLog(text.join("\n"));
        for (const u of r.unread) problems.push(`${f} level ${level} line ${u.line}: unread: ${u.text}`);
        if (level === "2" && r.instructions.length && r.level !== 2) problems.push(`${f}: level 2 not recognised`);
        for (const i of r.instructions) {
          insns++;
          if (i.error || !i.insns) {
            problems.push(`${f} pc ${i.pc}: ${i.error}`);
            continue;
          }
          i.insns.forEach((got, k) => {
            const want = c.program.insns[i.pc + k];
            // A 64-bit load of a map prints the map's kernel address: only its opcode and register are the program's.
            // So does a function's address (src 4).
            const map = i.code === 0x18 && [1, 2, 4].includes(c.program.insns[i.pc].src);
            if (!exact) return;
            const same = want && (map ? got.code === want.code && (k > 0 || got.dst === want.dst) : got.code === want.code && got.dst === want.dst && got.src === want.src && got.off === want.off && got.imm === want.imm);
            if (!same) problems.push(`${f} pc ${i.pc + k}: '${i.text}' rebuilt as ${JSON.stringify(got)}, the program has ${JSON.stringify(want)}`);
          });
        }
        // The level-2 listing shows the whole program (each instruction once; a 64-bit load takes two slots).
        if (level === "2" && r.instructions.length) {
          const slots = r.instructions.reduce((n, i) => n + (i.insns?.length ?? 1), 0);
          if (r.functions.length && slots === c.program.insns.length) listed++;
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    console.log(`kernel logs read: ${logs}, instructions rebuilt: ${insns}, level-2 listings of the whole program: ${listed}`);
    expect(logs).toBeGreaterThanOrEqual(700);
    expect(insns).toBeGreaterThanOrEqual(3900);
    expect(listed).toBeGreaterThanOrEqual(300);
  });

  it("finds the kernel's key error line and the instruction it stopped at, and nothing for accepted programs", () => {
    let rejected = 0;
    const problems: string[] = [];
    for (const f of files) {
      const text = LOGS[f]?.["1"];
      const v = VERDICTS[f];
      if (!text || !v) continue;
      const r = parseKernelLog(text.join("\n"));
      if (v.accepted) {
        if (r.error) problems.push(`${f}: accepted, but read an error '${r.error.message}'`);
        continue;
      }
      rejected++;
      if (!r.error) problems.push(`${f}: rejected, but no error read`);
      else if (v.error && !r.error.message.startsWith(v.error) && !v.error.startsWith(r.error.message)) problems.push(`${f}: error '${r.error.message}', kernel_verdicts.json has '${v.error}'`);
      if (r.processed === undefined) problems.push(`${f}: no statistics line`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(rejected).toBeGreaterThan(150);
  });

  it("reads states as the kernel printed them: each value, written marks, nested parentheses", () => {
    const s = parseStateText("R0_w=scalar(smin=0,smax=umax=255,var_off=(0x0; 0xff)) R1=ctx() R10=fp0 fp-8=mmmm???? refs=2,4");
    expect(s.values).toEqual({ R0: "scalar(smin=0,smax=umax=255,var_off=(0x0; 0xff))", R1: "ctx()", R10: "fp0", "fp-8": "mmmm????", refs: "2,4" });
    expect(s.written).toEqual(["R0"]);
    let states = 0;
    for (const f of files) {
      for (const level of ["1", "2"] as const) {
        const text = LOGS[f]?.[level];
        if (!text) continue;
        for (const st of parseKernelLog(text.join("\n")).states) {
          states++;
          const again = Object.entries(st.values).map(([k, v]) => `${k}${st.written.includes(k) ? "_w" : ""}=${v}`).join(" ");
          expect(again, `${f}: ${st.text}`).toBe(st.text.trim().replace(/\s+/g, " "));
        }
      }
    }
    console.log(`states read: ${states}`);
    expect(states).toBeGreaterThan(2000);
  });
});
