import { describe, expect, it } from "vitest";
import { PROG_TYPES } from "../../isa/progtypes.ts";
import { MAP_TYPES } from "../../program.ts";
import { MAP_TYPE_NAMES, PROG_TYPE_NAMES } from "./bpf_enums.ts";

describe("linux/bpf.h enums agree with the rest of bpfplay", () => {
  it("map types: program.ts MAP_TYPES", () => {
    // 6.x renamed two ids to *_DEPRECATED and kept the old names as aliases of the same value.
    const aliased = new Set(["CGROUP_STORAGE", "PERCPU_CGROUP_STORAGE"]);
    for (const [name, id] of Object.entries(MAP_TYPES)) {
      const upper = name.toUpperCase();
      expect(MAP_TYPE_NAMES[id], name).toBe(aliased.has(upper) ? `${upper}_DEPRECATED` : upper);
    }
  });
  it("program types: isa/progtypes.ts", () => {
    for (const t of PROG_TYPES) expect(PROG_TYPE_NAMES[t.id], t.name).toBe(t.name.toUpperCase());
  });
});
