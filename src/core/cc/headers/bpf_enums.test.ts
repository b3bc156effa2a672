import { describe, expect, it } from "vitest";
import { PROG_TYPES } from "../../isa/progtypes.ts";
import { MAP_TYPES } from "../../program.ts";
import { MAP_TYPE_NAMES, PROG_TYPE_NAMES } from "./bpf_enums.ts";

describe("linux/bpf.h enums agree with the rest of bpfplay", () => {
  it("map types: program.ts MAP_TYPES", () => {
    for (const [name, id] of Object.entries(MAP_TYPES)) expect(MAP_TYPE_NAMES[id], name).toBe(name.toUpperCase());
  });
  it("program types: isa/progtypes.ts", () => {
    for (const t of PROG_TYPES) expect(PROG_TYPE_NAMES[t.id], t.name).toBe(t.name.toUpperCase());
  });
});
