import { deflateRawSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64urlDecode, base64urlEncode } from "./base64url.ts";
import { decodeSession, encodeSession, MAX_JSON_BYTES } from "./codec.ts";
import { checkSession, PERMALINK_VERSION } from "./schema.ts";
import type { SharedSession } from "./schema.ts";

const hex = fc.uint8Array({ maxLength: 80 }).map((b) => Buffer.from(b).toString("hex"));
const ident = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,20}$/);
const session: fc.Arbitrary<SharedSession> = fc.record(
  {
    language: fc.constantFrom("c" as const, "asm" as const),
    dialect: fc.constantFrom("llvm" as const, "ubpf" as const),
    text: fc.string({ unit: "binary", maxLength: 400 }),
    entry: ident,
    progType: fc.constantFrom("xdp", "sched_cls", "kprobe", "tracepoint/syscalls/sys_enter_openat"),
    packetHex: hex,
    ctxHex: hex,
    maps: fc.array(fc.record({ name: ident, entries: fc.array(fc.record({ keyHex: hex, valueHex: hex }), { maxLength: 4 }) }), { maxLength: 3 }),
    breakpoints: fc.array(
      fc.oneof(
        fc.record({ line: fc.integer({ min: 1, max: 5000 }), condition: fc.string({ maxLength: 40 }) }, { requiredKeys: ["line"] }),
        fc.record({ pc: fc.integer({ min: 0, max: 5000 }) }),
      ),
      { maxLength: 5 },
    ),
    step: fc.integer({ min: 0, max: 1_000_000 }),
  },
  { requiredKeys: ["language", "dialect", "text"] },
);

describe("base64url", () => {
  it("encodes RFC 4648's test vectors (section 10) without padding", () => {
    const vectors: [string, string][] = [["", ""], ["f", "Zg"], ["fo", "Zm8"], ["foo", "Zm9v"], ["foob", "Zm9vYg"], ["fooba", "Zm9vYmE"], ["foobar", "Zm9vYmFy"]];
    for (const [plain, coded] of vectors) {
      expect(base64urlEncode(new TextEncoder().encode(plain))).toBe(coded);
      expect(new TextDecoder().decode(base64urlDecode(coded))).toBe(plain);
    }
  });

  it("agrees with Node's base64url both ways, and refuses what no encoder writes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        const mine = base64urlEncode(b);
        expect(mine).toBe(Buffer.from(b).toString("base64url"));
        expect(base64urlDecode(mine)).toEqual(b);
      }),
    );
    expect(base64urlDecode("Zg=")).toBeUndefined(); // padding is not part of the alphabet
    expect(base64urlDecode("Z")).toBeUndefined(); // no byte has 6 bits
    expect(base64urlDecode("Zh")).toBeUndefined(); // leftover bits set: a changed last character
    expect(base64urlDecode("Zm9v+")).toBeUndefined();
  });
});

describe("permalinks", () => {
  it("round-trip any session exactly", () => {
    fc.assert(
      fc.property(session, (s) => {
        const link = encodeSession(s);
        expect(link.startsWith(`${PERMALINK_VERSION}.`)).toBe(true);
        expect(decodeSession(link)).toEqual({ ok: true, value: s });
      }),
      { numRuns: 300 },
    );
  });

  it("read a payload made by another DEFLATE (zlib), so the format is plain raw DEFLATE", () => {
    const s: SharedSession = { language: "asm", dialect: "llvm", text: "r0 = 1\nexit\n", breakpoints: [{ pc: 1 }], step: 2 };
    const link = `1.${deflateRawSync(Buffer.from(JSON.stringify(s))).toString("base64url")}`;
    expect(decodeSession(link)).toEqual({ ok: true, value: s });
  });

  it("never throw on any text, and name what is wrong", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (t) => {
        const r = decodeSession(t);
        if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
      }),
      { numRuns: 500 },
    );
    expect(decodeSession("https://example.com/x")).toEqual({ ok: false, error: expect.stringContaining("not a bpfplay link") });
    expect(decodeSession("9.AAAA")).toEqual({ ok: false, error: expect.stringContaining("newer bpfplay") });
    expect(decodeSession("0.AAAA")).toEqual({ ok: false, error: expect.stringContaining("not a bpfplay link format") });
  });

  it("refuse a changed or cut link with a message, never half a session", () => {
    const link = encodeSession({ language: "c", dialect: "llvm", text: "int x;\n".repeat(50), breakpoints: [{ line: 3, condition: "r1 == 2" }] });
    fc.assert(
      fc.property(fc.integer({ min: 2, max: link.length - 1 }), fc.constantFrom(..."ABCxyz019-_"), fc.boolean(), (at, ch, cut) => {
        const bad = cut ? link.slice(0, at) : link.slice(0, at) + ch + link.slice(at + 1);
        const r = decodeSession(bad);
        // A change DEFLATE cannot notice may still decode: then the result is a whole, checked session.
        if (r.ok) expect(checkSession(r.value)).toEqual(r);
        else expect(r.error).toMatch(/damaged|not base64url|expands/);
      }),
      { numRuns: 400 },
    );
  });

  it("refuse a payload that expands past the limit, before inflating all of it", () => {
    const bomb = deflateRawSync(Buffer.alloc(MAX_JSON_BYTES * 4, 0x20));
    expect(bomb.length).toBeLessThan(20_000);
    expect(decodeSession(`1.${bomb.toString("base64url")}`)).toEqual({ ok: false, error: expect.stringContaining("expands past") });
  });

  it("check every field: unknown fields, wrong types, bad hex, both line and pc", () => {
    const base = { language: "c", dialect: "llvm", text: "" };
    const link = (v: unknown) => `1.${deflateRawSync(Buffer.from(JSON.stringify(v))).toString("base64url")}`;
    const error = (v: unknown) => {
      const r = decodeSession(link(v));
      return r.ok ? "accepted" : r.error;
    };
    expect(error({ ...base, html: "<img onerror=alert(1)>" })).toContain("html: not a field bpfplay knows");
    expect(error({ ...base, language: "rust" })).toContain(`language: expected "c", "asm", "object" or "log"`);
    expect(error({ ...base, packetHex: "0g" })).toContain("packetHex: expected lower-case hex");
    expect(error({ ...base, breakpoints: [{ line: 2, pc: 3 }] })).toContain("breakpoints[0]: expected a line or an instruction, not both");
    expect(error({ ...base, breakpoints: [{ line: 0 }] })).toContain("breakpoints[0].line: expected a whole number from 1");
    expect(error({ ...base, maps: [{ name: "m", entries: [{ keyHex: "00" }] }] })).toContain("maps[0].entries[0].valueHex: expected lower-case hex");
    expect(error({ ...base, step: -1 })).toContain("step: expected a whole number");
    expect(error([base])).toContain("the session: expected an object");
    expect(() => encodeSession({ ...base, text: 5 } as unknown as SharedSession)).toThrow(/text: expected text/);
  });
});
