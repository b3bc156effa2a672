// The kernel event a tracing program meets, as a form: the event (a tracepoint, raw tracepoint or
// kernel function of the list matching the program type, first the one its section names), its
// fields by name and C type, and the process it happens in. Pointer fields take what they point
// to: a path, argv string by string, a socket or file member by member (KernelObjectFields.tsx;
// JSON text as the advanced way); below, where each lands in the synthetic memory, and the
// context bytes themselves for those who want the raw view.

import { useId, useMemo, useState } from "react";
import { isEventError, prepareKernelEvent } from "../../../core/events/kernel/index.ts";
import type { FieldValue, KernelEvent, KernelEventKind } from "../../../core/events/kernel/index.ts";
import { useBuild } from "../../stores/build.ts";
import { useKernelEvent } from "../../stores/kernelEvent.ts";
import { useSession } from "../../stores/session.ts";
import { effectiveEvent, kindsFor, namesFor, rowsOf, switchTo, textOf, valueAt, valueOf, withValue } from "./kernelEventForm.ts";
import { ObjectFields, StringsField } from "./KernelObjectFields.tsx";
import { memberErrors, objectKindOf, asObject } from "./objectForm.ts";
import type { Row } from "./kernelEventForm.ts";

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join(" ");
const addr = (a: bigint) => `0x${a.toString(16)}`;

