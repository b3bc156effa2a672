// A lesson's question above the editor: the learner predicts, presses Check, and bpfplay does what
// the question is about (verifies, runs, or steps from a fresh start), then says whether the
// prediction was right and shows the value. A right answer marks the lesson done.

import { useState } from "react";
import { liveAnswer, parsePrediction } from "../../lessons/answer.ts";
import type { Lesson, Prediction } from "../../lessons/lessons.ts";
import { LESSONS } from "../../lessons/lessons.ts";
import { nextLesson, useLessons } from "../../lessons/progress.ts";
import { useSession } from "../../stores/session.ts";
import { useVerify } from "../../stores/verify.ts";
import { startLesson } from "./GalleryDialog.tsx";

type Result = { readonly right: boolean; readonly predicted: string; readonly answer: string } | { readonly problem: string };

const WAIT_MS = 20_000;

/** Resolves with the first store state that `done` accepts (checked at once, then on each change). */
function when<S>(store: { getState(): S; subscribe(f: (s: S) => void): () => void }, done: (s: S) => boolean): Promise<S | undefined> {
  return new Promise((resolve) => {
    if (done(store.getState())) return resolve(store.getState());
    const timer = setTimeout(() => {
      stop();
      resolve(undefined);
    }, WAIT_MS);
    const stop = store.subscribe((s) => {
      if (!done(s)) return;
      clearTimeout(timer);
      stop();
      resolve(s);
    });
  });
}

/** Does what the prediction is about in the live session and reads the answer there. */
async function reveal(p: Prediction): Promise<string | undefined> {
  if (p.kind === "verdict") {
    const v = await when(useVerify, (s) => s.status === "ready" && !!s.verdict);
    return v?.verdict ? (v.verdict.accepted ? "accepted" : "rejected") : undefined;
  }
  // A fresh session (fresh maps, the program's start), then Run, or the first `steps` instructions.
  const session = useSession.getState();
  const before = session.startId;
  session.invalidate();
  session.command(p.kind === "register" ? { kind: "goto", step: p.steps } : { kind: "run" });
  const s = await when(useSession, (x) => x.startId !== before && !x.running && !x.stale && x.state?.command === (p.kind === "register" ? "goto" : "run"));
  return s?.state ? liveAnswer(p, s.state.snapshot) : undefined;
}

/** Numbers as the Registers pane shows them in decimal; verdicts as words. */
const shown = (_p: Prediction, v: string) => v;

export function LessonCard({ lesson }: { readonly lesson: Lesson }) {
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>();
  const done = useLessons((s) => s.done);
  const p = lesson.prediction;
  const next = nextLesson(done.filter((d) => d !== lesson.id).concat(lesson.id));
  const index = LESSONS.indexOf(lesson) + 1;

  const check = async () => {
    const predicted = parsePrediction(p, text);
    if (predicted === undefined) {
      setResult({ problem: p.kind === "verdict" ? "Choose accepted or rejected first." : "Type a number first (like 2, 0x2 or -1)." });
      return;
    }
    setBusy(true);
    setResult(undefined);
    const answer = await reveal(p);
    setBusy(false);
    if (answer === undefined) {
      setResult({ problem: "bpfplay could not work out the answer (does the program still build?)." });
      return;
    }
    const right = answer === predicted;
    if (right) useLessons.getState().finish(lesson.id);
    setResult({ right, predicted, answer });
  };

  return (
    <section className="lesson-card" aria-label={`Lesson ${index}: ${lesson.title}`}>
      <h3>
        Lesson {index} of {LESSONS.length}: {lesson.title} {done.includes(lesson.id) && <span className="lesson-badge">done</span>}
      </h3>
      <p>{lesson.intro}</p>
      <form
        className="lesson-form"
        onSubmit={(ev) => {
          ev.preventDefault();
          void check();
        }}
      >
        {p.kind === "verdict" ? (
          <fieldset className="lesson-choices">
            <legend>{p.prompt}</legend>
            {["accepted", "rejected"].map((v) => (
              <label key={v}>
                <input type="radio" name={`lesson-${lesson.id}`} value={v} checked={text === v} onChange={() => setText(v)} /> {v}
              </label>
            ))}
          </fieldset>
        ) : (
          <label className="lesson-number">
            {p.prompt}
            <input type="text" inputMode="numeric" aria-label="Your prediction" value={text} onChange={(ev) => setText(ev.target.value)} spellCheck={false} />
          </label>
        )}
        <button type="submit" disabled={busy}>
          {busy ? "Checking…" : "Check"}
        </button>
      </form>
      {result && (
        <div className="lesson-result" role="status">
          {"problem" in result ? (
            <p>{result.problem}</p>
          ) : result.right ? (
            <p className="lesson-right">
              Right: it is {shown(p, result.answer)}. {lesson.takeaway}
            </p>
          ) : (
            <p className="lesson-wrong">
              Not quite: you said {shown(p, result.predicted)}, and it is {shown(p, result.answer)}. Look again, change your answer and Check.
            </p>
          )}
        </div>
      )}
      <div className="lesson-nav">
        {result && "right" in result && result.right && next && (
          <button type="button" onClick={() => void startLesson(next)}>
            Next lesson
          </button>
        )}
        <button type="button" className="text-button" onClick={() => useLessons.getState().stop()}>
          Leave the lesson
        </button>
      </div>
    </section>
  );
}
