// The packet builder's state: the preset it started from, the description the form edits, the
// text of each field as typed and what is wrong with it. The bytes themselves live in the
// session store (packetHex), which the debug bar's field and the worker read: the form writes
// them when every field is good, and reads its fields back when they are typed by hand.

import { create } from "zustand";
import { dissect } from "../../../core/events/dissect/dissect.ts";
import { DEFAULT_PACKET } from "../../../core/events/packet/default.ts";
import type { Packet } from "../../../core/events/packet/layers.ts";
import { PRESETS, presetByName } from "../../../core/events/packet/presets.ts";
import { useSession } from "../../stores/session.ts";
import { readHex, sameHex } from "./hex.ts";
import { applyForm, buildHex, checkForm, formFields, formValues, valuesFromDissection } from "./packetForm.ts";
import type { FormErrors, FormKey, FormValues } from "./packetForm.ts";

interface BuilderState {
  /** A preset's name, or "custom" once the bytes are no preset's. */
  readonly preset: string;
  readonly packet: Packet;
  readonly values: FormValues;
  readonly errors: FormErrors;
  /** The hex the form last wrote or read; a different packetHex was typed elsewhere. */
  readonly synced: string;
  /** Set when the bytes are not what the fields build (typed by hand): a field change rebuilds them all. */
  readonly handEdited: boolean;
  choosePreset(name: string): void;
  setField(key: FormKey, text: string): void;
  /** packetHex changed (typed in the hex field, the debug bar or by an example): fields follow the bytes. */
  follow(hex: string): void;
}

const presetOf = (hex: string): string | undefined => PRESETS.find((p) => {
  const b = buildHex(p.packet);
  return "hex" in b && sameHex(b.hex, hex);
})?.name;

function fromHex(hex: string, packet: Packet, values: FormValues): Pick<BuilderState, "preset" | "packet" | "values" | "errors" | "synced" | "handEdited"> | undefined {
  const bytes = readHex(hex);
  if (!(bytes instanceof Uint8Array)) return undefined;
  const preset = presetOf(hex);
  if (preset) {
    const p = presetByName(preset)!.packet;
    return { preset, packet: p, values: formValues(p), errors: {}, synced: hex, handEdited: false };
  }
  const keys = new Set(formFields(packet).map((f) => f.key));
  const read = valuesFromDissection(dissect(bytes));
  const merged: FormValues = { ...values };
  for (const k of Object.keys(read) as FormKey[]) if (keys.has(k)) merged[k] = read[k];
  const ok = Object.keys(checkForm(packet, merged)).length === 0;
  const next = ok ? applyForm(packet, merged) : packet;
  const built = buildHex(next);
  return { preset: "custom", packet: next, values: merged, errors: {}, synced: hex, handEdited: !("hex" in built && sameHex(built.hex, hex)) };
}

export const useBuilder = create<BuilderState>()((set, get) => {
  const initial = fromHex(useSession.getState().packetHex, DEFAULT_PACKET, formValues(DEFAULT_PACKET));
  return {
    preset: "default",
    packet: DEFAULT_PACKET,
    values: formValues(DEFAULT_PACKET),
    errors: {},
    synced: "",
    handEdited: false,
    ...initial,

    choosePreset: (name) => {
      const p = presetByName(name)?.packet;
      if (!p) return;
      const built = buildHex(p);
      if (!("hex" in built)) return;
      set({ preset: name, packet: p, values: formValues(p), errors: {}, synced: built.hex, handEdited: false });
      useSession.getState().setPacketHex(built.hex);
    },

    setField: (key, text) => {
      const s = get();
      const values = { ...s.values, [key]: text };
      const errors = checkForm(s.packet, values);
      if (Object.keys(errors).length) return set({ values, errors });
      const packet = applyForm(s.packet, values);
      const built = buildHex(packet);
      if (!("hex" in built)) return set({ values, errors: { [key]: built.error } });
      set({ values, errors, packet, synced: built.hex, handEdited: false, preset: presetOf(built.hex) ?? "custom" });
      useSession.getState().setPacketHex(built.hex);
    },

    follow: (hex) => {
      const s = get();
      if (hex === s.synced) return;
      const next = fromHex(hex, s.packet, s.values);
      // bytes that are not hex yet (mid-typing): the fields keep what they had
      if (next) set(next);
    },
  };
});
