// Kernel logs in the Verifier pane: for a log document, a note that the verdict and the states are
// the kernel's, read from its log; for an object verified with its log, "Kernel log vs bpfplay":
// the two verdicts, the instruction each rejects at, and the first instruction whose state the
// kernel printed differently from every state bpfplay kept there (each a link to the instruction).

import type { VerdictView } from "../../../protocol/index.ts";
import { useGoTo } from "../verifier/goTo.ts";
import "./objects.css";

type Comparison = NonNullable<VerdictView["kernel"]>;

const verdictWord = (v: { accepted: boolean; errorPc?: number }) => (v.accepted ? "accepted" : `rejected${v.errorPc !== undefined ? ` at insn ${v.errorPc}` : ""}`);

function Insn({ pc }: { readonly pc: number | undefined }) {
  const goTo = useGoTo();
  if (pc === undefined) return null;
  return (
    <button type="button" className="link" title={`Go to insn ${pc}`} onClick={() => goTo(pc)}>
      insn {pc}
    </button>
  );
}

function Row({ label, same, kernel, ours }: { readonly label: string; readonly same: boolean; readonly kernel: React.ReactNode; readonly ours: React.ReactNode }) {
  return (
    <tr className={same ? "same" : "differs"}>
      <th scope="row">{label}</th>
      <td>{kernel}</td>
      <td>{ours}</td>
      <td className="agree">{same ? "same" : "differs"}</td>
    </tr>
  );
}

export function KernelComparison({ c }: { readonly c: Comparison }) {
  const d = c.firstDifference;
  return (
    <section className="kernel-compare" aria-label="Kernel log vs bpfplay">
      <h3>Kernel log vs bpfplay</h3>
      <table>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">kernel's log</th>
            <th scope="col">bpfplay</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          <Row label="Verdict" same={c.sameVerdict} kernel={verdictWord(c.kernel)} ours={verdictWord(c.ours)} />
          {(!c.kernel.accepted || !c.ours.accepted) && (
            <Row label="Error" same={c.sameErrorPc && c.sameMessage} kernel={<><Insn pc={c.kernel.errorPc} /> <code>{c.kernel.message ?? "—"}</code></>} ours={<><Insn pc={c.ours.errorPc} /> <code>{c.ours.message ?? "—"}</code></>} />
          )}
          <Row
            label="States"
            same={!d}
            kernel={`${c.compared} printed`}
            ours={d ? <>first differs before <Insn pc={d.pc} /></> : c.compared ? `all ${c.matched} the same` : "none to compare"}
          />
        </tbody>
      </table>
      {d && (
        <p className="kernel-compare-diff">
          Before <Insn pc={d.pc} />
          {d.unreached ? ": bpfplay has no state here (its walk did not reach this instruction)." : ":"}
          {!d.unreached &&
            d.values.map((v) => (
              <span key={v.name} className="diff-value">
                {" "}
                <code>{v.name}</code> kernel <code>{v.kernel}</code>, bpfplay <code>{v.ours ?? "(not set)"}</code>;
              </span>
            ))}
        </p>
      )}
    </section>
  );
}

export function FromLogNote({ v }: { readonly v: NonNullable<VerdictView["fromLog"]> }) {
  return (
    <p className="from-log-note" role="note">
      The verdict and the states are the kernel's, read from its log: a state the log did not print whole is carried along from the changes it printed after each instruction.
      {v.missing > 0 && ` ${v.missing} instruction${v.missing === 1 ? " is" : "s are"} not in the log.`}
      {v.unread > 0 && ` ${v.unread} line${v.unread === 1 ? "" : "s"} of the log not understood.`}
    </p>
  );
}
