// Loading an example opens it as a new document, beside the user's work (never over it): its
// text, language and program type, the events it runs on, and a fresh session once the engine
// has built it. Picking the example the open document already is, unchanged, starts that one
// afresh instead.

import { useDocument } from "../stores/document.ts";
import { useDocuments } from "../stores/documents.ts";
import { useSession } from "../stores/session.ts";
import { exampleById } from "./catalog.ts";
import { DEFAULT_PACKET_HEX } from "./packet.ts";
import { packetHexOf } from "./gallery/index.ts";

export async function loadExample(id: string): Promise<void> {
  const e = exampleById(id);
  if (!e) return;
  const language = e.language ?? "asm";
  const d = useDocument.getState();
  if (d.text === e.text && d.language === language) {
    useSession.getState().reset();
    return;
  }
  const packetHex = packetHexOf(e) ?? DEFAULT_PACKET_HEX.replace(/\s+/g, "").toLowerCase();
  const ctxHex = e.events?.ctxHex;
  await useDocuments.getState().openNew(e.title, {
    language,
    dialect: "llvm",
    text: e.text,
    progType: e.progType,
    packetHex,
    ...(ctxHex ? { ctxHex } : {}),
    ...(e.events?.kernel ? { event: JSON.stringify(e.events.kernel) } : {}),
    ...(e.entry ? { entry: e.entry } : {}),
  });
}
