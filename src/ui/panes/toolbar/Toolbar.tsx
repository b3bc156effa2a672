// The header: the app's name, the examples, the language, dialect and program type, the
// build status and the verifier's verdict.

import { PROG_TYPES } from "../../../core/isa/progtypes.ts";
import { LabelledSelect } from "../../components/LabelledSelect.tsx";
import { DIALECTS, LANGUAGES, useDocument } from "../../stores/document.ts";
import { useSession } from "../../stores/session.ts";
import { BuildStatus } from "./BuildStatus.tsx";
import { ExamplesMenu } from "./ExamplesMenu.tsx";
import { VerdictChip } from "./VerdictChip.tsx";

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

  return (
    <header className="toolbar">
      <div className="brand">
        <img src="/favicon.svg" alt="" width={22} height={22} />
        <span className="brand-name">bpfplay</span>
        <span className="brand-tag">eBPF playground</span>
      </div>
      <div className="selectors">
        <ExamplesMenu />
        <LabelledSelect label="Language" value={language} options={LANGUAGES} onChange={setLanguage} />
        <LabelledSelect label="Dialect" value={dialect} options={DIALECTS} onChange={setDialect} />
        <LabelledSelect label="Program type" value={progType} options={known ? PROGRAM_TYPES : [...PROGRAM_TYPES, { id: progType, label: progType }]} onChange={setProgType} />
      </div>
      <BuildStatus />
      <VerdictChip />
    </header>
  );
}
