// The first screen's editor: a plain text area with line numbers, in the editor's font and colours,
// that takes typing as soon as the page has painted. Monaco (most of the download and a good half
// second of the main thread to start) replaces it once loaded, with the same text (both write
// every change to the document store) and the cursor, scroll and focus the user left
// (monaco/handoff.ts). No colouring, completion or markers until then: this is a few hundred
// milliseconds of the page's life, long enough that a user who starts typing at once loses nothing.

import { useLayoutEffect, useRef, useState } from "react";
import { leaveHandoff } from "../../monaco/handoff.ts";

export interface PlainEditorProps {
  readonly value: string;
  readonly readOnly: boolean;
  readonly label: string;
  readonly onChange: (value: string) => void;
}

/** Line numbers for `text`: "1\n2\n...". */
export function lineNumbers(text: string): string {
  let count = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) count++;
  return Array.from({ length: count }, (_, k) => String(k + 1)).join("\n");
}

export function PlainEditor({ value, readOnly, label, onChange }: PlainEditorProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [scroll, setScroll] = useState(0);
  useLayoutEffect(() => {
    const el = area.current!;
    // Runs while the text area is still in the page (a layout effect's cleanup comes before the
    // node's removal): Monaco, mounted next, puts the cursor and the focus back.
    return () =>
      leaveHandoff({
        start: el.selectionStart,
        end: el.selectionEnd,
        backward: el.selectionDirection === "backward",
        scrollTop: el.scrollTop,
        focused: document.activeElement === el,
      });
  }, []);
  return (
    <div className="plain-editor" aria-busy="true">
      <pre className="plain-editor-gutter" aria-hidden="true" style={{ transform: `translateY(${-scroll}px)` }}>
        {lineNumbers(value)}
      </pre>
      <textarea
        ref={area}
        className="plain-editor-text"
        aria-label={label}
        value={value}
        readOnly={readOnly}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        wrap="off"
        onChange={(e) => onChange(e.target.value)}
        onScroll={(e) => setScroll(e.currentTarget.scrollTop)}
      />
    </div>
  );
}
