// What the documents want the user to know, in a bar under the header: another tab changed the
// open document (and which version to keep), a link or file that could not be opened (an alert),
// a deleted document (with Undo), a link's step the debugger could not reach. Also where files
// dropped anywhere on the page are taken in.

import { useEffect, useState } from "react";
import { useDocuments } from "../../stores/documents.ts";
import { useShare } from "../../stores/share.ts";
import { openFiles, openPastedLog } from "./files.ts";

const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes("Files");

/** Drag and drop of .c, .s and .json files anywhere on the page: each opens as a new document. */
function useDropOpen(): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overIt = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Files only: text dragged within the editor is the editor's.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      void openFiles([...(e.dataTransfer?.files ?? [])]);
    };
    // A kernel verifier log pasted anywhere but in a text field opens as a log document.
    const paste = (e: ClipboardEvent) => {
      const t = e.target;
      if (t instanceof HTMLElement && (t.isContentEditable || t.closest("input, textarea, .monaco-editor"))) return;
      const text = e.clipboardData?.getData("text/plain") ?? "";
      void openPastedLog(text).then((opened) => opened && e.preventDefault());
    };
    window.addEventListener("paste", paste);
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragleave", leave);
    window.addEventListener("dragover", overIt);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("paste", paste);
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("dragover", overIt);
      window.removeEventListener("drop", drop);
    };
  }, []);
  return over;
}

export function Notices() {
  const notice = useDocuments((s) => s.notice);
  const missed = useShare((s) => s.missed);
  const over = useDropOpen();
  const { tell, resolve, undoRemove } = useDocuments.getState();
  return (
    <>
      {notice && (
        <div className={`doc-notice ${notice.kind}`} role={notice.kind === "info" ? "status" : "alert"}>
          <span className="doc-notice-text">{notice.message}</span>
          {notice.kind === "conflict" && (
            <>
              <button type="button" className="doc-tool" onClick={() => void resolve("theirs")}>
                Use the other tab's version
              </button>
              <button type="button" className="doc-tool" onClick={() => void resolve("mine")}>
                Keep mine as a new document
              </button>
            </>
          )}
          {notice.kind === "info" && notice.undo && (
            <button type="button" className="doc-tool" onClick={() => void undoRemove()}>
              Undo
            </button>
          )}
          {notice.kind !== "conflict" && (
            <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => tell(undefined)}>
              ×
            </button>
          )}
        </div>
      )}
      {missed && (
        <div className="doc-notice info" role="status">
          <span className="doc-notice-text">{missed}</span>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => useShare.setState({ missed: undefined })}>
            ×
          </button>
        </div>
      )}
      {over && (
        <div className="drop-target" aria-hidden="true">
          Drop a .c, .s or .json file to open it as a new document
        </div>
      )}
    </>
  );
}
