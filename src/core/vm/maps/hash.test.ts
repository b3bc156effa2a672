// HashMap files keys by a number (up to 6 bytes) or a string of the bytes two to a unit (longer
// keys): against a plain model keyed by the bytes' hex, random updates, deletes and lookups of
// keys that differ in one byte must find exactly what the model finds, for every key size.
import { describe, expect, it } from "vitest";
import { rng } from "../../../../test/support/forms.ts";
import { HashMap } from "./hash.ts";
import { keyHex } from "./types.ts";

describe("HashMap keys", () => {
  for (const size of [1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 16, 20]) {
    it(`finds what a model finds, ${size}-byte keys`, () => {
      const r = rng(size * 101);
      const map = new HashMap({ name: "h", type: "hash", keySize: size, valueSize: 4, maxEntries: 1 << 20, flags: 0 }, 1, false);
      const model = new Map<string, number>();
      // a few base keys and their one-byte variants: neighbours must never be confused
      const bases = Array.from({ length: 6 }, () => Uint8Array.from({ length: size }, () => Math.floor(r() * 256)));
      const keyAt = () => {
        const k = bases[Math.floor(r() * bases.length)].slice();
        if (r() < 0.7) k[Math.floor(r() * size)] ^= 1 << Math.floor(r() * 8);
        return k;
      };
      for (let step = 0; step < 3000; step++) {
        const k = keyAt();
        const x = r();
        if (x < 0.4) {
          const v = Math.floor(r() * 2 ** 31);
          expect(map.update(k, new Uint8Array(new Uint32Array([v]).buffer), 0, 0)).toBe(0);
          model.set(keyHex(k), v);
        } else if (x < 0.55) {
          expect(map.delete(k) === 0).toBe(model.delete(keyHex(k)));
        } else {
          const got = map.lookup(k, 0);
          const want = model.get(keyHex(k));
          expect(got === undefined ? undefined : new DataView(got.buffer, got.byteOffset).getUint32(0, true)).toBe(want);
        }
      }
      expect(map.entries(0).map((e) => keyHex(e.key)).sort()).toEqual([...model.keys()].sort());
    });
  }
});
