// A map of maps whose definition names its slots (libbpf's `.values = { [1] = &inner }`) holds
// exactly those maps there, and the other slots are empty, as the kernel leaves them.

import { describe, expect, it } from "vitest";
import type { MapDef } from "../../program.ts";
import { createMapSet } from "../mapset.ts";
import { MapOfMaps } from "./of_maps.ts";

const inner: MapDef = { name: "inner_a", type: "array", keySize: 4, valueSize: 8, maxEntries: 4, flags: 0 };
const outer = (slots: MapDef["slots"], i: MapDef = inner): MapDef => ({ name: "outer", type: "array_of_maps", keySize: 4, valueSize: 4, maxEntries: 3, flags: 0, inner: i, slots });
const key = (n: number) => Uint8Array.of(n, 0, 0, 0);

describe("a map of maps with initial slots", () => {
  it("holds the named map in its slot and nothing in the others", () => {
    const set = createMapSet([inner, outer([{ index: 1, map: "inner_a" }])], 2);
    if (typeof set === "string") throw new Error(set);
    const o = set.maps[1] as MapOfMaps;
    expect(o.inner(key(1))).toBe(set.maps[0]);
    expect(o.inner(key(0))).toBeUndefined();
    expect(o.inner(key(2))).toBeUndefined();
  });

  it("without slots, gives every slot of an array of maps a fresh inner map", () => {
    const set = createMapSet([inner, outer(undefined)], 2);
    if (typeof set === "string") throw new Error(set);
    const o = set.maps[1] as MapOfMaps;
    expect(o.inner(key(0))).toBeDefined();
    expect(o.inner(key(0))).not.toBe(o.inner(key(2)));
  });

  it("refuses a slot that names a map of another shape, or beyond max_entries", () => {
    const other: MapDef = { ...inner, name: "other", valueSize: 16 };
    expect(createMapSet([inner, other, outer([{ index: 0, map: "other" }])], 2)).toBe("map 'outer': its slots name maps of another shape than its inner map");
    expect(createMapSet([inner, outer([{ index: 3, map: "inner_a" }])], 2)).toBe("map 'outer': can't initialize slot 3 beyond max_entries 3");
  });
});
