// Every map of the program with its entries: keys and values as hex and as little-endian
// numbers. A ring buffer lists its records in order, discarded ones struck through.

import { Empty } from "../../components/Empty.tsx";
import { hexBytes, leNumbers } from "../../format/bytes.ts";
import { useSession } from "../../stores/session.ts";
import type { MapView } from "../../../protocol/index.ts";

const RECORD_TYPES = new Set(["ringbuf"]);

function Entries({ m }: { readonly m: MapView }) {
  if (!m.entries.length) return <p className="map-empty">{RECORD_TYPES.has(m.type) ? "No records." : "No entries."}</p>;
  if (RECORD_TYPES.has(m.type)) {
    return (
      <table className="grid map-entries">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Size</th>
            <th scope="col">Data</th>
            <th scope="col">As numbers</th>
          </tr>
        </thead>
        <tbody>
          {m.entries.map((e, k) => (
            <tr key={k} className={e.discarded ? "discarded" : undefined} title={e.discarded ? "discarded" : "submitted"}>
              <td className="num">{k}</td>
              <td className="num">{e.value.length}</td>
              <td className="hex">{hexBytes(e.value)}</td>
              <td className="num">{leNumbers(e.value) ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <table className="grid map-entries">
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Key (LE)</th>
          <th scope="col">Value</th>
          <th scope="col">Value (LE)</th>
        </tr>
      </thead>
      <tbody>
        {m.entries.map((e, k) => (
          <tr key={k}>
            <td className="hex">{hexBytes(e.key)}</td>
            <td className="num">{leNumbers(e.key) ?? ""}</td>
            <td className="hex">{hexBytes(e.value)}</td>
            <td className="num">{leNumbers(e.value) ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function MapsPane() {
  const maps = useSession((s) => s.state?.snapshot.maps) ?? [];
  return (
    <section className="pane pane-maps" aria-label="Maps">
      {!maps.length ? (
        <Empty>This program declares no maps. Declare one with .map NAME, type=hash, key_size=4, value_size=8, max_entries=64</Empty>
      ) : (
        <div className="pane-scroll maps" tabIndex={0} role="group" aria-label="Map contents">
          {maps.map((m) => (
            <div className="map" key={m.name} aria-label={`Map ${m.name}`} role="group">
              <h3>
                <span className="map-name">{m.name}</span>
                <span className="map-meta">
                  {m.type}
                  {RECORD_TYPES.has(m.type)
                    ? ` · ${m.maxEntries} bytes · ${m.entries.length} record${m.entries.length === 1 ? "" : "s"}`
                    : ` · key ${m.keySize} B · value ${m.valueSize} B · ${m.entries.length} / ${m.maxEntries} entries`}
                </span>
              </h3>
              <Entries m={m} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
