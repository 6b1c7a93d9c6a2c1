import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AUDIT_AREAS, areaFilter, areaOf, type AuditArea } from "../../../web/console/src/screens/operations/audit-areas";
import { auditWords } from "../../../web/console/src/screens/operations/audit-words";
import { messages } from "../../../web/console/src/screens/operations/messages";
import { LOCALES } from "../../../web/console/src/i18n/locales";

describe("the change log's areas", () => {
  it("put every change the log can name in exactly one area", () => {
    const actions = Object.keys(auditWords["es-AR"].actions);
    expect(actions.length).toBeGreaterThan(50);
    for (const action of actions) {
      const areas = (Object.keys(AUDIT_AREAS) as AuditArea[]).filter((area) => AUDIT_AREAS[area].some((prefix) => action.startsWith(prefix.slice(0, -1))));
      expect(areas, action).toHaveLength(1);
      expect(areaOf(action)).toBe(areas[0]);
    }
  });

  it("are filters the API takes, and have a name in every language", () => {
    const doc = JSON.parse(readFileSync(new URL("../../../web/console/src/api/openapi.json", import.meta.url), "utf8")) as {
      paths: Record<string, { get?: { parameters?: Array<{ name: string; schema: { maxLength?: number; description?: string } }> } }>;
    };
    const action = doc.paths["/v1/audit"]!.get!.parameters!.find((p) => p.name === "action")!;
    for (const area of Object.keys(AUDIT_AREAS) as AuditArea[]) {
      expect(AUDIT_AREAS[area].length, area).toBeLessThanOrEqual(10);
      expect(areaFilter(area).length, area).toBeLessThanOrEqual(action.schema.maxLength ?? Infinity);
      for (const prefix of AUDIT_AREAS[area]) expect(prefix, area).toMatch(/^[a-z][a-z0-9.-]*\*$/);
      for (const locale of LOCALES) expect(messages[locale][`auditArea_${area}`], `${locale} ${area}`).toMatch(/\S/);
    }
  });
});
