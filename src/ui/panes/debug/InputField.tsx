// The program's input, in the debugger's toolbar: the packet for packet program types, the
// context for the others. Hex bytes, spaces allowed; checked as it is typed, and marked
// when the engine refused it.

import { useId } from "react";
import { PROG_TYPES } from "../../../core/isa/progtypes.ts";
import { hexByteCount } from "../../examples/packet.ts";
import { useSession } from "../../stores/session.ts";
import { TRACING_TYPES } from "../events/kernelEventForm.ts";

export function InputField() {
  const id = useId();
  const progType = useSession((s) => s.progType);
  const packetHex = useSession((s) => s.packetHex);
  const ctxHex = useSession((s) => s.ctxHex);
  const setPacketHex = useSession((s) => s.setPacketHex);
  const setCtxHex = useSession((s) => s.setCtxHex);
  const error = useSession((s) => s.error);

  const packet = PROG_TYPES.find((t) => t.name === progType)?.packet ?? true;
  const field = packet ? "packet" : "ctx";
  const value = packet ? packetHex : ctxHex;
  const bytes = hexByteCount(value);
  const refused = error?.field === field ? error.message : undefined;
  const invalid = bytes === undefined || refused !== undefined;

  return (
    <div className={`field hex-field${invalid ? " invalid" : ""}`}>
      <label htmlFor={id}>{packet ? "Packet (hex)" : "Context (hex)"}</label>
      <input
        id={id}
        type="text"
        spellCheck={false}
        autoComplete="off"
        value={value}
        placeholder={packet ? "an Ethernet frame, at least 14 bytes" : TRACING_TYPES.has(progType) ? "empty: the Events pane's kernel event" : "empty: a zeroed context"}
        aria-invalid={invalid}
        aria-describedby={`${id}-note`}
        title={refused ?? (packet ? "The packet the program runs on, as hex bytes" : "The context the program gets in r1, as hex bytes")}
        onChange={(e) => (packet ? setPacketHex : setCtxHex)(e.target.value)}
      />
      <span className="field-note" id={`${id}-note`}>
        {bytes === undefined ? "not hex bytes" : `${bytes} byte${bytes === 1 ? "" : "s"}`}
      </span>
    </div>
  );
}
