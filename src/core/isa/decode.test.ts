import { describe, expect, it } from "vitest";
import { decodeAll, decodeAt, insn, OPS, readSlot, writeSlot, encodeInsns, decodeSlots, opsByCode } from "./index.ts";

describe("slots", () => {
  it("encode little-endian with src in the high nibble (RFC 9669 3)", () => {
    // r1 = *(u32 *)(r10 - 4): opcode 0x61, dst 1, src 10, off -4
    expect([...encodeInsns([insn(0x61, 1, 10, -4, 0)])]).toEqual([0x61, 0xa1, 0xfc, 0xff, 0, 0, 0, 0]);
    const b = new Uint8Array(8);
    writeSlot(b, 0, insn(0xb7, 0, 0, 0, -2));
    expect(readSlot(b, 0)).toEqual({ code: 0xb7, dst: 0, src: 0, off: 0, imm: -2 });
  });
  it("report a trailing partial slot", () => {
    expect(decodeSlots(new Uint8Array(12)).trailing).toBe(4);
  });
});

describe("the table", () => {
  it("has unique ids and no two forms matching the same slot", () => {
    expect(new Set(OPS.map((s) => s.id)).size).toBe(OPS.length);
    for (const s of OPS) {
      const twins = opsByCode(s.code).filter((t) => t !== s && JSON.stringify(t.match) === JSON.stringify(s.match));
      expect(twins.map((t) => t.id), s.id).toEqual([]);
    }
  });
});

describe("decoding never throws", () => {
  it("gives a reason for every kind of invalid slot", () => {
    const reason = (...slots: ReturnType<typeof insn>[]) => {
      const d = decodeAt(slots, 0);
      return d.valid ? "valid" : d.reason;
    };
    expect(reason(insn(0x00))).toBe("unknown opcode 0x00");
    expect(reason(insn(0x8c, 1))).toBe("unknown opcode 0x8c"); // neg has no register form
    expect(reason(insn(0x3f, 1, 2, 2))).toBe("invalid off 2 for opcode 0x3f"); // div: off 0 or 1 only
    expect(reason(insn(0xd4, 1, 0, 0, 8))).toBe("invalid imm 8 for opcode 0xd4"); // le8 does not exist
    expect(reason(insn(0x85, 0, 3))).toBe("invalid src 3 for opcode 0x85");
    expect(reason(insn(0x95, 1))).toBe("reserved field dst is 1, must be 0 (exit)");
    expect(reason(insn(0x18, 1))).toBe("incomplete lddw: the second slot is missing");
    expect(reason(insn(0x18, 1), insn(0x07))).toBe("invalid lddw second half: opcode, registers and offset must be 0");
    expect(reason(insn(0x18, 1, 1), insn(0, 0, 0, 0, 5))).toBe("reserved field imm of the second slot is 5, must be 0 (lddw_map_fd)");
  });
  it("decodes every one of 65536 opcode/register combinations without throwing", () => {
    let valid = 0;
    for (let code = 0; code < 256; code++)
      for (let regs = 0; regs < 256; regs++) {
        const d = decodeAll([insn(code, regs & 15, regs >> 4, 0, 0), insn(0)]);
        if (d[0].valid) valid++;
      }
    expect(valid).toBeGreaterThan(0);
  });
});
