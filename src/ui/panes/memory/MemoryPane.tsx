// The packet (data to data_end) and the context as hex dumps, with the bytes the last
// command changed marked.

import { ByteCells } from "../../components/ByteCells.tsx";
import { Empty } from "../../components/Empty.tsx";
import { ascii, dumpRows } from "../../format/bytes.ts";
import { useSession } from "../../stores/session.ts";
import type { MemoryView } from "../../../protocol/index.ts";

const WIDTH = 16;

function Dump({ m, changed }: { readonly m: MemoryView; readonly changed: ReadonlySet<number> }) {
  return (
    <div className="frame" role="group" aria-label={m.name}>
      <div className="frame-title">
        <span className="frame-name">{m.name}</span>
        <span className="frame-base">
          {m.bytes.length} bytes at {m.base}
        </span>
      </div>
      <table className="grid dump">
        <tbody>
          {dumpRows(m.bytes, WIDTH).map((r) => (
            <tr key={r.offset}>
              <th scope="row" className="offset">
                {r.offset.toString(16).padStart(4, "0")}
              </th>
              <td className="bytes">
                <ByteCells bytes={r.bytes} at={r.offset} changed={changed} />
              </td>
              <td className="ascii">{ascii(r.bytes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function MemoryPane() {
  const state = useSession((s) => s.state);
  const memory = state?.snapshot.memory ?? [];
  return (
    <section className="pane pane-memory" aria-label="Memory">
      {!memory.length ? (
        <Empty>The context and the packet appear once a session starts.</Empty>
      ) : (
        <div className="pane-scroll dumps" tabIndex={0} role="group" aria-label="Memory dumps">
          {memory
            .map((m, k) => ({ m, changed: new Set(state!.changedMemory[k] ?? []) }))
            .sort((a, b) => Number(b.m.kind === "packet") - Number(a.m.kind === "packet"))
            .map(({ m, changed }) => (
              <Dump key={m.kind} m={m} changed={changed} />
            ))}
        </div>
      )}
    </section>
  );
}
