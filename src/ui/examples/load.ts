// Loading an example replaces the document and what the session runs with; a fresh session
// starts once the engine has built it, so the inspectors show the new program at its entry.

import { useDocument } from "../stores/document.ts";
import { useSession } from "../stores/session.ts";
import { exampleById } from "./catalog.ts";

export function loadExample(id: string): void {
  const e = exampleById(id);
  if (!e) return;
  const same = useDocument.getState().text === e.text;
  useDocument.getState().load(e.text, e.language ?? "asm", "llvm");
  // The session starts afresh when the engine has built the new text (sessionBridge.ts);
  // the same text again builds nothing new, so it starts now.
  useSession.getState().load({ progType: e.progType });
  if (same) useSession.getState().reset();
}
