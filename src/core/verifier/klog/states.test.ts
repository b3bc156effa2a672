import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { regViewText, slotViewText } from "../view.ts";
import { parseKernelLog } from "./parse.ts";
import { frameOfLogState, parseRegText, parseSlotText } from "./states.ts";

const LOGS = JSON.parse(readFileSync(fileURLToPath(new URL("../../../../test/verifier/kernel_logs.json", import.meta.url)), "utf8")) as Record<string, Record<string, string[]>>;

describe("kernel state text", () => {
  it("reads registers into views", () => {
    expect(parseRegText("ctx()")).toMatchObject({ type: "ctx", off: 0 });
    expect(parseRegText("fp-8")).toMatchObject({ type: "fp", off: -8 });
    expect(parseRegText("P5")).toMatchObject({ type: "scalar", precise: true, value: 5n });
    expect(parseRegText("pkt(off=14,r=14)")).toMatchObject({ type: "pkt", off: 14, range: 14 });
    expect(parseRegText("map_value(map=counts,ks=4,vs=8)")).toMatchObject({ type: "map_value", map: { name: "counts", keySize: 4, valueSize: 8 } });
    const s = parseRegText("scalar(smin=smin32=0,smax=umax=smax32=umax32=255,var_off=(0x0; 0xff))")!;
    expect(s.bounds?.umax).toBe(255n);
    expect(s.varOff).toEqual({ value: 0n, mask: 0xffn });
    expect(parseRegText("nonsense")).toBeUndefined();
  });

  it("reads stack slots", () => {
    expect(parseSlotText(-8, "mmmmmmmm")).toEqual({ off: -8, bytes: "mmmmmmmm" });
    expect(parseSlotText(-8, "0")).toEqual({ off: -8, bytes: "00000000" });
    expect(parseSlotText(-16, "ctx()")).toMatchObject({ bytes: "rrrrrrrr", spilled: { type: "ctx" } });
    expect(parseSlotText(-8, "mmmm0")?.bytes).toBe("mmmm0000");
  });

  it("prints back every register and slot the kernel printed in test/verifier's logs", () => {
    let values = 0;
    const wrong: string[] = [];
    for (const [name, levels] of Object.entries(LOGS)) {
      for (const lines of Object.values(levels)) {
        if (!Array.isArray(lines)) continue;
        for (const s of parseKernelLog(lines.join("\n")).states) {
          const { frame } = frameOfLogState(s);
          const printed = new Map<string, string>([...frame.regs.map(({ no, reg }) => [`R${no}`, regViewText(reg)] as const), ...frame.slots.map((sl) => [`fp${sl.off}`, slotViewText(sl)] as const)]);
          for (const [k, v] of Object.entries(s.values)) {
            if (k === "refs") continue;
            values++;
            // (a pointer into another frame's stack keeps its frame number: RegView.stackFrame)
            if (printed.get(k) !== v) wrong.push(`${name}: ${k}=${v} -> ${printed.get(k) ?? "(unread)"}`);
          }
        }
      }
    }
    expect(values).toBeGreaterThan(5_000);
    expect(wrong.slice(0, 60)).toEqual([]);
  });
});
