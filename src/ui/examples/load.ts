// Loading an example opens it as a new document, beside the user's work (never over it): its
// text, language and program type, and a fresh session once the engine has built it. Picking the
// example the open document already is, unchanged, starts that one afresh instead.

import { useDocument } from "../stores/document.ts";
import { useDocuments } from "../stores/documents.ts";
import { useSession } from "../stores/session.ts";
import { exampleById } from "./catalog.ts";

export async function loadExample(id: string): Promise<void> {
  const e = exampleById(id);
  if (!e) return;
  const language = e.language ?? "asm";
  const d = useDocument.getState();
  if (d.text === e.text && d.language === language) {
    useSession.getState().reset();
    return;
  }
  await useDocuments.getState().openNew(e.title, { language, dialect: "llvm", text: e.text, progType: e.progType });
}
