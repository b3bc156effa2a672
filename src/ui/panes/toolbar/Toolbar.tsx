// The header: the app's name, the documents and Share, the examples, the language (and assembly's dialect), the
// program (when the C text defines several) and its type, the build status and the verdict.

import { PROG_TYPES } from "../../../core/isa/progtypes.ts";
import { LabelledSelect } from "../../components/LabelledSelect.tsx";
import { useBuild } from "../../stores/build.ts";
import { DIALECTS, LANGUAGES, useDocument } from "../../stores/document.ts";
import { useSession } from "../../stores/session.ts";
import { BuildStatus } from "./BuildStatus.tsx";
import { ExamplesMenu } from "./ExamplesMenu.tsx";
import { VerdictChip } from "./VerdictChip.tsx";
import { KeyboardHelp } from "../help/KeyboardHelp.tsx";
import { DocumentsMenu } from "../documents/DocumentsMenu.tsx";
import { ShareButton } from "../documents/ShareButton.tsx";

/** The types bpfplay can build a context for, named as the kernel does, with libbpf's section name. */
const PROGRAM_TYPES = PROG_TYPES.filter((t) => t.ctx !== "none").map((t) => ({
  id: t.name,
  label: t.sections[0] && t.sections[0] !== t.name ? `${t.name} (${t.sections[0]})` : t.name,
}));

export function Toolbar() {
  const language = useDocument((s) => s.language);
  const dialect = useDocument((s) => s.dialect);
  const setLanguage = useDocument((s) => s.setLanguage);
  const setDialect = useDocument((s) => s.setDialect);
  const progType = useSession((s) => s.progType);
  const setProgType = useSession((s) => s.setProgType);
  const known = PROGRAM_TYPES.some((t) => t.id === progType);
  const programs = useBuild((s) => s.programs);
  const entry = useBuild((s) => s.entry);
  const setEntry = useDocument((s) => s.setEntry);
  const section = useBuild((s) => s.programs[s.entry]?.section);
  const fromSource = useBuild((s) => s.progType);

  return (
    <header className="toolbar">
      <div className="brand">
        <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={22} height={22} />
        <h1 className="brand-name">bpfplay</h1>
        <span className="brand-tag">eBPF playground</span>
        <div className="doc-buttons">
          <DocumentsMenu />
          <ShareButton />
        </div>
      </div>
      <div className="selectors">
        <ExamplesMenu />
        {/* an object or a log is what it is: its one option names it (switching would read its bytes as source) */}
        <LabelledSelect label="Language" value={language} options={language === "object" ? [{ id: language, label: "Object (.o)" }] : language === "log" ? [{ id: language, label: "Kernel log" }] : LANGUAGES} onChange={setLanguage} />
        {language === "asm" && <LabelledSelect label="Dialect" value={dialect} options={DIALECTS} onChange={setDialect} />}
        {(language === "c" || language === "object") && programs.length > 0 && (
          <LabelledSelect
            label="Program"
            value={programs[entry]?.name ?? ""}
            options={programs.map((p) => ({ id: p.name, label: `${p.name} (${p.section})` }))}
            onChange={setEntry}
            title="The SEC() function to verify and run"
          />
        )}
        <LabelledSelect
          label="Program type"
          value={progType}
          options={known ? PROGRAM_TYPES : [...PROGRAM_TYPES, { id: progType, label: progType }]}
          onChange={setProgType}
          title={fromSource && section ? `Set from the section "${section}"${fromSource !== progType ? ` (the source says ${fromSource}; you chose ${progType})` : ""}` : "The program type the verifier and the debugger use"}
        />
        {fromSource && fromSource !== progType && (
          <button
            type="button"
            className="override-note"
            onClick={() => setProgType(fromSource)}
            aria-label={`${section ? `"${section}" says ${fromSource}` : `The source says ${fromSource}`}; you chose ${progType}. Use ${fromSource}`}
            title={`The source's section names ${fromSource}; you chose ${progType}. Click to verify and run as ${fromSource}.`}
          >
            source says {fromSource} · <span className="link-like">use it</span>
          </button>
        )}
      </div>
      <BuildStatus />
      <VerdictChip />
      <KeyboardHelp />
    </header>
  );
}
