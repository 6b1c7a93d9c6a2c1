import { useCallback } from "react";
import { api, unwrap } from "../../api/client";
import { useApi } from "../../api/use-api";

/** The tenant's units, for names in lists and the unit pickers. */
export function useUnits() {
  const state = useApi(async () => (await unwrap(api.GET("/v1/accommodations"))).data, []);
  const units = state.data;
  const unitOf = useCallback((id: string) => units?.find((unit) => unit.id === id), [units]);
  return { ...state, units: units ?? [], unitOf };
}
