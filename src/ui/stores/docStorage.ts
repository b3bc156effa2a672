// Where documents live: IndexedDB (through idb-keyval), one key per document, so tabs working on
// different documents never write the same key. A save is a compare-and-set on the revision, in
// one IndexedDB transaction: a tab that did not see the newest revision is told, and writes
// nothing. Tabs tell each other of each save on a BroadcastChannel. sessionStorage (one per tab,
// synchronous, kept across a reload) holds the tab's document id and, when the page goes away
// with an edit not yet saved, that edit (the journal), so a reload mid-typing loses nothing.

import { createStore, del, entries, get, set, update } from "idb-keyval";
import type { UseStore } from "idb-keyval";
import { checkRecord } from "./docRecord.ts";
import type { DocBody, DocRecord } from "./docRecord.ts";

export type SaveResult = { readonly ok: true; readonly record: DocRecord } | { readonly ok: false; readonly theirs?: DocRecord };

/** The storage the documents store uses; documents.test.ts gives it an in-memory one. */
export interface DocStorage {
  list(): Promise<DocRecord[]>;
  get(id: string): Promise<DocRecord | undefined>;
  /** Writes `next` (revision base + 1) only if the stored revision is still `base` (or the document is new, base 0). */
  save(next: Omit<DocRecord, "rev">, base: number): Promise<SaveResult>;
  remove(id: string): Promise<void>;
  /** A flag kept beside the documents (the one-time migration from localStorage). */
  flag(name: string): Promise<boolean>;
  setFlag(name: string): Promise<void>;
}

const DOC = "doc:";

export function idbStorage(): DocStorage {
  const store: UseStore = createStore("bpfplay", "documents");
  return {
    async list() {
      const all = await entries<string, unknown>(store);
      return all.filter(([k]) => String(k).startsWith(DOC)).flatMap(([, v]) => checkRecord(v) ?? []);
    },
    async get(id) {
      return checkRecord(await get(DOC + id, store));
    },
    async save(next, base) {
      let result: SaveResult = { ok: false };
      await update(
        DOC + next.id,
        (old: unknown) => {
          const theirs = checkRecord(old);
          const rev = theirs?.rev ?? 0;
          if (rev !== base) {
            result = { ok: false, theirs };
            return old;
          }
          const record: DocRecord = { ...next, rev: rev + 1, created: theirs?.created ?? next.created };
          result = { ok: true, record };
          return record;
        },
        store,
      );
      return result;
    },
    remove: (id) => del(DOC + id, store),
    flag: async (name) => (await get(`flag:${name}`, store)) === true,
    setFlag: (name) => set(`flag:${name}`, true, store),
  };
}

/** A save another tab made, as the BroadcastChannel carries it. */
export interface SavedNote {
  readonly type: "saved" | "removed";
  readonly id: string;
  readonly rev: number;
  readonly tab: string;
}

export interface Channel {
  post(note: SavedNote): void;
  listen(on: (note: SavedNote) => void): () => void;
}

export function broadcastChannel(): Channel {
  if (typeof BroadcastChannel === "undefined") return { post: () => {}, listen: () => () => {} };
  const ch = new BroadcastChannel("bpfplay.documents");
  return {
    // eslint-disable-next-line no-restricted-syntax -- a BroadcastChannel between tabs, not the engine worker's seam
    post: (note) => ch.postMessage(note),
    listen: (on) => {
      const h = (e: MessageEvent) => {
        const n = e.data as SavedNote;
        if (n && typeof n.id === "string" && typeof n.rev === "number" && typeof n.tab === "string") on(n);
      };
      ch.addEventListener("message", h);
      return () => ch.removeEventListener("message", h);
    },
  };
}

/** An edit the page left before it was saved: written synchronously as the page goes away. */
export interface Journal {
  readonly id: string;
  readonly base: number;
  readonly body: DocBody;
}

/** The tab's own keys: which document it works on, and its journal. */
export interface TabMemory {
  docId(): string | undefined;
  setDocId(id: string): void;
  journal(): Journal | undefined;
  setJournal(j: Journal | undefined): void;
  /** The document some tab opened last (shared by tabs): a new tab opens it. */
  last(): string | undefined;
  setLast(id: string): void;
}

export function browserTabMemory(): TabMemory {
  const read = (s: Storage, k: string) => {
    try {
      return s.getItem(k) ?? undefined;
    } catch {
      return undefined;
    }
  };
  const write = (s: Storage, k: string, v: string | undefined) => {
    try {
      if (v === undefined) s.removeItem(k);
      else s.setItem(k, v);
    } catch {
      // Storage full or refused: IndexedDB still has the last save.
    }
  };
  return {
    docId: () => read(sessionStorage, "bpfplay.documents.tab"),
    setDocId: (id) => write(sessionStorage, "bpfplay.documents.tab", id),
    journal: () => {
      const raw = read(sessionStorage, "bpfplay.documents.journal");
      try {
        const j = raw ? (JSON.parse(raw) as Journal) : undefined;
        return j && typeof j.id === "string" && typeof j.base === "number" ? j : undefined;
      } catch {
        return undefined;
      }
    },
    setJournal: (j) => write(sessionStorage, "bpfplay.documents.journal", j && JSON.stringify(j)),
    last: () => read(localStorage, "bpfplay.documents.last"),
    setLast: (id) => write(localStorage, "bpfplay.documents.last", id),
  };
}
