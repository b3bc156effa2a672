// Every map of the program: its seeds (what it holds before the run, edited in SeedEditor) and
// its entries now, keys and values as hex and as little-endian numbers. A ring buffer lists its
// records in order, discarded ones struck through; a perf event array its samples by CPU; from C,
// decoded by the struct the program writes (RecordList.tsx).

import { Empty } from "../../components/Empty.tsx";
import { hexBytes, leNumbers } from "../../format/bytes.ts";
import { useBuild } from "../../stores/build.ts";
import { useSession } from "../../stores/session.ts";
import type { MapView } from "../../../protocol/index.ts";
import type { DebugInfo } from "../../../core/program.ts";
import { RecordList } from "./RecordList.tsx";
import { SeedEditor } from "./SeedEditor.tsx";
import { checkSeeds, formatByType, seedable } from "./seeds.ts";
import type { MapShape } from "./seeds.ts";
import "./maps.css";

const RECORD_TYPES = new Set(["ringbuf", "perf_event_array"]);

function Entries({ m, shape, debug }: { readonly m: MapView; readonly shape?: MapShape; readonly debug?: DebugInfo }) {
  const keyC = shape?.keyType?.ints.length ? shape.keyType : undefined;
  const valueC = shape?.valueType?.ints.length ? shape.valueType : undefined;
  if (!m.entries.length) return <p className="map-empty">{RECORD_TYPES.has(m.type) ? "No records." : "No entries."}</p>;
  if (RECORD_TYPES.has(m.type)) return <RecordList m={m} debug={debug} />;
  return (
    <table className="grid map-entries">
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">{keyC ? `Key (${keyC.c})` : "Key (LE)"}</th>
          <th scope="col">Value</th>
          <th scope="col">{valueC ? `Value (${valueC.c})` : "Value (LE)"}</th>
        </tr>
      </thead>
      <tbody>
        {m.entries.map((e, k) => (
          <tr key={k}>
            <td className="hex">{hexBytes(e.key)}</td>
            <td className="num">{keyC ? formatByType(e.key, keyC) : (leNumbers(e.key) ?? "")}</td>
            <td className="hex">{hexBytes(e.value)}</td>
            <td className="num">{valueC ? formatByType(e.value, valueC) : (leNumbers(e.value) ?? "")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A map as declared, with its live contents once a session has them. */
function MapBlock({ shape, live, problems, debug }: { readonly shape: MapShape; readonly live?: MapView; readonly problems: ReturnType<typeof checkSeeds>["problems"]; readonly debug?: DebugInfo }) {
  const records = RECORD_TYPES.has(shape.type);
  const count = live?.entries.length;
  return (
    <div className="map" aria-label={`Map ${shape.name}`} role="group">
      <h3>
        <span className="map-name">{shape.name}</span>
        <span className="map-meta">
          {shape.type}
          {records
            ? ` · ${shape.type === "ringbuf" ? `${shape.maxEntries} bytes` : shape.maxEntries ? `${shape.maxEntries} CPUs` : "a slot per CPU"}${count !== undefined ? ` · ${count} record${count === 1 ? "" : "s"}` : ""}`
            : ` · key ${shape.keySize} B · value ${shape.valueSize} B${count !== undefined ? ` · ${count} / ${shape.maxEntries} entries` : ` · ${shape.maxEntries} entries`}`}
        </span>
      </h3>
      {seedable(shape) && <SeedEditor map={shape} problems={problems.filter((p) => p.name === shape.name)} />}
      <div className="map-now">
        {seedable(shape) && <span className="seeds-title">Now</span>}
        {live ? <Entries m={live} shape={shape} debug={debug} /> : <p className="map-empty">No session yet: press Step (F11) or Run.</p>}
      </div>
    </div>
  );
}

export function MapsPane() {
  const live = useSession((s) => s.state?.snapshot.maps) ?? [];
  const seeds = useSession((s) => s.mapSeeds);
  const declared = useBuild((s) => s.program?.maps);
  const debug = useBuild((s) => s.program?.debug);
  // the built program's maps; before a build, the session's
  const shapes: readonly MapShape[] = declared ?? live;
  const { problems } = checkSeeds(shapes, seeds);
  const orphans = problems.filter((p) => !shapes.some((m) => m.name === p.name));
  return (
    <section className="pane pane-maps" aria-label="Maps">
      {!shapes.length ? (
        <Empty>This program declares no maps. Declare one with .map NAME, type=hash, key_size=4, value_size=8, max_entries=64</Empty>
      ) : (
        <div className="pane-scroll maps" tabIndex={0} role="group" aria-label="Map contents">
          {orphans.map((p) => (
            <p className="seed-error" key={p.name}>
              {p.message}
            </p>
          ))}
          {shapes.map((m) => (
            <MapBlock key={m.name} shape={m} live={live.find((x) => x.name === m.name)} problems={problems} debug={debug} />
          ))}
        </div>
      )}
    </section>
  );
}
