/** A D1 binding that records every statement it is asked to run, to count round trips on a path. */
export function countingD1(db: D1Database): { db: D1Database; statements: string[]; roundTrips: () => number } {
  const statements: string[] = [];
  let roundTrips = 0;
  // The binding's batch is handed the statements it made, not the counting wrappers around them.
  const unwrapped = new WeakMap<object, D1PreparedStatement>();
  // A statement goes to the database when it is run on its own; a batch goes once for all it holds.
  const counted = (statement: D1PreparedStatement): D1PreparedStatement => {
    const proxy = new Proxy(statement, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property);
        if (typeof value !== "function") return value;
        if (property === "bind") return (...values: unknown[]) => counted(target.bind(...values));
        if (property === "all" || property === "first" || property === "run" || property === "raw") {
          return (...args: unknown[]) => {
            roundTrips += 1;
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return value.bind(target);
      },
    });
    unwrapped.set(proxy, statement);
    return proxy;
  };
  const wrapped = new Proxy(db, {
    get(target, property, receiver) {
      if (property === "prepare") {
        return (query: string) => {
          statements.push(query);
          return counted(target.prepare(query));
        };
      }
      if (property === "batch") {
        return (batch: D1PreparedStatement[]) => {
          roundTrips += 1;
          return target.batch(batch.map((statement) => unwrapped.get(statement) ?? statement));
        };
      }
      if (property === "exec") {
        return (query: string) => {
          statements.push(query);
          return target.exec(query);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { db: wrapped, statements, roundTrips: () => roundTrips };
}

/** Statements that change data. */
export const writesAmong = (statements: string[]) => statements.filter((s) => /^\s*(insert|update|delete|replace|create|drop|alter)\b/i.test(s));
