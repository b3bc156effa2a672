// Documents as stored and as files: checked on the way in, the old localStorage document kept.

import { describe, expect, it } from "vitest";
import { checkRecord, freshName, legacyBody, nameFromText, openFile, readSessionFile, sessionFile, SESSION_FILE_FORMAT } from "./docRecord.ts";

const persisted = (state: object, version: number) => JSON.stringify({ state, version });

describe("legacyBody (the single localStorage document before documents)", () => {
  it("keeps the text, language, dialect, entry and the session's inputs and breakpoints", () => {
    const doc = persisted({ language: "c", dialect: "llvm", text: "int x;", entry: "prog" }, 2);
    const session = persisted({ progType: "xdp", packetHex: "AABB", ctxHex: "", breakpoints: [{ line: 3 }, { line: 7, condition: "r1 == 2" }, { line: 0 }, { x: 1 }], stepByLine: true }, 1);
    expect(legacyBody(doc, session)).toEqual({ language: "c", dialect: "llvm", text: "int x;", entry: "prog", progType: "xdp", packetHex: "aabb", breakpoints: [{ line: 3 }, { line: 7, condition: "r1 == 2" }] });
  });
  it("reads version 1 (assembly only) as assembly", () => {
    expect(legacyBody(persisted({ dialect: "ubpf", text: "exit" }, 1), null)).toEqual({ language: "asm", dialect: "ubpf", text: "exit" });
  });
  it("keeps the text when what was saved beside it is not valid", () => {
    expect(legacyBody(persisted({ language: "c", text: "int y;" }, 2), persisted({ progType: "NOT A TYPE!", packetHex: "zz" }, 1))).toEqual({ language: "c", dialect: "llvm", text: "int y;" });
  });
  it("gives nothing for nothing or for damaged JSON", () => {
    expect(legacyBody(null, null)).toBeUndefined();
    expect(legacyBody("{not json", null)).toBeUndefined();
    expect(legacyBody(persisted({ language: "c" }, 2), null)).toBeUndefined();
  });
});

describe("checkRecord", () => {
  const body = { language: "asm", dialect: "llvm", text: "exit" };
  it("accepts a record and drops a step a body should not have", () => {
    expect(checkRecord({ id: "a", name: "A", body: { ...body, step: 3 }, rev: 2, writer: "t", created: 1, updated: 2 })).toEqual({ id: "a", name: "A", body, rev: 2, writer: "t", created: 1, updated: 2 });
  });
  it("refuses what is not a record", () => {
    for (const v of [null, 3, "x", { id: "a", name: "A" }, { id: 1, name: "A", body }, { id: "a", name: "A", body: { ...body, language: "go" } }]) expect(checkRecord(v)).toBeUndefined();
  });
});

describe("files", () => {
  const defaults = { progType: "xdp", packetHex: "00" };
  it("opens .c as C and .s as assembly, named after the file", () => {
    const c = openFile("dir/prog.c", "int x;", defaults);
    expect(c).toEqual({ ok: true, value: { name: "prog", session: { language: "c", dialect: "llvm", text: "int x;", progType: "xdp", packetHex: "00" } } });
    const s = openFile("loop.S", "exit", defaults);
    expect(s.ok && s.value.session.language).toBe("asm");
  });
  it("refuses other kinds of file with a message that names it", () => {
    expect(openFile("a.png", "", defaults)).toEqual({ ok: false, error: "a.png: bpfplay opens .c, .s and .json (session) files, objects (.o) and kernel verifier logs (.log)" });
  });
  it("round-trips a session file, and says what is wrong with a bad one", () => {
    const session = { language: "c" as const, dialect: "llvm" as const, text: "int x;", progType: "xdp", breakpoints: [{ line: 2 }], step: 5 };
    const text = JSON.stringify(sessionFile("Mine", session));
    expect(readSessionFile("x.json", text)).toEqual({ ok: true, value: { name: "Mine", session } });
    expect(readSessionFile("x.json", "{")).toEqual({ ok: false, error: "x.json: not JSON" });
    expect(readSessionFile("x.json", JSON.stringify({ session }))).toMatchObject({ ok: false, error: expect.stringContaining("not a bpfplay session file") });
    expect(readSessionFile("x.json", JSON.stringify({ format: SESSION_FILE_FORMAT, version: 99, session }))).toMatchObject({ ok: false, error: expect.stringContaining("newer bpfplay") });
    expect(readSessionFile("x.json", JSON.stringify({ format: SESSION_FILE_FORMAT, version: 1, session: { ...session, breakpoints: [{ line: -1 }] } }))).toEqual({
      ok: false,
      error: "x.json: session.breakpoints[0].line: expected a whole number from 1 to 10000000",
    });
  });
});

describe("names", () => {
  it("numbers a taken name", () => {
    expect(freshName("Untitled", [])).toBe("Untitled");
    expect(freshName("Untitled", ["Untitled", "Untitled 2"])).toBe("Untitled 3");
    expect(freshName("  ", [])).toBe("Untitled");
  });
  it("names a shared text after its SEC() function or its first comment", () => {
    expect(nameFromText('SEC("xdp")\nint count_packets(struct xdp_md *ctx)')).toBe("count_packets");
    expect(nameFromText("; Count the set bits\nexit")).toBe("Count the set bits");
    expect(nameFromText("exit")).toBe("Untitled");
  });
});
