import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compile } from "../core/cc/index.ts";
import { readObject } from "../core/elf/read.ts";
import { PROTOCOL_VERSION } from "../protocol/index.ts";
import { objectFile } from "./objectFile.ts";

const C = readFileSync(fileURLToPath(new URL("../../e2e/fixtures/two_progs.c", import.meta.url)), "utf8");
const req = (text: string) => ({ type: "object", v: PROTOCOL_VERSION, id: 4, text }) as const;

describe("objectFile", () => {
  it("writes every program of the C into an object bpfplay reads back to the same instructions", () => {
    const r = objectFile(req(C), compile);
    expect(r.error).toBeUndefined();
    const back = readObject(r.bytes!);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.object.programs.map((p) => [p.name, p.section])).toEqual([
      ["count_ipv4", "xdp"],
      ["read_past_end", "tc"],
    ]);
    const compiled = compile(C, { file: "prog.c" });
    expect(back.object.programs[0].insns).toEqual(compiled.programs[0].program.insns);
    expect(back.object.license).toBe("GPL");
  });

  it("says why there is no object", () => {
    expect(objectFile(req("int x = ;"), compile).error).toContain("the C has errors");
    expect(objectFile(req("int x;"), compile).error).toContain("no program");
  });
});
