import { describe, expect, it } from "vitest";
import { checkSeeds, clearSeeds, deleteSeed, formatTyped, parseHexBytes, parseKeyValue, parseTyped, runSeeds, upsertSeed } from "./seeds.ts";

const counts = { name: "counts", type: "hash", keySize: 4, valueSize: 8, maxEntries: 2 };
const b = (...x: number[]) => new Uint8Array(x);

describe("typing keys and values", () => {
  it("reads hex bytes in memory order, with spaces, commas or 0x", () => {
    expect(parseHexBytes("01 00 00 00")).toEqual(b(1, 0, 0, 0));
    expect(parseHexBytes("0x2a,0x00")).toEqual(b(0x2a, 0));
    expect(parseHexBytes("abc")).toBe("3 hex digits do not make whole bytes");
    expect(parseHexBytes("0g")).toBe("'g' is not a hex digit");
    expect(parseHexBytes(" ")).toBe("no bytes given");
  });

  it("takes hex of exactly the field's size", () => {
    expect(parseTyped("01 02 03 04", 4, "hex")).toEqual(b(1, 2, 3, 4));
    expect(parseTyped("01 02", 4, "hex")).toBe("2 bytes given; it takes 4");
  });

  it("writes numbers little-endian and refuses those that do not fit", () => {
    expect(parseTyped("258", 4, "unsigned")).toEqual(b(2, 1, 0, 0));
    expect(parseTyped("0xff", 1, "unsigned")).toEqual(b(0xff));
    expect(parseTyped("-1", 2, "signed")).toEqual(b(0xff, 0xff));
    expect(parseTyped("-129", 1, "signed")).toBe("-129 does not fit 1 byte signed (-128..127)");
    expect(parseTyped("256", 1, "unsigned")).toBe("256 does not fit 1 byte unsigned (0..255)");
    expect(parseTyped("-1", 4, "unsigned")).toBe("-1 does not fit 4 bytes unsigned (0..4294967295)");
    expect(parseTyped("18446744073709551615", 8, "unsigned")).toEqual(b(255, 255, 255, 255, 255, 255, 255, 255));
    expect(parseTyped("1.5", 4, "signed")).toBe("'1.5' is not a whole number");
    expect(parseTyped("1", 3, "unsigned")).toBe("a 3-byte field takes hex bytes, not a number");
  });

  it("shows bytes back in each format", () => {
    expect(formatTyped(b(0xff, 0xff, 0xff, 0xff), "signed")).toBe("-1");
    expect(formatTyped(b(0xff, 0xff, 0xff, 0xff), "unsigned")).toBe("4294967295");
    expect(formatTyped(b(1, 0), "hex")).toBe("01 00");
    expect(formatTyped(b(1, 2, 3), "unsigned")).toBe("01 02 03");
  });
});

describe("seeds", () => {
  it("insert, edit in place, delete and clear", () => {
    let s = upsertSeed([], "counts", b(1, 0, 0, 0), b(5, 0, 0, 0, 0, 0, 0, 0));
    s = upsertSeed(s, "counts", b(2, 0, 0, 0), b(6, 0, 0, 0, 0, 0, 0, 0));
    s = upsertSeed(s, "counts", b(1, 0, 0, 0), b(7, 0, 0, 0, 0, 0, 0, 0));
    expect(s).toEqual([{ name: "counts", entries: [{ keyHex: "01000000", valueHex: "0700000000000000" }, { keyHex: "02000000", valueHex: "0600000000000000" }] }]);
    s = deleteSeed(s, "counts", b(1, 0, 0, 0));
    expect(s[0].entries.map((e) => e.keyHex)).toEqual(["02000000"]);
    expect(deleteSeed(s, "counts", b(2, 0, 0, 0))).toEqual([]);
    expect(clearSeeds(upsertSeed(s, "other", b(1), b(1)), "counts")).toEqual([{ name: "other", entries: [{ keyHex: "01", valueHex: "01" }] }]);
  });

  it("keeps what the maps can take and says why the rest waits", () => {
    const seeds = [
      { name: "counts", entries: [{ keyHex: "01000000", valueHex: "0100000000000000" }, { keyHex: "0100", valueHex: "0100000000000000" }, { keyHex: "02000000", valueHex: "01" }, { keyHex: "03000000", valueHex: "0300000000000000" }, { keyHex: "04000000", valueHex: "0400000000000000" }] },
      { name: "gone", entries: [{ keyHex: "00", valueHex: "00" }] },
      { name: "events", entries: [{ keyHex: "00", valueHex: "00" }] },
    ];
    const r = checkSeeds([counts, { name: "events", type: "ringbuf", keySize: 0, valueSize: 0, maxEntries: 4096 }], seeds);
    expect(r.usable).toEqual([{ name: "counts", entries: [seeds[0].entries[0], seeds[0].entries[3]] }]);
    expect(r.problems.map((p) => p.message)).toEqual([
      "key is 2 bytes; counts takes 4",
      "value is 1 byte; counts takes 8",
      "3 seeds for 2 entries: the first 2 are used",
      "the program declares no map 'gone': its 1 seed wait unused",
      "a ringbuf map takes no seeds",
    ]);
  });
});

