// The Share button: the session as a link (share.ts), copied to the clipboard and shown in a
// selectable field, with what it carries. A native modal <dialog>, as the keyboard help is.

import { useEffect, useRef, useState } from "react";
import type { SharedSession } from "../../../core/permalink/index.ts";
import { currentShared, linkFor } from "../../stores/share.ts";

interface Shared {
  readonly link: string;
  readonly session: SharedSession;
  readonly copied: boolean;
}

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;

function contents(s: SharedSession): string {
  const parts = [s.language === "c" ? "the C source" : "the assembly source", s.progType ? `program type ${s.progType}` : "", s.packetHex || s.ctxHex ? "the input bytes" : ""];
  if (s.breakpoints?.length) parts.push(plural(s.breakpoints.length, "breakpoint"));
  parts.push(s.step ? `the debugger at step ${s.step}` : "the debugger at the start");
  return parts.filter(Boolean).join(", ");
}

export function ShareButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [shared, setShared] = useState<Shared>();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    const open = !!(shared || problem);
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
    if (open) field.current?.select();
  }, [shared, problem]);

  const share = async () => {
    let link: string;
    let session: SharedSession;
    try {
      session = currentShared();
      link = linkFor(session, location.href);
    } catch (e) {
      setProblem(`This session cannot be shared as a link: ${e instanceof Error ? e.message.replace(/^encodeSession: /, "") : String(e)}`);
      return;
    }
    let copied = false;
    try {
      await navigator.clipboard.writeText(link);
      copied = true;
    } catch {
      // No clipboard (permission, insecure page): the field below still holds the link.
    }
    setShared({ link, session, copied });
  };
  const close = () => {
    setShared(undefined);
    setProblem(undefined);
  };

  return (
    <>
      <button type="button" className="share-button" aria-label="Share" title="Share: a link to this session (source, input, breakpoints and the debugger's step)" onClick={() => void share()}>
        <svg className="share-icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
          <path d="M7 1v8M4 4l3-3 3 3M2 7v6h10V7" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
        </svg>
        <span className="share-text">Share</span>
      </button>
      <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title" onClose={close}>
        <div className="documents-head">
          <h2 id="share-title">Share this session</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={close}>
            ×
          </button>
        </div>
        {problem && <p role="alert">{problem}</p>}
        {shared && (
          <>
            <p className="share-status" role="status">
              {shared.copied ? "Link copied to the clipboard." : "Copy the link below (the clipboard was not available)."}
            </p>
            <label className="share-label" htmlFor="share-link">
              Link
            </label>
            <input id="share-link" ref={field} className="share-link" readOnly value={shared.link} onFocus={(e) => e.target.select()} />
            <p className="share-detail">
              {shared.link.length.toLocaleString("en")} characters. It holds {contents(shared.session)}. Everything is in the link itself (after the #): nothing is uploaded. Opening it opens a new document.
            </p>
          </>
        )}
      </dialog>
    </>
  );
}
