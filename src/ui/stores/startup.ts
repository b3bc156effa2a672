// What the page opens with: a session link in the address (#s=…) as a new document, else this
// tab's own document (documents.ts). The fragment is cleared once read, so a reload does not open
// the link again. A link that cannot be read opens nothing and says why; the documents are the
// same as before in every case. If this browser refuses IndexedDB, the page still works on one
// unsaved document and says so.

import { browserDeps, startDocuments, useDocuments } from "./documents.ts";
import { readFragment, sharedName, startSeeking, useShare } from "./share.ts";

export async function openDocuments(): Promise<void> {
  const link = readFragment(location.hash);
  if (link) history.replaceState(history.state, "", `${location.pathname}${location.search}`);
  try {
    await startDocuments(browserDeps(), link?.ok ? { name: sharedName(link.value), session: link.value } : undefined);
  } catch (e) {
    useDocuments.getState().tell({ kind: "error", message: `Documents cannot be saved in this browser (${e instanceof Error ? e.message : String(e)}): copy your work out before leaving.` });
  }
  if (link && !link.ok) useDocuments.getState().tell({ kind: "error", message: `This link cannot be opened: ${link.error}. Nothing was opened; your documents are unchanged.` });
  if (link?.ok && link.value.step) useShare.getState().seek(link.value.step);
  startSeeking();
}