describe("array seeds", () => {
  it("an index past max_entries waits unused, with the reason", () => {
    const arr = { name: "stats", type: "array", keySize: 4, valueSize: 8, maxEntries: 2 };
    const seeds = [{ name: "stats", entries: [{ keyHex: "01000000", valueHex: "0100000000000000" }, { keyHex: "02000000", valueHex: "0100000000000000" }] }];
    const r = checkSeeds([arr], seeds);
    expect(r.usable).toEqual([{ name: "stats", entries: [seeds[0].entries[0]] }]);
    expect(r.problems).toEqual([{ name: "stats", keyHex: "02000000", message: "index 2 is past the end of stats (max_entries 2)" }]);
  });
});

describe("the console's key and value words", () => {
  it("reads hex up to the next keyword and checks sizes", () => {
    expect(parseKeyValue("key 01 00 00 00 value 2a 00 00 00 00 00 00 00", counts, true)).toEqual({ key: b(1, 0, 0, 0), value: b(0x2a, 0, 0, 0, 0, 0, 0, 0) });
    expect(parseKeyValue("key 01000000", counts, false)).toEqual({ key: b(1, 0, 0, 0) });
    expect(parseKeyValue("key 0100 value 00", counts, true)).toBe("key is 2 bytes; map counts takes 4");
    expect(parseKeyValue("key 01000000 value 00", counts, true)).toBe("value is 1 byte; map counts takes 8");
    expect(parseKeyValue("key zz", counts, false)).toBe("key: 'z' is not a hex digit");
    expect(parseKeyValue("value 00", counts, true)).toBe("usage: map update <name> key <hex> value <hex>");
  });
});

describe("keys and values by their C types", () => {
  const u32 = { c: "__u32", ints: [{ name: "", offset: 0, size: 4, signed: false }] };
  const s16 = { c: "short", ints: [{ name: "", offset: 0, size: 2, signed: true }] };
  const ports = { c: "struct ports", ints: [{ name: "source", offset: 0, size: 2, signed: false }, { name: "dest", offset: 2, size: 2, signed: false }, { name: "inner.flags", offset: 6, size: 1, signed: true }] };

  it("an integer type reads and writes as a number of its signedness", () => {
    expect(parseTyped("7", 4, "c", u32)).toEqual(b(7, 0, 0, 0));
    expect(parseTyped("-1", 4, "c", u32)).toBe("-1 does not fit 4 bytes unsigned (0..4294967295)");
    expect(parseTyped("-2", 2, "c", s16)).toEqual(b(0xfe, 0xff));
    expect(formatTyped(b(0xfe, 0xff), "c", s16)).toBe("-2");
  });

  it("a struct reads and writes member by member, unnamed members 0", () => {
    expect(parseTyped("{ source = 1, dest = 0x50, inner.flags = -1 }", 8, "c", ports)).toEqual(b(1, 0, 0x50, 0, 0, 0, 0xff, 0));
    expect(parseTyped(".dest = 80", 8, "c", ports)).toEqual(b(0, 0, 80, 0, 0, 0, 0, 0));
    expect(formatTyped(b(1, 0, 0x50, 0, 0, 0, 0xff, 0), "c", ports)).toBe("{ source = 1, dest = 80, inner.flags = -1 }");
    expect(parseTyped("sport = 1", 8, "c", ports)).toBe("struct ports has no integer member 'sport' (members: source, dest, inner.flags)");
    expect(parseTyped("dest = 70000", 8, "c", ports)).toBe("dest: 70000 does not fit 2 bytes unsigned (0..65535)");
    expect(parseTyped("dest 1", 8, "c", ports)).toBe("'dest 1': write member = number, e.g. source = 1");
  });
});

describe("the seeds a stream run starts from", () => {
  it("are the usable seeds, one entry per key, as hex", () => {
    const seeds = [
      { name: "counts", entries: [{ keyHex: "01000000", valueHex: "0200000000000000" }, { keyHex: "0100", valueHex: "00" }] },
      { name: "gone", entries: [{ keyHex: "00", valueHex: "00" }] },
    ];
    expect(runSeeds([counts], seeds)).toEqual([{ map: "counts", key: "01000000", value: "0200000000000000" }]);
    expect(runSeeds([counts], [])).toEqual([]);
  });
});
