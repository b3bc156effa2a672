// Map seeds belong to the document: the body saved for it and the Share link carry them, and a
// link read back gives them again; a session started from the store sends only seeds that fit.

import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  const items = new Map<string, string>();
  const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
  Object.assign(globalThis, { localStorage: storage });
});

import { emptyProgram } from "../../../core/program.ts";
import { useBuild } from "../../stores/build.ts";
import { useDocument } from "../../stores/document.ts";
import { currentBody } from "../../stores/documents.ts";
import { useSession } from "../../stores/session.ts";
import { currentShared, linkFor, readFragment } from "../../stores/share.ts";

const SEEDS = [{ name: "verdict", entries: [{ keyHex: "00000000", valueHex: "01000000" }] }];

describe("map seeds in documents and links", () => {
  it("are in the document's body and its Share link, and read back the same", () => {
    useDocument.getState().restore({ text: "r0 = 1\nexit", language: "asm", dialect: "llvm" });
    useSession.setState({ progType: "xdp", packetHex: "", ctxHex: "", breakpoints: [], mapSeeds: SEEDS });
    expect(currentBody().maps).toEqual(SEEDS);
    const link = linkFor(currentShared(), "http://x/");
    const back = readFragment(link.slice(link.indexOf("#")));
    expect(back?.ok && back.value.maps).toEqual(SEEDS);
    useSession.setState({ mapSeeds: [] });
    expect(currentBody().maps).toBeUndefined();
  });

  it("go to the worker with a new session, only those the program's maps can take", () => {
    const sent: unknown[] = [];
    const program = { ...emptyProgram(), insns: [{} as never], maps: [{ name: "verdict", type: "hash", keySize: 4, valueSize: 4, maxEntries: 4, flags: 0 }] };
    useBuild.setState({ program, behind: false, problem: undefined } as never);
    const stale = [{ name: "gone", entries: [{ keyHex: "00", valueHex: "00" }] }];
    useSession.setState({ mapSeeds: [...SEEDS, ...stale], transport: ((type: string, body: unknown) => (sent.push({ type, body }), 1)) as never });
    useSession.getState().reset();
    expect(sent).toEqual([expect.objectContaining({ type: "debug-start", body: expect.objectContaining({ input: expect.objectContaining({ maps: SEEDS }) }) })]);
  });
});
