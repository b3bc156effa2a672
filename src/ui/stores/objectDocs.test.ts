// Object and log documents in the documents store: an object opens as a new document beside the
// user's, keeps its bytes (base64) and the log dropped onto it, and both come back when it is opened again.

import { afterEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  const items = new Map<string, string>();
  Object.assign(globalThis, { localStorage: { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) } });
});

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { DocRecord } from "./docRecord.ts";
import type { DocStorage, TabMemory } from "./docStorage.ts";
import { startDocuments, useDocuments } from "./documents.ts";
import { useDocument } from "./document.ts";
import { planFiles } from "./objectFiles.ts";

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../e2e/fixtures/${name}`, import.meta.url))));

function memoryDeps() {
  const docs = new Map<string, DocRecord>();
  let clock = 1;
  const storage: DocStorage = {
    list: async () => [...docs.values()],
    get: async (id) => docs.get(id),
    save: async (next, base) => {
      const old = docs.get(next.id);
      if ((old?.rev ?? 0) !== base) return { ok: false, theirs: old };
      const record = { ...next, rev: base + 1 };
      docs.set(next.id, record);
      return { ok: true, record };
    },
    remove: async (id) => void docs.delete(id),
    flag: async () => true,
    setFlag: async () => undefined,
  };
  const tab: { docId?: string; last?: string } = {};
  const memory: TabMemory = { docId: () => tab.docId, setDocId: (id) => void (tab.docId = id), journal: () => undefined, setJournal: () => undefined, last: () => tab.last, setLast: (id) => void (tab.last = id) };
  return { docs, deps: { storage, channel: { post: () => undefined, listen: () => () => undefined }, memory, tab: "T", legacy: () => ({ document: null, session: null }), now: () => ++clock } };
}

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
});

describe("object documents", () => {
  it("keep their bytes and their log, beside the user's documents", async () => {
    const { docs, deps } = memoryDeps();
    stop = await startDocuments(deps);
    const mine = useDocuments.getState().currentId!;
    const plan = planFiles([{ name: "two_progs.o", bytes: fixture("two_progs.o") }], useDocument.getState().language, { progType: "xdp" });
    const obj = await useDocuments.getState().openNew(plan.open[0].name, plan.open[0].session);
    expect(useDocument.getState().language).toBe("object");
    // a log dropped onto the open object becomes its log, saved with it
    const onto = planFiles([{ name: "k.log", bytes: fixture("two_progs.log") }], useDocument.getState().language, {});
    useDocument.getState().setLog(onto.attach!.log);
    await useDocuments.getState().flush();
    const saved = docs.get(obj!)!.body;
    expect(saved.language).toBe("object");
    expect(Buffer.from(saved.text, "base64").equals(Buffer.from(fixture("two_progs.o")))).toBe(true);
    expect(saved.log).toContain("invalid access to packet");
    // the user's own document is untouched, and the object comes back whole when reopened
    expect(docs.get(mine)!.body.language).toBe("c");
    await useDocuments.getState().open(mine);
    expect(useDocument.getState()).toMatchObject({ language: "c", log: undefined });
    await useDocuments.getState().open(obj!);
    expect(useDocument.getState()).toMatchObject({ language: "object", text: saved.text, log: saved.log });
  });
});
