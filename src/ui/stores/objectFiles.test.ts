import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { looksLikeLog, planFiles, toBase64 } from "./objectFiles.ts";

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../e2e/fixtures/${name}`, import.meta.url))));
const OBJ = { name: "two_progs.o", bytes: fixture("two_progs.o") };
const LOG = { name: "two_progs.log", bytes: fixture("two_progs.log") };
const text = (name: string, t: string) => ({ name, bytes: new TextEncoder().encode(t) });
const defaults = { progType: "xdp", packetHex: "00" };

describe("planFiles", () => {
  it("opens an object as an object document holding its bytes", () => {
    const p = planFiles([OBJ], "c", defaults);
    expect(p.errors).toEqual([]);
    expect(p.open).toHaveLength(1);
    expect(p.open[0].name).toBe("two_progs");
    expect(p.open[0].session).toMatchObject({ language: "object", text: toBase64(OBJ.bytes) });
    expect(p.open[0].session.progType).toBeUndefined();
    expect(Buffer.from(p.open[0].session.text, "base64").equals(Buffer.from(OBJ.bytes))).toBe(true);
  });

  it("gives a log dropped with its object to that object", () => {
    const p = planFiles([LOG, OBJ], "c", defaults);
    expect(p.open).toHaveLength(1);
    expect(p.open[0].session.log).toBe(new TextDecoder().decode(LOG.bytes));
    expect(p.attach).toBeUndefined();
  });

  it("opens a log alone as a log document, or gives it to the open object", () => {
    const alone = planFiles([LOG], "c", defaults);
    expect(alone.open[0].session).toMatchObject({ language: "log", progType: "xdp" });
    const onto = planFiles([LOG], "object", defaults);
    expect(onto.open).toEqual([]);
    expect(onto.attach?.name).toBe("two_progs.log");
  });

  it("refuses what is neither, and still opens sources", () => {
    const p = planFiles([text("notes.txt", "hello"), text("fake.o", "not elf"), text("prog.c", "int x;")], "c", defaults);
    expect(p.errors).toEqual([expect.stringContaining("notes.txt: not a kernel verifier log"), expect.stringContaining("fake.o: not an ELF object")]);
    expect(p.open.map((o) => o.session.language)).toEqual(["c"]);
  });

  it("knows a log when it sees one", () => {
    expect(looksLikeLog(new TextDecoder().decode(LOG.bytes))).toBe(true);
    expect(looksLikeLog("int main(void) { return 0; }")).toBe(false);
  });
});
