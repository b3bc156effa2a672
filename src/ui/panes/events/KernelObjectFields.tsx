// A kernel object of the event form member by member (objectForm.ts): each member with its C
// member and the input its type takes (a number, an address, text, hex, a family to choose), its
// problem under it; and argv-like lists as one input per string. The JSON text stays one click away.

import type { FieldValue, ObjectKind } from "../../../core/events/kernel/index.ts";
import { asObject, shortType, memberErrors, membersOf, memberText, memberValue, removeString, setString, stringsOf, withMember } from "./objectForm.ts";
import type { Member } from "./objectForm.ts";

interface Props {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly value: FieldValue | undefined;
  readonly onChange: (v: FieldValue) => void;
  /** Shows the field as JSON text instead. */
  readonly onJson: () => void;
}

function JsonButton({ onJson, name }: { readonly onJson: () => void; readonly name: string }) {
  return (
    <button type="button" className="ke-json" aria-label={`Type ${name} as JSON`} title="Type this field as JSON (advanced)" onClick={onJson}>
      JSON
    </button>
  );
}

export function ObjectFields({ id, name, type, kind, value, onChange, onJson }: Props & { readonly kind: ObjectKind }) {
  const o = asObject(value, kind);
  const errors = memberErrors(kind, o);
  const input = (m: Member) => {
    const key = m.path.join(".");
    const inputId = `${id}-${m.path.join("-")}`;
    const err = errors[key];
    const text = memberText(o, m);
    const set = (t: string) => onChange(withMember(o, m.path, memberValue(m, t)));
    const common = { id: inputId, "aria-invalid": err !== undefined, "aria-describedby": err ? `${inputId}-err` : undefined, "data-field": `fields.${name}.${key}` } as const;
    return (
      <div key={key} className={`ke-field${err ? " invalid" : ""}${m.field.kind === "hex" ? " ke-wide" : ""}`}>
        <label htmlFor={inputId} title={`${m.field.c}${m.field.note ? `: ${m.field.note}` : ""}`}>
          {key} <span className="ke-type">{shortType(m.field)}</span>
        </label>
        {m.field.kind === "family" ? (
          <select {...common} value={text} onChange={(e) => set(e.target.value)}>
            <option value="">{m.hint}</option>
            {(m.field.names ?? []).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
            {text && !(m.field.names ?? []).includes(text) && <option value={text}>{text}</option>}
          </select>
        ) : (
          <input
            {...common}
            type="text"
            inputMode={m.field.kind === "int" && !m.field.names ? "numeric" : undefined}
            spellCheck={false}
            autoComplete="off"
            list={m.field.names ? `${inputId}-names` : undefined}
            value={text}
            placeholder={m.hint}
            onChange={(e) => set(e.target.value)}
          />
        )}
        {m.field.names && m.field.kind === "int" && (
          <datalist id={`${inputId}-names`}>
            {m.field.names.map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
        )}
        {err && (
          <span className="pb-error" id={`${inputId}-err`}>
            {err}
          </span>
        )}
      </div>
    );
  };
  return (
    <fieldset className="ke-object" aria-label={`${name} (${type})`}>
      <legend>
        {name} <span className="ke-type">{type}</span> <JsonButton onJson={onJson} name={name} />
      </legend>
      {membersOf(kind).map(input)}
    </fieldset>
  );
}

/** argv, envp: one input per string, added and removed. */
export function StringsField({ id, name, type, value, onChange, onJson }: Props) {
  const list = stringsOf(value);
  return (
    <fieldset className="ke-object ke-strings" aria-label={`${name} (${type})`}>
      <legend>
        {name} <span className="ke-type">{type}</span> <JsonButton onJson={onJson} name={name} />
      </legend>
      {list.map((s, k) => (
        <div key={k} className="ke-string">
          <label htmlFor={`${id}-${k}`}>
            {name}[{k}]
          </label>
          <input id={`${id}-${k}`} type="text" spellCheck={false} autoComplete="off" value={s} data-field={`fields.${name}.${k}`} onChange={(e) => onChange(setString(list, k, e.target.value))} />
          <button type="button" aria-label={`Remove ${name}[${k}]`} title="Remove" onClick={() => onChange(removeString(list, k))}>
            ×
          </button>
        </div>
      ))}
      <button type="button" className="ke-add" onClick={() => onChange(setString(list, list.length, ""))}>
        Add a string
      </button>
    </fieldset>
  );
}
