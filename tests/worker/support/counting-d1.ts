/** A D1 binding that records every statement it is asked to run, to count round trips on a path. */
export function countingD1(db: D1Database): { db: D1Database; statements: string[] } {
  const statements: string[] = [];
  const wrapped = new Proxy(db, {
    get(target, property, receiver) {
      if (property === "prepare") {
        return (query: string) => {
          statements.push(query);
          return target.prepare(query);
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
  return { db: wrapped, statements };
}

/** Statements that change data. */
export const writesAmong = (statements: string[]) => statements.filter((s) => /^\s*(insert|update|delete|replace|create|drop|alter)\b/i.test(s));
