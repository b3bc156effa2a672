// The program's input, in the debugger's toolbar: the packet for packet program types, the
// context for the others. Hex bytes, spaces allowed; checked as it is typed, and marked
// when the engine refused it.

import { useId } from "react";
import { PROG_TYPES, progTypeByName } from "../../../core/isa/progtypes.ts";
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
        placeholder={placeholder(progType, packet)}
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

function placeholder(progType: string, packet: boolean): string {
  if (packet) return "an Ethernet frame, at least 14 bytes";
  if (TRACING_TYPES.has(progType)) return "empty: the Events pane's kernel event";
  // bpfplay's own context (ctx_sock_addr.ts): BPF_PROG_TEST_RUN cannot run the type
  if (progTypeByName(progType)?.name === "cgroup_sock_addr") return "empty: a call of the hook's kind to 192.0.2.1 or 2001:db8::1, port 80";
  return "empty: a zeroed context";
}
