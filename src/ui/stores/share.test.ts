// Share links: the open document and the debugger's step in the fragment, read back the same;
// anything else in a fragment is reported, never opened.

import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  const items = new Map<string, string>();
  const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
  Object.assign(globalThis, { localStorage: storage });
});

import { useDocument } from "./document.ts";
import { useSession } from "./session.ts";
import { currentShared, FRAGMENT_PREFIX, linkFor, readFragment, sharedName } from "./share.ts";

describe("share links", () => {
  it("carry the source, language, program type, input and breakpoints, and read back the same", () => {
    useDocument.getState().restore({ text: "r0 = 1\nexit", language: "asm", dialect: "ubpf" });
    useSession.setState({ progType: "xdp", packetHex: "AA bb 0c", ctxHex: "", breakpoints: [{ line: 2, condition: "r0 == 1" }] });
    const s = currentShared();
    expect(s).toEqual({ language: "asm", dialect: "ubpf", text: "r0 = 1\nexit", progType: "xdp", packetHex: "aabb0c", breakpoints: [{ line: 2, condition: "r0 == 1" }] });
    const link = linkFor({ ...s, step: 7 }, "http://x/app/?q=1#old");
    expect(link.startsWith(`http://x/app/?q=1${FRAGMENT_PREFIX}1.`)).toBe(true);
    expect(readFragment(link.slice(link.indexOf("#")))).toEqual({ ok: true, value: { ...s, step: 7 } });
  });

  it("carry the step only when the debugger has gone past the start of a live session", () => {
    useSession.setState({ stale: false, state: { snapshot: { executed: 12 } } as never });
    expect(currentShared().step).toBe(12);
    useSession.setState({ stale: true });
    expect(currentShared().step).toBeUndefined();
  });

  it("report a foreign or damaged fragment, and ignore an empty one", () => {
    expect(readFragment("")).toBeUndefined();
    expect(readFragment("#")).toBeUndefined();
    expect(readFragment("#section-2")).toEqual({ ok: false, error: expect.stringContaining("not a bpfplay session link") });
    const r = readFragment(`${FRAGMENT_PREFIX}1.AAAA`);
    expect(r?.ok).toBe(false);
    expect(!r?.ok && r?.error).toMatch(/damaged/);
    expect(readFragment(`${FRAGMENT_PREFIX}9.AAAA`)).toMatchObject({ ok: false, error: expect.stringContaining("newer bpfplay") });
  });

  it("name the new document after the shared program", () => {
    expect(sharedName({ language: "c", dialect: "llvm", text: 'SEC("xdp")\nint pass(struct xdp_md *ctx) { return 2; }' })).toBe("Shared: pass");
  });
});
