import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { REJECTIONS, rejectionText } from "../codes.ts";
import { classifyKernelMessage } from "./classify.ts";
import { parseKernelLog } from "./parse.ts";

const LOGS = JSON.parse(readFileSync(fileURLToPath(new URL("../../../../test/verifier/kernel_logs.json", import.meta.url)), "utf8")) as Record<string, Record<string, string[] | null>>;

describe("classifyKernelMessage", () => {
  it("reads a message back into its code and parameters", () => {
    expect(classifyKernelMessage("R2 !read_ok")).toEqual({ code: "uninit-reg", params: { regno: 2 } });
    expect(classifyKernelMessage("invalid access to packet, off=0 size=1, R2(id=0,off=0,r=0)")).toEqual({ code: "pkt-bounds", params: { off: 0, size: 1, regno: 2, id: 0, range: 0 } });
    expect(classifyKernelMessage("invalid access to map value, value_size=8 off=8 size=8", "R0 max value is outside of the allowed memory range")).toEqual({
      code: "map-bounds",
      params: { valueSize: 8, off: 8, size: 8, regno: 0, bound: "max" },
    });
    expect(classifyKernelMessage("the sky is falling")).toBeUndefined();
  });

  it("gives back the code of every message the registry renders", () => {
    // each template rendered with plain parameters reads back as its own code
    const sample = { regno: 3, off: 4, size: 2, id: 1, range: 0, type: "scalar", value: "-1", valueSize: 8, memSize: 16, bound: "max", dir: "read from", varOff: "(0x0; 0xff)", op: "|=", processed: 9, insn: 5, from: 1, to: 9 };
    const wrong: string[] = [];
    for (const code of ["uninit-reg", "pkt-bounds", "bad-deref", "ctx-access", "stack-bounds", "map-bounds", "fp-write", "ptr-arith-null"] as const) {
      const { message } = rejectionText(code, sample as never);
      if (classifyKernelMessage(message)?.code !== code) wrong.push(`${code}: ${message}`);
    }
    expect(wrong).toEqual([]);
    expect(Object.keys(REJECTIONS).length).toBeGreaterThan(50);
  });

  it("classifies most rejections in test/verifier's kernel logs", () => {
    let errors = 0, known = 0;
    for (const levels of Object.values(LOGS)) {
      const lines = levels["1"];
      if (!Array.isArray(lines)) continue;
      const e = parseKernelLog(lines.join("\n")).error;
      if (!e) continue;
      errors++;
      if (classifyKernelMessage(e.message, e.lines[1])) known++;
    }
    expect(errors).toBeGreaterThan(100);
    // measured 2026-12-05: 205 of 206; a drop means a template no longer reads the kernel's words
    expect(known / errors).toBeGreaterThan(0.99);
  });
});
