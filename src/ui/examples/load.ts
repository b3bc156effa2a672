// Loading an example opens it as a new document, beside the user's work (never over it): its
// text, language and program type, the events it runs on, and a fresh session once the engine
// has built it. Picking the example the open document already is, unchanged, starts that one
// afresh instead. From the gallery, the document remembers the
// example, so its explanation shows beside it.

import { useDocument } from "../stores/document.ts";
import { useDocuments } from "../stores/documents.ts";
import { useSession } from "../stores/session.ts";
import { exampleById } from "./catalog.ts";
import { useExampleNotes } from "./notes.ts";
import { DEFAULT_PACKET_HEX } from "./packet.ts";
import { packetHexOf } from "./gallery/index.ts";

/**
 * Opens the example; returns the id of the document it is in (the open one when it was already).
 * `note`: keep its explanation above the editor (the gallery's way; the menu's is the bare program).
 */
export async function loadExample(id: string, { note = false }: { readonly note?: boolean } = {}): Promise<string | undefined> {
  const e = exampleById(id);
  if (!e) return undefined;
  const language = e.language ?? "asm";
  const d = useDocument.getState();
  if (d.text === e.text && d.language === language) {
    useSession.getState().reset();
    const doc = useDocuments.getState().currentId;
    if (doc && note) useExampleNotes.getState().attach(doc, e.id);
    return doc;
  }
  const packetHex = packetHexOf(e) ?? DEFAULT_PACKET_HEX.replace(/\s+/g, "").toLowerCase();
  const ctxHex = e.events?.ctxHex;
  const doc = await useDocuments.getState().openNew(e.title, {
    language,
    dialect: "llvm",
    text: e.text,
    progType: e.progType,
    packetHex,
    ...(ctxHex ? { ctxHex } : {}),
    ...(e.events?.kernel ? { event: JSON.stringify(e.events.kernel) } : {}),
    ...(e.entry ? { entry: e.entry } : {}),
  });
  if (doc && note) useExampleNotes.getState().attach(doc, e.id);
  return doc;
}
