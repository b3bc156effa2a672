// The user's documents: which one this tab works on, the list the Documents menu shows, and the
// saving. The open document lives in the document and session stores (what the panes read); this
// store saves it as the user types (debounced, and at once when the page is hidden or goes away)
// and loads another into those stores on open. Saving is a compare-and-set on the revision
// (docStorage.ts): a tab never writes over a revision it has not seen. When another tab saves the
// document this tab has open, this tab takes that version if it has no edit of its own pending, and
// otherwise says so and asks which to keep. Examples, links and imported files open as new
// documents, never over the user's work.

import { create } from "zustand";
import type { SharedSession } from "../../core/permalink/index.ts";
import { DEFAULT_PACKET_HEX } from "../examples/packet.ts";
import { bodyOf, freshName, newId } from "./docRecord.ts";
import { migrate, replayJournal } from "./docRecovery.ts";
import type { DocBody, DocRecord } from "./docRecord.ts";
import { broadcastChannel, browserTabMemory, idbStorage } from "./docStorage.ts";
import type { Channel, DocStorage, SavedNote, TabMemory } from "./docStorage.ts";
import { C_EXAMPLE } from "./examples.ts";
import { useBuild } from "./build.ts";
import { useDocument } from "./document.ts";
import { eventBody, showEvent, useKernelEvent } from "./kernelEvent.ts";
import { useSession } from "./session.ts";
import { showStream, streamBody, streamEdited, useStream } from "./stream.ts";

export const SAVE_DELAY_MS = 400;

export interface DocSummary {
  readonly id: string;
  readonly name: string;
  readonly updated: number;
  readonly language: DocBody["language"];
}

export type Notice =
  /** Another tab saved the open document while this one had an edit pending. */
  | { readonly kind: "conflict"; readonly message: string }
  /** Something went wrong (a damaged link, a file that cannot be opened). */
  | { readonly kind: "error"; readonly message: string }
  /** Worth knowing; `undo` when it can be taken back (a delete). */
  | { readonly kind: "info"; readonly message: string; readonly undo?: boolean };

interface DocumentsState {
  readonly ready: boolean;
  readonly list: readonly DocSummary[];
  readonly currentId?: string;
  readonly currentName: string;
  readonly notice?: Notice;
  create(): Promise<void>;
  open(id: string): Promise<void>;
  /** Opens a session (an example, a link, a file) as a new document; returns its id. */
  openNew(name: string, session: SharedSession): Promise<string | undefined>;
  rename(id: string, name: string): Promise<void>;
  duplicate(id: string): Promise<void>;
  remove(id: string): Promise<void>;
  undoRemove(): Promise<void>;
  /** Conflict: take the other tab's version, or keep this tab's as a new document. */
  resolve(how: "theirs" | "mine"): Promise<void>;
  tell(notice: Notice | undefined): void;
  /** Saves a pending edit now. */
  flush(): Promise<void>;
}

const summary = (r: DocRecord): DocSummary => ({ id: r.id, name: r.name, updated: r.updated, language: r.body.language });


const starterBody = (): DocBody => ({ language: "c", dialect: "llvm", text: C_EXAMPLE, progType: "xdp" });

/** The open document as the stores hold it now. */
export function currentBody(): DocBody {
  const d = useDocument.getState();
  const s = useSession.getState();
  // Half-typed input: only its hex digits are kept.
  const hex = (h: string) => h.toLowerCase().replace(/[^0-9a-f]/g, "");
  const packetHex = hex(s.packetHex);
  const ctxHex = hex(s.ctxHex);
  return {
    language: d.language,
    dialect: d.dialect,
    text: d.text,
    ...(d.entry ? { entry: d.entry } : {}),
    ...(d.log !== undefined && d.language === "object" ? { log: d.log } : {}),
    progType: s.progType,
    ...(packetHex ? { packetHex } : {}),
    ...(ctxHex ? { ctxHex } : {}),
    ...eventBody(),
    ...streamBody(),
    ...(s.mapSeeds.length ? { maps: s.mapSeeds } : {}),
    ...(s.breakpoints.length ? { breakpoints: s.breakpoints.map((b) => (b.condition ? { line: b.line, condition: b.condition } : { line: b.line })) } : {}),
  };
}

