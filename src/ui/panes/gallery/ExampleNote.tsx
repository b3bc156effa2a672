// The explanation of the example the open document came from, above the editor: what it shows,
// what to try, its events and what a Run gives; for a rejected example the verifier's own words
// from the catalogue of messages (format/explain.ts, as the Problems list shows them) and the fix
// one click away. A lesson on this document shows its question here too. Hidden with ×, it
// leaves a one-line button that brings it back.

import { explain } from "../../format/explain.ts";
import { galleryById, outcomeText } from "../../examples/gallery/index.ts";
import type { GalleryExample } from "../../examples/gallery/index.ts";
import { loadExample } from "../../examples/load.ts";
import { useExampleNotes } from "../../examples/notes.ts";
import { lessonById } from "../../lessons/lessons.ts";
import { useLessons } from "../../lessons/progress.ts";
import { useDocuments } from "../../stores/documents.ts";
import { useLayout } from "../../stores/layout.ts";
import { useVerify } from "../../stores/verify.ts";
import { LessonCard } from "./LessonCard.tsx";

/** The live rejection's words from the catalogue, when the verifier has rejected this text. */
function WhyRejected({ e }: { readonly e: GalleryExample }) {
  const problem = useVerify((s) => (s.status === "ready" && s.verdict && !s.verdict.accepted ? s.verdict.problems[0] : undefined));
  const showDrawer = useLayout((s) => s.showDrawer);
  const o = e.outcome;
  if (o?.verdict !== "rejected") return null;
  const words = problem ? explain(problem.code, problem.params) : undefined;
  return (
    <div className="note-why">
      {problem && words ? (
        <p>
          <strong>The verifier:</strong> <code>{problem.message}</code> {words.meaning} <em>Fix:</em> {words.fix}
        </p>
      ) : (
        <p>The verifier rejects it; its message is in the Problems tab.</p>
      )}
      <div className="note-actions">
        <button type="button" onClick={() => void loadExample(o.fix, { note: true })}>
          Show the fix
        </button>
        <button type="button" className="text-button" onClick={() => showDrawer("problems")}>
          Problems tab
        </button>
      </div>
    </div>
  );
}

export function ExampleNote() {
  const doc = useDocuments((s) => s.currentId);
  const note = useExampleNotes((s) => (doc ? s.notes[doc] : undefined));
  const lessonId = useLessons((s) => (s.active && s.active.doc === doc ? s.active.lesson : undefined));
  const lesson = lessonId ? lessonById(lessonId) : undefined;
  const e = note ? galleryById(note.example) : undefined;
  if (!doc || (!e && !lesson)) return null;
  const setHidden = useExampleNotes.getState().setHidden;

  if (note?.hidden && !lesson)
    return (
      <div className="example-note example-note-hidden">
        <button type="button" className="text-button" onClick={() => setHidden(doc, false)}>
          Show the explanation of “{e?.title}”
        </button>
      </div>
    );

  const about = e && (
    <>
      <p>{e.shows}</p>
      <p className="note-meta">
        {e.events ? `Events: ${e.events.about}. ` : ""}
        {outcomeText(e.outcome)} <em>Try:</em> {e.tryThis}
      </p>
    </>
  );
  return (
    <aside className={`example-note${lesson ? " example-note-lesson" : ""}`} aria-label="Example explanation">
      {e && (
        <>
          <div className="note-head">
            <h2>{e.title}</h2>
            {!lesson && (
              <button type="button" className="icon-button" aria-label="Hide the explanation" onClick={() => setHidden(doc, true)}>
                ×
              </button>
            )}
          </div>
          {/* In a lesson the question comes first; the example's explanation would give the answer away. */}
          {lesson ? (
            <details className="note-about">
              <summary>About this example</summary>
              {about}
            </details>
          ) : (
            about
          )}
          {!lesson && <WhyRejected e={e} />}
          {e.fixes && !lesson && (
            <div className="note-actions">
              <button type="button" className="text-button" onClick={() => void loadExample(e.fixes!, { note: true })}>
                Back to the rejected version
              </button>
            </div>
          )}
        </>
      )}
      {lesson && <LessonCard key={lesson.id} lesson={lesson} />}
    </aside>
  );
}
