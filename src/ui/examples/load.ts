// Loading an example replaces the document and what the session runs with; a fresh session
// starts once the engine has built it, so the inspectors show the new program at its entry.
// The editor's undo takes the text back; what else the load replaced comes back with it
// (history.ts).

import { useDocument } from "../stores/document.ts";
import { useSession } from "../stores/session.ts";
import { exampleById } from "./catalog.ts";
import { LoadHistory } from "./history.ts";
import type { DocumentSettings } from "./history.ts";

const history = new LoadHistory();

const current = (): DocumentSettings => {
  const { text, language, dialect, entry } = useDocument.getState();
  return { text, language, dialect, entry, progType: useSession.getState().progType };
};

export function loadExample(id: string): void {
  const e = exampleById(id);
  if (!e) return;
  const before = current();
  const same = before.text === e.text;
  useDocument.getState().load(e.text, e.language ?? "asm", "llvm");
  // The session starts afresh when the engine has built the new text (sessionBridge.ts);
  // the same text again builds nothing new, so it starts now.
  useSession.getState().load({ progType: e.progType });
  if (same) useSession.getState().reset();
  else history.record(before, current());
}

/**
 * The editor's undo or redo left `text`: when that undid (or redid) a load, the language,
 * dialect, entry and program type come back as they were then.
 */
export function followUndo(text: string, how: "undo" | "redo"): void {
  const s = history.settingsFor(text, how);
  if (!s) return;
  useDocument.getState().restore(s);
  if (useSession.getState().progType !== s.progType) useSession.getState().setProgType(s.progType);
}