/** Everything the documents store works with, given by startDocuments (tests give in-memory ones). */
export interface DocumentsDeps {
  readonly storage: DocStorage;
  readonly channel: Channel;
  readonly memory: TabMemory;
  /** The tab's id, kept across its reloads. */
  readonly tab: string;
  /** The localStorage keys the single document of older versions was kept in. */
  readonly legacy: () => { document: string | null; session: string | null };
  readonly now: () => number;
}

// The engine behind the store: the open document's revision and whether it has an unsaved edit.
let deps: DocumentsDeps | undefined;
let base = 0;
let created = 0;
let edits = 0;
let savedEdits = 0;
let applying = false;
let conflicted = false;
let theirs: DocRecord | undefined;
let removed: DocRecord | undefined;
/** The program type the opened document was saved with, until its first build is in (see keepProgType). */
let openedType: string | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let saving: Promise<void> | undefined;

const dirty = () => edits !== savedEdits;

export const useDocuments = create<DocumentsState>()((set, get) => {
  const d = () => {
    if (!deps) throw new Error("documents: startDocuments() has not run");
    return deps;
  };
  const refresh = async () => {
    const all = await d().storage.list();
    set({ list: all.sort((a, b) => b.updated - a.updated).map(summary) });
  };
  const save = async (record: Omit<DocRecord, "rev">, rev: number) => {
    const r = await d().storage.save(record, rev);
    if (r.ok) d().channel.post({ type: "saved", id: r.record.id, rev: r.record.rev, tab: d().tab });
    return r;
  };
  const switchTo = (r: DocRecord) => {
    show(r.body);
    base = r.rev;
    created = r.created;
    edits = savedEdits = 0;
    conflicted = false;
    theirs = undefined;
    d().memory.setDocId(r.id);
    d().memory.setLast(r.id);
    d().memory.setJournal(undefined);
    set({ currentId: r.id, currentName: r.name });
  };
  /** A new document saved first, then opened: it exists before the tab works on it. */
  const add = async (name: string, body: DocBody): Promise<string | undefined> => {
    await get().flush();
    const now = d().now();
    const taken = get().list.map((x) => x.name);
    const r = await save({ id: newId(), name: freshName(name, taken), body, writer: d().tab, created: now, updated: now }, 0);
    if (!r.ok) return undefined;
    switchTo(r.record);
    await refresh();
    return r.record.id;
  };

  return {
    ready: false,
    list: [],
    currentName: "",

    create: async () => void (await add("Untitled", starterBody())),
    openNew: (name, session) => add(name, bodyOf(session)),
    open: async (id) => {
      if (id === get().currentId) return;
      await get().flush();
      const r = await d().storage.get(id);
      if (!r) {
        set({ notice: { kind: "error", message: "That document is gone (deleted in another tab?)" } });
        return refresh();
      }
      switchTo(r);
      set({ notice: undefined });
    },
    rename: async (id, raw) => {
      const name = raw.trim().slice(0, 200);
      if (!name) return;
      if (id === get().currentId) {
        set({ currentName: name });
        edits++;
        await get().flush();
      } else {
        for (let tries = 0; tries < 3; tries++) {
          const r = await d().storage.get(id);
          if (!r) break;
          if ((await save({ ...r, name, updated: d().now(), writer: d().tab }, r.rev)).ok) break;
        }
      }
      await refresh();
    },
    duplicate: async (id) => {
      await get().flush();
      const r = id === get().currentId ? { name: get().currentName, body: currentBody() } : await d().storage.get(id);
      if (r) await add(`${r.name} copy`, r.body);
    },
    remove: async (id) => {
      await get().flush();
      const r = await d().storage.get(id);
      if (!r) return refresh();
      await d().storage.remove(id);
      d().channel.post({ type: "removed", id, rev: r.rev, tab: d().tab });
      removed = r;
      await refresh();
      if (id === get().currentId) {
        const next = get().list[0];
        const other = next && (await d().storage.get(next.id));
        if (other) switchTo(other);
        else await add("Untitled", starterBody());
      }
      set({ notice: { kind: "info", message: `Deleted "${r.name}".`, undo: true } });
    },
    undoRemove: async () => {
      const r = removed;
      if (!r) return;
      removed = undefined;
      await get().flush();
      const back = await save({ ...r, writer: d().tab }, 0);
      if (back.ok) switchTo(back.record);
      set({ notice: undefined });
      await refresh();
    },
    resolve: async (how) => {
      if (!conflicted) return;
      const mine = currentBody();
      const name = get().currentName;
      const t = theirs ?? (await d().storage.get(get().currentId ?? ""));
      conflicted = false;
      edits = savedEdits;
      if (t) switchTo(t);
      set({ notice: undefined });
      if (how === "mine") await add(`${name} (this tab)`, mine);
    },
    tell: (notice) => set({ notice }),
    flush: async () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      while (saving) await saving;
      if (!deps || !dirty() || conflicted || !get().currentId) return;
      const upTo = edits;
      const id = get().currentId!;
      const record = { id, name: get().currentName, body: currentBody(), writer: d().tab, created: created || d().now(), updated: d().now() };
      saving = (async () => {
        let r = await save(record, base);
        // Deleted in another tab while open here: this tab's copy brings it back.
        if (!r.ok && !r.theirs) r = await save(record, 0);
        if (r.ok) {
          base = r.record.rev;
          savedEdits = upTo;
          if (!dirty()) d().memory.setJournal(undefined);
          d().memory.setLast(id);
          set((s) => ({ list: [summary(r.record), ...s.list.filter((x) => x.id !== id)] }));
        } else {
          conflict(r.theirs);
        }
      })();
      try {
        await saving;
      } finally {
        saving = undefined;
      }
    },
  };
});

