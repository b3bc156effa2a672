// What a tab finds when it starts: an edit a reload cut short (the journal, written as the page
// went away) is put back into its document, or beside it when another tab saved since; and the
// single document older versions kept in localStorage becomes the first document, once.

import { bodyOf, freshName, legacyBody, newId } from "./docRecord.ts";
import type { DocRecord } from "./docRecord.ts";
import type { DocumentsDeps } from "./documents.ts";

/** What a journal left by a reload mid-typing becomes: the document's text again, or a copy beside it. */
export async function replayJournal(d: DocumentsDeps): Promise<DocRecord | undefined> {
  const j = d.memory.journal();
  if (!j) return undefined;
  d.memory.setJournal(undefined);
  const r = await d.storage.get(j.id);
  const body = bodyOf({ ...j.body });
  if (r && r.rev === j.base) {
    const saved = await d.storage.save({ ...r, body, writer: d.tab, updated: d.now() }, r.rev);
    return saved.ok ? saved.record : r;
  }
  // Its flush made it after all.
  if (r && r.rev === j.base + 1 && r.writer === d.tab) return r;
  // Someone else saved meanwhile (or deleted it): this tab's edit becomes a document of its own.
  const now = d.now();
  const names = (await d.storage.list()).map((x) => x.name);
  const copy = await d.storage.save({ id: newId(), name: freshName(`${r?.name ?? "Recovered"} (unsaved edit)`, names), body, writer: d.tab, created: now, updated: now }, 0);
  return copy.ok ? copy.record : r;
}

/** Before the first document exists, the one older versions kept in localStorage becomes it, once. */
export async function migrate(d: DocumentsDeps): Promise<void> {
  if (await d.storage.flag("migrated-localStorage")) return;
  if ((await d.storage.list()).length === 0) {
    const { document, session } = d.legacy();
    const body = legacyBody(document, session);
    const now = d.now();
    if (body) await d.storage.save({ id: newId(), name: "My program", body, writer: d.tab, created: now, updated: now }, 0);
  }
  await d.storage.setFlag("migrated-localStorage");
}

