// Loading an example replaces the document and what the session runs with, then starts a
// fresh session so the inspectors show the new program at its entry.

import { useDocument } from "../stores/document.ts";
import { useSession } from "../stores/session.ts";
import { exampleById } from "./catalog.ts";

export function loadExample(id: string): void {
  const e = exampleById(id);
  if (!e) return;
  useDocument.getState().load(e.text, e.language ?? "asm", "llvm");
  useSession.getState().load({ progType: e.progType });
  useSession.getState().reset();
}