function conflict(t: DocRecord | undefined): void {
  conflicted = true;
  theirs = t;
  useDocuments.setState({
    notice: { kind: "conflict", message: `"${useDocuments.getState().currentName}" was changed in another tab while you were editing it here. Your edits here are not saved yet.` },
  });
}

/** Puts a document's content into the stores the panes read, as one load (not a user edit). */
function show(b: DocBody): void {
  openedType = b.progType;
  applying = true;
  try {
    const same = useDocument.getState().text === b.text;
    useDocument.getState().restore({ text: b.text, language: b.language, dialect: b.dialect, entry: b.entry, log: b.log });
    showEvent(b.event);
    showStream(b.stream);
    useSession.setState({
      progType: b.progType ?? "socket_filter",
      packetHex: b.packetHex ?? DEFAULT_PACKET_HEX,
      ctxHex: b.ctxHex ?? "",
      mapSeeds: b.maps ?? [],
      breakpoints: (b.breakpoints ?? []).flatMap((x) => (x.line !== undefined ? [{ line: x.line, ...(x.condition ? { condition: x.condition } : {}) }] : [])),
      stale: true,
      restartOnBuild: true,
    });
    // The same text builds nothing new, so the fresh session starts now (as examples/load.ts does).
    if (same) {
      openedType = undefined;
      useSession.getState().reset();
    }
  } finally {
    applying = false;
  }
}

/**
 * The first build of an opened document sets the program type from the source's section
 * (autoBuild.ts), as for a new text; but a saved or shared document says which type the user
 * chose, which may differ from the section's: that one stands. Runs before the session bridge
 * sees the build (startDocuments subscribes first), so the new session starts with it.
 */
function keepProgType(): void {
  const b = useBuild.getState();
  if (openedType === undefined || b.behind || b.status !== "ready") return;
  const want = openedType;
  openedType = undefined;
  if (useSession.getState().progType !== want) useSession.setState({ progType: want, stale: true });
}

function edited(): void {
  if (applying || !deps) return;
  edits++;
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(() => void useDocuments.getState().flush(), SAVE_DELAY_MS);
}

/** The page is going away or out of sight: the edit goes to the journal now (synchronous) and to IndexedDB. */
function leaving(): void {
  if (!deps || !dirty() || conflicted) return;
  const id = useDocuments.getState().currentId;
  if (id) deps.memory.setJournal({ id, base, body: currentBody() });
  void useDocuments.getState().flush();
}

