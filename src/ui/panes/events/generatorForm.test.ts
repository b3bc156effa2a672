import { describe, expect, it } from "vitest";
import { isTemplateError, parseTemplateText } from "../../../core/events/stream/index.ts";
import { DEFAULT_TEMPLATE, readForm, specOf, writeForm } from "./generatorForm.ts";

describe("generator form", () => {
  it("reads the default template as a preset and rows", () => {
    expect(readForm(DEFAULT_TEMPLATE)).toEqual({
      preset: "tcp_syn",
      rows: [
        { field: "ipv4.src", values: "10.0.0.1..10.0.0.254" },
        { field: "tcp.srcPort", values: "1024..65535" },
        { field: "tcp.dstPort", values: "80, 443, 22, 8080" },
      ],
    });
    expect(isTemplateError(parseTemplateText(DEFAULT_TEMPLATE))).toBe(false);
  });

  it("turns row text into draws", () => {
    expect(specOf("1..9")).toEqual({ range: [1, 9] });
    expect(specOf("02:00:00:00:00:01..02:00:00:00:00:09")).toEqual({ range: ["02:00:00:00:00:01", "02:00:00:00:00:09"] });
    expect(specOf("S, SA, R")).toEqual({ list: ["S", "SA", "R"] });
    expect(specOf("bytes 0..64")).toEqual({ bytes: [0, 64] });
    expect(specOf("53")).toEqual({ list: [53] });
    expect(specOf('{ "list": [1, 2], "weights": [3, 1] }')).toEqual({ list: [1, 2], weights: [3, 1] });
  });

  it("writes rows back into a text the template reader accepts, with its places", () => {
    const text = writeForm(DEFAULT_TEMPLATE, { preset: "dns_query", rows: [{ field: "udp.srcPort", values: "1024..2048" }, { field: "ipv4.ttl", values: "1, 64" }] });
    expect(readForm(text)).toEqual({ preset: "dns_query", rows: [{ field: "udp.srcPort", values: "1024..2048" }, { field: "ipv4.ttl", values: "1, 64" }] });
    expect(isTemplateError(parseTemplateText(text))).toBe(false);
    const bad = parseTemplateText(writeForm(text, { preset: "dns_query", rows: [{ field: "udp.srcPort", values: "1..70000" }] }));
    expect(isTemplateError(bad) && bad.place?.line).toBe(4);
  });
});
