// Decoding output records by a C type: integers (signed, in decimal, hex beside), char arrays as
// strings, arrays of numbers as lists, nested structs by dotted name, short and long records.
import { describe, expect, it } from "vitest";
import type { TypeDesc } from "../program.ts";
import { decodeOutputLine, decodeRecord, recordChoices, recordTypeOf } from "./records.ts";

// struct conn { __s16 delta; __u16 port; struct { __u32 saddr; __u32 daddr; } addr; __u8 mac[2]; char comm[4]; __u32 lens[2]; void *p; }
const T: TypeDesc[] = [
  { kind: "struct", name: "struct conn", size: 36, members: [
    { name: "delta", type: 1, offset: 0 }, { name: "port", type: 2, offset: 2 }, { name: "addr", type: 3, offset: 4 },
    { name: "mac", type: 5, offset: 12 }, { name: "comm", type: 7, offset: 14 }, { name: "lens", type: 8, offset: 18 }, { name: "p", type: 9, offset: 28 },
  ] },
  { kind: "int", name: "__s16", size: 2, signed: true },
  { kind: "int", name: "__u16", size: 2, signed: false },
  { kind: "struct", name: "struct (anonymous)", size: 8, members: [{ name: "saddr", type: 4, offset: 0 }, { name: "daddr", type: 4, offset: 4 }] },
  { kind: "int", name: "__u32", size: 4, signed: false },
  { kind: "array", name: "__u8[2]", of: 6, len: 2 },
  { kind: "int", name: "__u8", size: 1, signed: false },
  { kind: "array", name: "char[4]", of: 10, len: 4 },
  { kind: "array", name: "__u32[2]", of: 4, len: 2 },
  { kind: "ptr", name: "void *", to: 11 },
  { kind: "int", name: "char", size: 1, signed: true },
  { kind: "void", name: "void" },
];

const bytes = Uint8Array.from([
  0xfe, 0xff, 0x01, 0xbb, 0x0a, 0x00, 0x00, 0x02, 0x01, 0x01, 0x01, 0x01, 0xaa, 0xbb, 0x73, 0x73, 0x68, 0x00,
  0x10, 0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
]);

describe("records decoded by C type", () => {
  it("every member by name, as its type reads", () => {
    const d = decodeRecord(bytes, T, 0);
    expect(d.type).toBe("struct conn");
    expect(d.note).toBeUndefined();
    expect(d.fields.map((f) => [f.name, f.text, f.hex])).toEqual([
      ["delta", "-2", "0xfffe"],
      ["port", "47873", "0xbb01"],
      ["addr.saddr", "33554442", "0x200000a"],
      ["addr.daddr", "16843009", "0x1010101"],
      ["mac", "[170, 187]", "aa bb"],
      ["comm", '"ssh"', "73 73 68 00"],
      ["lens", "[16, 32]", "10 00 00 00 20 00 00 00"],
      ["p", "0x1000", "0x1000"],
    ]);
  });

  it("a short record leaves the members past its end empty and says so; a long one says what is left", () => {
    const d = decodeRecord(bytes.subarray(0, 16), T, 0);
    expect(d.note).toBe("the record is 16 bytes; struct conn takes 36: the members past its end are left empty");
    expect(d.fields.filter((f) => f.missing).map((f) => f.name)).toEqual(["comm", "lens", "p"]);
    expect(decodeRecord(Uint8Array.from([...bytes, 1, 2]), T, 0).note).toBe("the record is 38 bytes; struct conn takes 36: the last 2 are not decoded");
  });

  it("a string with bytes that are not printable keeps them visible", () => {
    const d = decodeRecord(Uint8Array.from([0, 0, 0, 0, ...new Uint8Array(10), 0x61, 0x0a, 0x22, 0x62]), T, 0);
    expect(d.fields.find((f) => f.name === "comm")?.text).toBe('"a\\x0a\\"b"');
  });

  it("the type of a map's records when the writes agree; the named structs to choose from", () => {
    const debug = { types: T, vars: [], records: [{ map: "rb", type: 0, line: 3 }, { map: "rb", type: 0, line: 9 }, { map: "mixed", type: 0, line: 4 }, { map: "mixed", type: 3, line: 5 }] };
    expect(recordTypeOf(debug, "rb")).toBe(0);
    expect(recordTypeOf(debug, "mixed")).toBeUndefined();
    expect(recordTypeOf(debug, "none")).toBeUndefined();
    expect(recordChoices(debug)).toEqual([{ index: 0, name: "struct conn", size: 36 }]);
  });
});

describe("a stream's output line decoded", () => {
  it("by the map's record type; other lines as they are", () => {
    const debug = { types: T, vars: [], records: [{ map: "rb", type: 0, line: 3 }] };
    const hex = Array.from(bytes, (x) => x.toString(16).padStart(2, "0")).join("");
    expect(decodeOutputLine(`ringbuf rb: ${hex}`, debug)).toBe('ringbuf rb: { delta = -2, port = 47873, addr.saddr = 33554442, addr.daddr = 16843009, mac = [170, 187], comm = "ssh", lens = [16, 32], p = 0x1000 }');
    expect(decodeOutputLine(`ringbuf other: ${hex}`, debug)).toBe(`ringbuf other: ${hex}`);
    expect(decodeOutputLine("hello from bpf_printk", debug)).toBe("hello from bpf_printk");
  });
});