async function onNote(note: SavedNote): Promise<void> {
  const s = useDocuments.getState();
  if (!deps || note.tab === deps.tab) return;
  const all = await deps.storage.list();
  useDocuments.setState({ list: all.sort((a, b) => b.updated - a.updated).map(summary) });
  if (note.id !== s.currentId || note.type !== "saved" || note.rev <= base) return;
  const t = await deps.storage.get(note.id);
  if (!t || t.rev <= base) return;
  if (dirty() || saving) return conflict(t);
  show(t.body);
  base = t.rev;
  useDocuments.setState({ currentName: t.name, notice: { kind: "info", message: `"${t.name}" was changed in another tab: this tab shows that version now.` } });
}

export function browserDeps(): DocumentsDeps {
  const memory = browserTabMemory();
  let tab: string | undefined;
  try {
    tab = sessionStorage.getItem("bpfplay.documents.tabId") ?? undefined;
    if (!tab) sessionStorage.setItem("bpfplay.documents.tabId", (tab = newId()));
  } catch {
    tab = newId();
  }
  return {
    storage: idbStorage(),
    channel: broadcastChannel(),
    memory,
    tab,
    legacy: () => ({ document: localStorage.getItem("bpfplay.document"), session: localStorage.getItem("bpfplay.session") }),
    now: () => Date.now(),
  };
}

/** Migrates once, replays a journal, and opens the tab's document (or `first` as a new one). */
async function open(given: DocumentsDeps, first: { name: string; session: SharedSession } | undefined): Promise<void> {
  await migrate(given);
  const store = useDocuments.getState();
  const fromJournal = await replayJournal(given);
  const all = (await given.storage.list()).sort((a, b) => b.updated - a.updated);
  useDocuments.setState({ list: all.map(summary) });
  if (first) {
    await store.openNew(first.name, first.session);
  } else {
    const pick = fromJournal ?? all.find((r) => r.id === given.memory.docId()) ?? all.find((r) => r.id === given.memory.last()) ?? all[0];
    if (pick) await store.open(pick.id);
    else await store.create();
  }
}

/**
 * Opens this tab's document (a reload's own, else the one opened last, else the newest, else a new
 * one), or `first` as a new document (a link), and starts saving. Returns the function that stops.
 */
export async function startDocuments(given: DocumentsDeps, first?: { name: string; session: SharedSession }): Promise<() => void> {
  deps = given;
  base = edits = savedEdits = 0;
  conflicted = false;
  try {
    await open(given, first);
  } catch (e) {
    deps = undefined;
    throw e;
  }
  const stopDoc = useDocument.subscribe((s, p) => {
    if (s.text !== p.text || s.language !== p.language || s.dialect !== p.dialect || s.entry !== p.entry || s.log !== p.log) edited();
  });
  const stopEvent = useKernelEvent.subscribe((s, p) => {
    if (s.event !== p.event) edited();
  });
  const stopStream = useStream.subscribe((s, p) => {
    if (streamEdited(s, p)) edited();
  });
  const stopSession = useSession.subscribe((s, p) => {
    if (s.progType !== p.progType || s.packetHex !== p.packetHex || s.ctxHex !== p.ctxHex || s.mapSeeds !== p.mapSeeds || s.breakpoints !== p.breakpoints) edited();
  });
  const stopBuild = useBuild.subscribe((b, p) => {
    if (b.status !== p.status || b.program !== p.program || b.behind !== p.behind) keepProgType();
  });
  const stopChannel = given.channel.listen((n) => void onNote(n));
  const onHide = () => {
    if (typeof document === "undefined" || document.visibilityState === "hidden") leaving();
  };
  if (typeof window !== "undefined") {
    window.addEventListener("pagehide", leaving);
    document.addEventListener("visibilitychange", onHide);
  }
  useDocuments.setState({ ready: true });
  return () => {
    stopDoc();
    stopSession();
    stopEvent();
    stopStream();
    stopBuild();
    stopChannel();
    if (typeof window !== "undefined") {
      window.removeEventListener("pagehide", leaving);
      document.removeEventListener("visibilitychange", onHide);
    }
    if (timer !== undefined) clearTimeout(timer);
    deps = undefined;
    useDocuments.setState({ ready: false, currentId: undefined, list: [], notice: undefined });
  };
}
