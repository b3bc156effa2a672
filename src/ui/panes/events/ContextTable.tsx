// The context a program gets in r1, field by field as the kernel UAPI names them (xdp_md,
// __sk_buff, pt_regs, ...): the value, pointers as the place they point to (`packet + 14`),
// what the value means, and what the program may do with the field. The worker describes the
// live context with each state (vm/ctx_view.ts), so a field the program writes shows here.

import type { ContextView } from "../../../protocol/index.ts";

const ACCESS = { none: "hidden", read: "read", write: "read, write" } as const;

export function ContextTable({ view, stale }: { readonly view: ContextView; readonly stale: boolean }) {
  const shown = view.fields.filter((f) => f.access !== "none" || f.value !== 0n);
  const hidden = view.fields.length - shown.length;
  return (
    <div className={`ctx-view${stale ? " stale" : ""}`}>
      <table className="grid ctx-table" aria-label={`Context: struct ${view.struct}`}>
        <caption>
          struct {view.struct}, {view.size} bytes
          {stale && " (from the last session: the input changed since)"}
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Value</th>
            <th scope="col">Meaning</th>
            <th scope="col">Program may</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((f) => (
            <tr key={f.name} className={f.pointer ? "pointer" : undefined}>
              <th scope="row" title={`offset ${f.off}, ${f.size} bytes`}>
                {f.name}
              </th>
              <td className="ctx-value">{f.text}</td>
              <td className="ctx-note">{f.note ?? ""}</td>
              <td className="ctx-access" title={f.settable ? "The run takes this field from the context bytes given (Context (hex), as BPF_PROG_TEST_RUN takes ctx_in)" : undefined}>
                {ACCESS[f.access]}
                {f.settable ? " · settable" : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 && <p className="ctx-more">{hidden} more fields are zero and hidden from this program type.</p>}
    </div>
  );
}
