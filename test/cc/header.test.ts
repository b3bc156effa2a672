// The program header format (README.md) and the packet presets.
import { describe, expect, it } from "vitest";
import { parseHeader, programs } from "./header.ts";
import { PACKETS } from "./packets.ts";

describe("test/cc program headers", () => {
  it("reads every key", () => {
    const h = parseHeader(
      ["// about: one", "// about: two", "// packet: arp", "// ctx: 01 02", "// ctx: 03", "// init: m:0100:ff00", "// init: jmp:00000000:@other", "// repeat: 3", "// entry: main", "// cpu: v4", "// kernel: load-only", "#include <x.h>", "// packet: ipv4-tcp"].join("\n"),
      "t.c",
    );
    expect(h).toEqual({
      about: "one two",
      entry: "main",
      packetHex: Buffer.from(PACKETS.arp).toString("hex"),
      ctxHex: "010203",
      inits: [
        { map: "m", key: "0100", value: "ff00" },
        { map: "jmp", key: "00000000", prog: "other" },
      ],
      repeat: 3,
      cpu: 4,
      loadOnly: true,
    });
  });

  it("refuses unknown keys, bad hex, bad seeds and bad cpus", () => {
    expect(() => parseHeader("// colour: red", "t.c")).toThrow(/unknown header key 'colour'/);
    expect(() => parseHeader("// packet: not-a-preset", "t.c")).toThrow(/not hex/);
    expect(() => parseHeader("// init: m:00", "t.c")).toThrow(/MAP:KEYHEX:VALUEHEX/);
    expect(() => parseHeader("// cpu: v2", "t.c")).toThrow(/v3 or v4/);
    expect(() => parseHeader("// repeat: 0", "t.c")).toThrow(/positive/);
  });

  it("has presets that are well-formed Ethernet frames", () => {
    for (const [name, p] of Object.entries(PACKETS)) {
      expect(p.length, name).toBeGreaterThanOrEqual(14);
      const type = (p[12] << 8) | p[13];
      expect([0x0800, 0x86dd, 0x0806, 0x8100], name).toContain(type);
    }
  });

  it("every program's header parses and names a program type through its SEC", () => {
    for (const p of programs()) expect(p.source, p.name).toMatch(/SEC\("[^".][^"]*"\)/);
  });
});
