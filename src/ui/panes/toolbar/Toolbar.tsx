// The header: the app's name, the language and dialect selectors, and the build status.

import { LabelledSelect } from "../../components/LabelledSelect.tsx";
import { DIALECTS, LANGUAGES, useDocument } from "../../stores/document.ts";
import { BuildStatus } from "./BuildStatus.tsx";

export function Toolbar() {
  const language = useDocument((s) => s.language);
  const dialect = useDocument((s) => s.dialect);
  const setLanguage = useDocument((s) => s.setLanguage);
  const setDialect = useDocument((s) => s.setDialect);

  return (
    <header className="toolbar">
      <div className="brand">
        <img src="/favicon.svg" alt="" width={22} height={22} />
        <span className="brand-name">bpfplay</span>
        <span className="brand-tag">eBPF playground</span>
      </div>
      <div className="selectors">
        <LabelledSelect label="Language" value={language} options={LANGUAGES} onChange={setLanguage} />
        <LabelledSelect label="Dialect" value={dialect} options={DIALECTS} onChange={setDialect} />
      </div>
      <BuildStatus />
    </header>
  );
}
