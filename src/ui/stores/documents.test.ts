// The documents store against in-memory storage: saving as the user types, one key per document,
// a save never over a revision this tab has not seen, another tab's save noticed, a reload's
// journal replayed, the old localStorage document migrated once, delete undone.

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  const items = new Map<string, string>();
  const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
  Object.assign(globalThis, { localStorage: storage });
});

import type { DocRecord } from "./docRecord.ts";
import type { Channel, DocStorage, Journal, SavedNote, TabMemory } from "./docStorage.ts";
import { currentBody, SAVE_DELAY_MS, startDocuments, useDocuments } from "./documents.ts";
import type { DocumentsDeps } from "./documents.ts";
import { useDocument } from "./document.ts";
import { useSession } from "./session.ts";
import { useBuild } from "./build.ts";
import type { Built } from "../../protocol/index.ts";

/** One browser's IndexedDB and BroadcastChannel, shared by the "tabs" a test makes. */
class World {
  readonly docs = new Map<string, DocRecord>();
  readonly flags = new Set<string>();
  readonly listeners = new Set<(n: SavedNote) => void>();
  last?: string;
  clock = 1000;

  storage(): DocStorage {
    return {
      list: async () => [...this.docs.values()],
      get: async (id) => this.docs.get(id),
      save: async (next, base) => {
        const old = this.docs.get(next.id);
        if ((old?.rev ?? 0) !== base) return { ok: false, theirs: old };
        const record = { ...next, rev: base + 1, created: old?.created ?? next.created };
        this.docs.set(next.id, record);
        return { ok: true, record };
      },
      remove: async (id) => void this.docs.delete(id),
      flag: async (n) => this.flags.has(n),
      setFlag: async (n) => void this.flags.add(n),
    };
  }

  channel(tab: string): Channel {
    return { post: (n) => this.listeners.forEach((l) => l(n)), listen: (on) => (this.listeners.add((n) => n.tab !== tab && on(n)), () => this.listeners.clear()) };
  }

  tab(tab: string, session: { docId?: string; journal?: Journal } = {}, legacy = { document: null as string | null, session: null as string | null }): DocumentsDeps & { session: typeof session } {
    const memory: TabMemory = {
      docId: () => session.docId,
      setDocId: (id) => void (session.docId = id),
      journal: () => session.journal,
      setJournal: (j) => void (session.journal = j),
      last: () => this.last,
      setLast: (id) => void (this.last = id),
    };
    return { storage: this.storage(), channel: this.channel(tab), memory, tab, legacy: () => legacy, now: () => ++this.clock, session };
  }

  /** Another tab's save of `id`, as IndexedDB and the channel see it. */
  otherTabSaves(id: string, text: string, broadcast = true): void {
    const r = this.docs.get(id)!;
    const next = { ...r, body: { ...r.body, text }, rev: r.rev + 1, writer: "other", updated: ++this.clock };
    this.docs.set(id, next);
    if (broadcast) this.listeners.forEach((l) => l({ type: "saved", id, rev: next.rev, tab: "other" }));
  }
}

const flushTimers = async () => {
  await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS + 10);
};

let stop: (() => void) | undefined;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
});

