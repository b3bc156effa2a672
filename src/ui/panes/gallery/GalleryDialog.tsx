// The gallery: every example by group with what it shows, the events it runs on and what a Run
// gives, and the lessons with the learner's progress. Opening either opens the example as a new
// document (as the Examples menu does), with its explanation kept above the editor. A native
// modal <dialog>, as the Share dialog is.

import { useEffect, useRef } from "react";
import { GROUPS, examplesOf, outcomeText } from "../../examples/gallery/index.ts";
import { loadExample } from "../../examples/load.ts";
import { LESSONS } from "../../lessons/lessons.ts";
import { useLessons } from "../../lessons/progress.ts";
import { useGalleryUi } from "./galleryUi.ts";
import type { GalleryTab } from "./galleryUi.ts";

/** Opens a lesson: its example as a new document, with the lesson's question above the editor. */
export async function startLesson(id: string): Promise<void> {
  const l = LESSONS.find((x) => x.id === id);
  if (!l) return;
  const doc = await loadExample(l.example, { note: true });
  useLessons.getState().start(id, doc);
}

function ExampleList() {
  const close = useGalleryUi((s) => s.close);
  return (
    <div className="gallery-list">
      {GROUPS.map((g) => (
        <section key={g.id} aria-labelledby={`gallery-${g.id}`}>
          <h3 id={`gallery-${g.id}`}>{g.title}</h3>
          <ul>
            {examplesOf(g.id).map((e) => (
              <li key={e.id} className="gallery-item">
                <button
                  type="button"
                  className="gallery-open"
                  onClick={() => {
                    close();
                    void loadExample(e.id, { note: true });
                  }}
                >
                  {e.title}
                </button>
                <span className="gallery-lang">{e.language === "c" ? "C" : "asm"} · {e.progType}</span>
                <p>{e.shows}</p>
                <p className="gallery-meta">
                  {e.events ? `Events: ${e.events.about}. ` : ""}
                  {outcomeText(e.outcome)}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function LessonList() {
  const done = useLessons((s) => s.done);
  const close = useGalleryUi((s) => s.close);
  return (
    <div className="gallery-list">
      <p className="gallery-hint">
        Each lesson opens an example and asks you to predict what bpfplay will show (the verifier&apos;s verdict, r0, a map value, a register) before it shows
        it. {done.length} of {LESSONS.length} done; progress is kept in this browser.
      </p>
      <ol className="lesson-list">
        {LESSONS.map((l) => {
          const finished = done.includes(l.id);
          return (
            <li key={l.id} className={finished ? "lesson-done" : undefined}>
              <span className="lesson-state" role="img" aria-label={finished ? "done" : "not done"}>
                {finished ? "✓" : "○"}
              </span>
              <button
                type="button"
                className="gallery-open"
                onClick={() => {
                  close();
                  void startLesson(l.id);
                }}
              >
                {l.title}
              </button>
              <p>{l.prediction.prompt}</p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

export function GalleryDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const { open, tab, show, close } = useGalleryUi();
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
  }, [open]);
  // Not in the page while closed, so "Examples" names only the menu then.
  if (!open) return null;
  const tabs: [GalleryTab, string][] = [
    ["examples", "Examples"],
    ["lessons", "Lessons"],
  ];
  return (
    <dialog ref={dialog} className="gallery-dialog" aria-label="Examples" onClose={close}>
      <div className="documents-head">
        <div role="tablist" aria-label="Gallery" className="gallery-tabs">
          {tabs.map(([id, label]) => (
            <button key={id} type="button" role="tab" aria-selected={tab === id} className="gallery-tab" onClick={() => show(id)}>
              {label}
            </button>
          ))}
        </div>
        <button type="button" className="icon-button" aria-label="Close" onClick={close}>
          ×
        </button>
      </div>
      {tab === "examples" ? <ExampleList /> : <LessonList />}
    </dialog>
  );
}
