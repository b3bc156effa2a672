// The Documents menu: the header button names the open document; it opens a modal list of the
// user's documents (newest first) with new, open, rename, duplicate and delete, and the open
// document's import and export. A native <dialog>: focus stays inside, Escape closes it.

import { useEffect, useRef, useState } from "react";
import { useDocuments } from "../../stores/documents.ts";
import type { DocSummary } from "../../stores/documents.ts";
import { useBuild } from "../../stores/build.ts";
import { useDocument } from "../../stores/document.ts";
import { exportBytecode, exportObject, exportSession, exportSource, openFiles, SOURCE_EXT } from "./files.ts";
import { Notices } from "./Notices.tsx";
import "./documents.css";

const KIND = { c: "C", asm: "Assembly", object: "Object", log: "Kernel log" } as const;

// One formatter, made when the list is first shown: making one per row (toLocaleString with
// options) cost the first screen 75 ms of the main thread, for a list nobody had opened.
let format: Intl.DateTimeFormat | undefined;
const when = (t: number) => (t ? (format ??= new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" })).format(t) : "");

function Row({ doc, current, close }: { readonly doc: DocSummary; readonly current: boolean; readonly close: () => void }) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(doc.name);
  const { open, rename, duplicate, remove } = useDocuments.getState();
  const commit = () => {
    setRenaming(false);
    if (name.trim() && name !== doc.name) void rename(doc.id, name);
  };
  return (
    <li className={current ? "doc-row current" : "doc-row"}>
      {renaming ? (
        <input
          className="doc-rename"
          aria-label={`New name for "${doc.name}"`}
          value={name}
          autoFocus
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit();
            if (e.key === "Escape") {
              e.preventDefault();
              e.stopPropagation();
              setName(doc.name);
              setRenaming(false);
            }
          }}
        />
      ) : (
        <button
          type="button"
          className="doc-open"
          aria-current={current ? "true" : undefined}
          aria-label={doc.name}
          aria-describedby={`doc-meta-${doc.id}`}
          onClick={() => {
            void open(doc.id);
            close();
          }}
        >
          <span className="doc-name">{doc.name}</span>
          <span className="doc-meta" id={`doc-meta-${doc.id}`}>
            {KIND[doc.language]} · {when(doc.updated)}
            {current ? " · open" : ""}
          </span>
        </button>
      )}
      <span className="doc-actions">
        <button type="button" className="doc-action" aria-label={`Rename "${doc.name}"`} title="Rename" onClick={() => (setName(doc.name), setRenaming(true))}>
          Rename
        </button>
        <button type="button" className="doc-action" aria-label={`Duplicate "${doc.name}"`} title="Duplicate" onClick={() => void duplicate(doc.id)}>
          Duplicate
        </button>
        <button type="button" className="doc-action danger" aria-label={`Delete "${doc.name}"`} title="Delete (can be undone)" onClick={() => void remove(doc.id)}>
          Delete
        </button>
      </span>
    </li>
  );
}

export function DocumentsMenu() {
  const dialog = useRef<HTMLDialogElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const name = useDocuments((s) => s.currentName);
  const list = useDocuments((s) => s.list);
  const currentId = useDocuments((s) => s.currentId);
  const ready = useDocuments((s) => s.ready);
  const language = useDocument((s) => s.language);
  const built = useBuild((s) => !!s.program);
  const close = () => setOpen(false);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <>
      <button type="button" className="documents-button" aria-haspopup="dialog" aria-label={`Documents: ${name}`} title={`Documents (open: ${name}): new, open, rename, import, export`} disabled={!ready} onClick={() => setOpen(true)}>
        <svg className="documents-icon" width="12" height="14" viewBox="0 0 12 14" aria-hidden="true">
          <path d="M1 1h6l4 4v8H1z M7 1v4h4" fill="none" stroke="currentColor" strokeWidth="1.2" />
        </svg>
        <span className="documents-label">Documents</span>
        <span className="documents-name">{name || "…"}</span>
      </button>
      <dialog
        ref={dialog}
        className="documents-dialog"
        aria-labelledby="documents-title"
        onClose={close}
        onClick={(e) => {
          // A click on the backdrop (the dialog itself, outside its content) closes it.
          if (e.target === dialog.current) close();
        }}
      >
        <div className="documents-head">
          <h2 id="documents-title">Documents</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={close}>
            ×
          </button>
        </div>
        <p className="documents-hint">Saved in this browser as you type. Each tab works on its own document; examples, links and files open as new ones.</p>
        <div className="documents-tools">
          <button type="button" className="doc-tool primary" onClick={() => void useDocuments.getState().create().then(close)}>
            New
          </button>
          <button type="button" className="doc-tool" onClick={() => picker.current?.click()}>
            Import file…
          </button>
          <input
            ref={picker}
            type="file"
            hidden
            multiple
            accept=".c,.h,.s,.asm,.json,.o,.log,.txt"
            aria-label="Import files"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = "";
              void openFiles(files).then(close);
            }}
          />
        </div>
        <ul className="documents-list" aria-label="Your documents">
          {/* Rows only while the dialog is open: nothing of the list costs the first screen. */}
          {open && list.map((d) => (
            <Row key={`${d.id}:${d.name}`} doc={d} current={d.id === currentId} close={close} />
          ))}
        </ul>
        <div className="documents-export" role="group" aria-label="Export the open document">
          <span className="documents-export-label">Export “{name}”</span>
          <button type="button" className="doc-tool" onClick={exportSource}>
            {language === "object" ? "Object" : language === "log" ? "Log" : "Source"} (.{SOURCE_EXT[language]})
          </button>
          {language === "c" && (
            <button type="button" className="doc-tool" disabled={!built} title={built ? "Every SEC() program compiled into an ELF object that libbpf (bpftool prog load) loads" : "The text has errors: no object to export"} onClick={() => void exportObject()}>
              Object (.o)
            </button>
          )}
          <button type="button" className="doc-tool" disabled={!built} title={built ? "The program's instructions, 8 bytes each, as the kernel takes them" : "The text has errors: no program to export"} onClick={() => void exportBytecode()}>
            Bytecode (.bin)
          </button>
          <button type="button" className="doc-tool" title="Source, program type, input and breakpoints, to import later" onClick={exportSession}>
            Session (.json)
          </button>
        </div>
      </dialog>
      <Notices />
    </>
  );
}
