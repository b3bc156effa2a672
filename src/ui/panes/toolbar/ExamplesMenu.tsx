// The examples menu: picking one opens it as a new document (its text, program type, events and a
// fresh session), beside the user's own; its first entry opens the gallery, which lists the same
// examples with their explanations, and the lessons. While the document is an example's text,
// unchanged, the menu names it. (The list keeps the plain titles: picking the loaded one again
// starts it afresh.)

import { useId } from "react";
import { CATALOG } from "../../examples/catalog.ts";
import { GROUPS, examplesOf } from "../../examples/gallery/index.ts";
import { loadExample } from "../../examples/load.ts";
import { useDocument } from "../../stores/document.ts";
import { GalleryDialog } from "../gallery/GalleryDialog.tsx";
import { useGalleryUi } from "../gallery/galleryUi.ts";
import "../gallery/gallery.css";

/** The menu's first entry opens the gallery (an entry, not a button: the header has no width to spare). */
const GALLERY = "gallery:";

export function ExamplesMenu() {
  const id = useId();
  const loaded = useDocument((s) => CATALOG.find((e) => e.text === s.text && (e.language ?? "asm") === s.language)?.id);
  const title = loaded && CATALOG.find((e) => e.id === loaded)?.title;
  return (
    <div className="field">
      <label htmlFor={id}>Examples</label>
      <select
        id={id}
        value=""
        onChange={(e) => {
          if (e.target.value === GALLERY) useGalleryUi.getState().show();
          else if (e.target.value) void loadExample(e.target.value);
        }}
      >
        <option value="" disabled>
          {title ? `${title} (loaded)` : "Load an example…"}
        </option>
        <option value={GALLERY}>Gallery: explanations and lessons…</option>
        {GROUPS.map((g) => (
          <optgroup key={g.id} label={g.title}>
            {examplesOf(g.id).map((e) => (
              <option key={e.id} value={e.id}>
                {e.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <GalleryDialog />
    </div>
  );
}
