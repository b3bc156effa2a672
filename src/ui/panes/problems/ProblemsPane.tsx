// Every problem with the program in one list: the assembler's errors and warnings by line
// and column, then the verifier's rejection by instruction, in the kernel's words with a
// plain-language explanation and the usual fix beside it. Clicking one goes to its line.

import type { Diagnostic, VerifierProblem } from "../../../protocol/index.ts";
import { InlineCode } from "../../components/InlineCode.tsx";
import { explain } from "../../format/explain.ts";
import { useBuild } from "../../stores/build.ts";
import { useDocument } from "../../stores/document.ts";
import { useVerify } from "../../stores/verify.ts";

function AssemblerProblem({ d, onGo, source }: { readonly d: Diagnostic; readonly onGo: (line: number) => void; readonly source: string }) {
  const line = d.span?.line;
  return (
    <li className={`problem severity-${d.severity}`} data-source={source}>
      <button type="button" className="problem-main" onClick={line ? () => onGo(line) : undefined} disabled={!line}>
        <span className="problem-icon" aria-hidden="true" />
        <span className="problem-where">{d.span ? `line ${d.span.line}:${d.span.column}` : d.pc !== undefined ? `insn ${d.pc}` : ""}</span>
        <span className="problem-message">{d.message}</span>
        <span className="problem-source">{source}</span>
      </button>
    </li>
  );
}

function VerifierRejection({ p, onGo }: { readonly p: VerifierProblem; readonly onGo: (p: VerifierProblem) => void }) {
  const e = explain(p.code, p.params);
  return (
    <li className="problem severity-error" data-source="verifier" data-code={p.code}>
      <button type="button" className="problem-main" onClick={() => onGo(p)} title={p.line ? `Go to line ${p.line}` : undefined}>
        <span className="problem-icon" aria-hidden="true" />
        <span className="problem-where">
          insn {p.pc}
          {p.line > 0 && <span className="problem-line"> · line {p.line}</span>}
        </span>
        <code className="problem-message kernel">{p.message}</code>
        <span className="problem-source">verifier</span>
      </button>
      <div className="problem-explain" data-explanation={e.id}>
        <p>
          <InlineCode text={e.meaning} />
        </p>
        <p>
          <span className="fix-label">Fix</span> <InlineCode text={e.fix} />
        </p>
      </div>
    </li>
  );
}

export function ProblemsPane() {
  const diagnostics = useBuild((s) => s.diagnostics);
  const source = useBuild((s) => (s.language === "c" ? "compiler" : "assembler"));
  const status = useVerify((s) => s.status);
  const verdict = useVerify((s) => s.verdict);
  const failure = useVerify((s) => s.failure);
  const revealLine = useDocument((s) => s.revealLine);
  const selectPc = useVerify((s) => s.selectPc);
  // While the text does not assemble the verifier has nothing to say; an older verdict would mislead.
  const problems = status === "skipped" ? [] : (verdict?.problems ?? []);

  const none = diagnostics.length === 0 && problems.length === 0;
  return (
    <section className="pane pane-problems" aria-label="Problems" aria-busy={status === "verifying"}>
      {none ? (
        <p className="empty">
          {failure
            ? `The verifier failed: ${failure}`
            : status === "verifying" && !verdict
              ? "Verifying…"
              : verdict?.accepted
                ? `No problems: the program ${source === "compiler" ? "compiles" : "assembles"} and the verifier accepts it.`
                : "No problems."}
        </p>
      ) : (
        <ul className={`problems pane-scroll${status === "verifying" ? " pending" : ""}`}>
          {diagnostics.map((d, k) => (
            <AssemblerProblem key={`a${k}`} d={d} onGo={revealLine} source={source} />
          ))}
          {problems.map((p, k) => (
            <VerifierRejection
              key={`v${k}`}
              p={p}
              onGo={(x) => {
                selectPc(x.pc);
                if (x.line) revealLine(x.line);
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