export function KernelEventForm({ progType }: { readonly progType: string }) {
  const id = useId();
  const section = useBuild((b) => b.program?.section);
  const chosen = useKernelEvent((s) => s.event);
  const setEvent = useKernelEvent((s) => s.setEvent);
  const ctxHex = useSession((s) => s.ctxHex);
  const refused = useSession((s) => (s.error?.field === "event" ? s.error.message : undefined));
  const event = effectiveEvent(chosen, progType, section);
  // text typed into a row stays as typed (half-written JSON, a trailing space) while the same event is shown
  const [drafts, setDrafts] = useState<Readonly<Record<string, string>>>({});
  const [rowErrors, setRowErrors] = useState<Readonly<Record<string, string>>>({});
  // object and list fields shown as JSON text (the advanced way), by row key
  const [asJson, setAsJson] = useState<ReadonlySet<string>>(new Set());
  const json = (key: string, on: boolean) => setAsJson((s) => (on ? new Set([...s, key]) : new Set([...s].filter((k) => k !== key))));
  const which = `${event.kind}/${event.name}`;
  const [draftsFor, setDraftsFor] = useState(which);
  if (draftsFor !== which) {
    setDrafts({});
    setRowErrors({});
    setAsJson(new Set());
    setDraftsFor(which);
  }
  const rows = useMemo(() => rowsOf(event), [event]);
  const prepared = useMemo(() => prepareKernelEvent(event), [event]);
  const problem = isEventError(prepared) ? prepared : undefined;
  const put = (next: KernelEvent) => setEvent(next);
  const change = (r: Row, text: string) => {
    setDrafts((d) => ({ ...d, [r.key]: text }));
    const v = valueOf(r, text);
    setRowErrors((e) => {
      const { [r.key]: _gone, ...rest } = e;
      void _gone;
      return v.error ? { ...rest, [r.key]: v.error } : rest;
    });
    if (!v.error) put(withValue(event, r, v.value));
  };
  const choose = (kind: KernelEventKind, name: string) => put(switchTo(event, kind, name));

  const field = (r: Row) => {
    const err = rowErrors[r.key] ?? (problem && (problem.path === r.key || problem.path?.startsWith(`${r.key}.`) || (problem.path === "process" && r.key.startsWith("process.") && problem.error.includes(`process.${r.name}`))) ? problem.error : undefined);
    const inputId = `${id}-${r.key}`;
    const object = objectKindOf(r.pointee);
    if ((object || r.kind === "strings") && !asJson.has(r.key)) {
      const props = { id: inputId, name: r.name, type: r.type, value: valueAt(event, r), onChange: (v: FieldValue) => put(withValue(event, r, v)), onJson: () => json(r.key, true) };
      // a member's problem shows on the member; one of the whole object (an unknown key) under it
      const whole = err && !(object && Object.keys(memberErrors(object, asObject(props.value, object))).length) ? err : undefined;
      return (
        <div key={r.key} className="ke-field ke-wide">
          {object ? <ObjectFields {...props} kind={object} /> : <StringsField {...props} />}
          {whole && <span className="pb-error">{whole}</span>}
        </div>
      );
    }
    const value = drafts[r.key] ?? textOf(event, r);
    return (
      <div key={r.key} className={`ke-field${err ? " invalid" : ""}${r.kind === "json" || object ? " ke-wide" : ""}`}>
        <label htmlFor={inputId}>
          {r.name} <span className="ke-type">{r.type}</span>
          {asJson.has(r.key) && (
            <button type="button" className="ke-json" aria-label={`Type ${r.name} by fields`} onClick={() => json(r.key, false)}>
              Fields
            </button>
          )}
        </label>
        <input
          id={inputId}
          type="text"
          spellCheck={false}
          autoComplete="off"
          value={value}
          placeholder={r.hint}
          aria-invalid={err !== undefined}
          aria-describedby={err ? `${inputId}-err` : undefined}
          data-field={r.key}
          onChange={(e) => change(r, e.target.value)}
        />
        {err && (
          <span className="pb-error" id={`${inputId}-err`}>
            {err}
          </span>
        )}
      </div>
    );
  };

  const kinds = kindsFor(progType);
  return (
    <form className="packet-builder ke-form" aria-label="Kernel event" onSubmit={(e) => e.preventDefault()}>
      <div className="ke-pick">
        <div>
          <label htmlFor={`${id}-kind`}>Event</label>
          <select id={`${id}-kind`} value={event.kind} onChange={(e) => choose(e.target.value as KernelEventKind, namesFor(e.target.value as KernelEventKind)[0])} disabled={kinds.length < 2}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </div>
        <div className="ke-name">
          <label htmlFor={`${id}-name`}>{event.kind === "tracepoint" ? "Tracepoint" : event.kind === "raw_tracepoint" ? "Raw tracepoint" : "Kernel function"}</label>
          <select id={`${id}-name`} value={event.name} onChange={(e) => choose(event.kind, e.target.value)}>
            {!namesFor(event.kind).includes(event.name) && <option value={event.name}>{event.name}</option>}
            {namesFor(event.kind).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      </div>
      {ctxHex.trim() && !chosen && <p className="pb-note">The context comes from the raw bytes in Context (hex) in the debugger bar; change a field here to use this event instead.</p>}
      <fieldset className="ke-group">
        <legend>Fields</legend>
        {rows.fields.length ? rows.fields.map(field) : <p className="empty">No fields.</p>}
      </fieldset>
      <fieldset className="ke-group">
        <legend>Process</legend>
        {rows.process.map(field)}
      </fieldset>
      {(problem || refused) && (
        <p className="pb-error ke-problem" role="alert">
          {problem ? `${problem.path ? `${problem.path}: ` : ""}${problem.error}` : refused}
        </p>
      )}
      {!isEventError(prepared) && (
        <details className="ke-advanced">
          <summary>
            Memory and context bytes <span className="ev-detail">{prepared.ctx.length} bytes of context · {prepared.memory.length} areas</span>
          </summary>
          <table className="ke-memory">
            <tbody>
              {prepared.memory.map((m) => (
                <tr key={`${m.addr}`}>
                  <td className="ke-addr">{addr(m.addr)}</td>
                  <td>{m.space}</td>
                  <td>{m.name}</td>
                  <td>{m.bytes.length} B</td>
                </tr>
              ))}
            </tbody>
          </table>
          <label htmlFor={`${id}-ctx`}>Context bytes (hex, as the program's r1 points to them)</label>
          <textarea id={`${id}-ctx`} readOnly rows={4} value={hex(prepared.ctx)} spellCheck={false} />
        </details>
      )}
    </form>
  );
}