describe("documents", () => {
  it("starts with one new document, saves typing after a pause, and reopens it on reload", async () => {
    const w = new World();
    const t = w.tab("A");
    stop = await startDocuments(t);
    const id = useDocuments.getState().currentId!;
    expect(w.docs.size).toBe(1);
    useDocument.getState().setText("r0 = 1\nexit");
    useSession.getState().toggleBreakpoint(2);
    expect(w.docs.get(id)!.body.text).not.toBe("r0 = 1\nexit");
    await flushTimers();
    expect(w.docs.get(id)!.body).toMatchObject({ text: "r0 = 1\nexit", breakpoints: [{ line: 2 }] });
    stop();
    // A reload of the tab: the stores start from scratch, the tab's session keys remain.
    useDocument.getState().setText("something else");
    stop = await startDocuments(w.tab("A", t.session));
    expect(useDocuments.getState().currentId).toBe(id);
    expect(useDocument.getState().text).toBe("r0 = 1\nexit");
    expect(useSession.getState().breakpoints).toEqual([{ line: 2 }]);
  });

  it("gives each tab its own document: a new tab opens the last one, New makes another, reloads keep them apart", async () => {
    const w = new World();
    const a = w.tab("A");
    stop = await startDocuments(a);
    useDocument.getState().setText("; tab A\nexit");
    await flushTimers();
    stop();
    const b = w.tab("B");
    stop = await startDocuments(b);
    expect(b.session.docId).toBe(a.session.docId);
    await useDocuments.getState().create();
    useDocument.getState().setText("; tab B\nexit");
    await flushTimers();
    expect(b.session.docId).not.toBe(a.session.docId);
    stop();
    stop = await startDocuments(w.tab("A", a.session));
    expect(useDocument.getState().text).toBe("; tab A\nexit");
    stop();
    stop = await startDocuments(w.tab("B", b.session));
    expect(useDocument.getState().text).toBe("; tab B\nexit");
    expect(useDocuments.getState().list.map((d) => d.name).sort()).toEqual(["Untitled", "Untitled 2"]);
  });

  it("takes another tab's save when it has no edit pending, and says so", async () => {
    const w = new World();
    stop = await startDocuments(w.tab("A"));
    const id = useDocuments.getState().currentId!;
    w.otherTabSaves(id, "; from B\nexit");
    await vi.waitFor(() => expect(useDocument.getState().text).toBe("; from B\nexit"));
    expect(useDocuments.getState().notice).toMatchObject({ kind: "info", message: expect.stringContaining("changed in another tab") });
    // and its next save goes on from the other tab's revision
    useDocument.getState().setText("; A again\nexit");
    await flushTimers();
    expect(w.docs.get(id)).toMatchObject({ rev: 3, body: { text: "; A again\nexit" } });
  });

  it("never saves over another tab's revision: it asks, and keeps this tab's edit as a new document if told to", async () => {
    const w = new World();
    stop = await startDocuments(w.tab("A"));
    const id = useDocuments.getState().currentId!;
    useDocument.getState().setText("; mine\nexit");
    w.otherTabSaves(id, "; theirs\nexit");
    await flushTimers();
    expect(useDocuments.getState().notice?.kind).toBe("conflict");
    expect(w.docs.get(id)!.body.text).toBe("; theirs\nexit");
    // more typing saves nothing until the user chooses
    useDocument.getState().setText("; mine, more\nexit");
    await flushTimers();
    expect(w.docs.get(id)!.body.text).toBe("; theirs\nexit");
    await useDocuments.getState().resolve("mine");
    const mine = [...w.docs.values()].find((d) => d.id !== id)!;
    expect(mine.body.text).toBe("; mine, more\nexit");
    expect(useDocuments.getState().currentId).toBe(mine.id);
    expect(useDocuments.getState().notice).toBeUndefined();
  });

  it("finds another tab's save at its own save even when no message came (the revision check)", async () => {
    const w = new World();
    stop = await startDocuments(w.tab("A"));
    const id = useDocuments.getState().currentId!;
    useDocument.getState().setText("; mine\nexit");
    w.otherTabSaves(id, "; theirs\nexit", false);
    await flushTimers();
    expect(useDocuments.getState().notice?.kind).toBe("conflict");
    expect(w.docs.get(id)!.body.text).toBe("; theirs\nexit");
    await useDocuments.getState().resolve("theirs");
    expect(useDocument.getState().text).toBe("; theirs\nexit");
    expect(w.docs.size).toBe(1);
  });

  it("replays the journal a reload mid-typing left, or keeps it beside another tab's newer save", async () => {
    const w = new World();
    const t = w.tab("A");
    stop = await startDocuments(t);
    const id = useDocuments.getState().currentId!;
    const base = w.docs.get(id)!.rev;
    stop();
    t.session.journal = { id, base, body: { ...currentBody(), text: "; typed just before reload\nexit" } };
    stop = await startDocuments(w.tab("A", t.session));
    expect(useDocument.getState().text).toBe("; typed just before reload\nexit");
    expect(w.docs.get(id)!.body.text).toBe("; typed just before reload\nexit");
    expect(t.session.journal).toBeUndefined();
    stop();
    // Another tab saved after the journal's revision: nothing is lost, nothing overwritten.
    t.session.journal = { id, base: w.docs.get(id)!.rev, body: { ...currentBody(), text: "; stale edit\nexit" } };
    w.otherTabSaves(id, "; newer elsewhere\nexit");
    stop = await startDocuments(w.tab("A", t.session));
    expect(w.docs.get(id)!.body.text).toBe("; newer elsewhere\nexit");
    expect([...w.docs.values()].some((d) => d.body.text === "; stale edit\nexit" && d.name.includes("unsaved edit"))).toBe(true);
  });

  it("migrates the localStorage document into the first document, once", async () => {
    const w = new World();
    const legacy = { document: JSON.stringify({ state: { language: "asm", dialect: "llvm", text: "; my old work\nexit" }, version: 2 }), session: JSON.stringify({ state: { progType: "kprobe" }, version: 1 }) };
    stop = await startDocuments(w.tab("A", {}, legacy));
    expect(useDocument.getState().text).toBe("; my old work\nexit");
    expect(useSession.getState().progType).toBe("kprobe");
    expect(useDocuments.getState().currentName).toBe("My program");
    await useDocuments.getState().remove(useDocuments.getState().currentId!);
    stop();
    stop = await startDocuments(w.tab("B", {}, legacy));
    expect([...w.docs.values()].map((d) => d.body.text)).not.toContain("; my old work\nexit");
  });

  it("opens, renames, duplicates, and deletes with undo", async () => {
    const w = new World();
    stop = await startDocuments(w.tab("A"));
    const first = useDocuments.getState().currentId!;
    useDocument.getState().setText("; first\nexit");
    const id = await useDocuments.getState().openNew("Example", { language: "asm", dialect: "llvm", text: "; example\nexit", progType: "xdp" });
    expect(w.docs.get(first)!.body.text).toBe("; first\nexit");
    expect(useSession.getState().progType).toBe("xdp");
    await useDocuments.getState().rename(first, "Mine");
    await useDocuments.getState().duplicate(first);
    expect(useDocument.getState().text).toBe("; first\nexit");
    expect(useDocuments.getState().currentName).toBe("Mine copy");
    await useDocuments.getState().remove(id!);
    expect(w.docs.has(id!)).toBe(false);
    expect(useDocuments.getState().notice).toMatchObject({ kind: "info", undo: true });
    await useDocuments.getState().undoRemove();
    expect(w.docs.get(id!)!.body.text).toBe("; example\nexit");
    expect(useDocuments.getState().currentId).toBe(id);
    expect(useDocuments.getState().list.map((d) => d.name).sort()).toEqual(["Example", "Mine", "Mine copy"]);
    // Deleting the open document opens another.
    await useDocuments.getState().remove(id!);
    expect(useDocuments.getState().currentId).not.toBe(id);
    expect(useDocuments.getState().currentId).toBeDefined();
  });

  it("keeps the program type a document was saved with when its first build names another section's", async () => {
    const w = new World();
    stop = await startDocuments(w.tab("A"));
    await useDocuments.getState().openNew("Override", { language: "c", dialect: "llvm", text: 'SEC("xdp") int f(void *c) { return 2; }', progType: "sched_cls" });
    expect(useSession.getState().progType).toBe("sched_cls");
    // what autoBuild does with the reply: the section's type first, then the build
    useBuild.getState().building();
    useSession.getState().setProgType("xdp");
    useBuild.getState().built({ type: "built", progType: "xdp", listing: [], diagnostics: [], lines: [], slots: 0, programs: [], entry: -1, symbols: { maps: [], records: [], functions: [] } } as unknown as Built);
    expect(useSession.getState().progType).toBe("sched_cls");
    // after that, the source's section leads again, as for any text
    useSession.getState().setProgType("xdp");
    useBuild.getState().built({ type: "built", progType: "xdp", listing: [], diagnostics: [], lines: [], slots: 0, programs: [], entry: -1, symbols: { maps: [], records: [], functions: [] } } as unknown as Built);
    expect(useSession.getState().progType).toBe("xdp");
  });
});
