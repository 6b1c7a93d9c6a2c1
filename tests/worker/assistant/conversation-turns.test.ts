import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { freshState, type DialogState } from "../../../shared/assistant/dialog";

/** A thread object of its own per test, so leases never leak between tests. */
const thread = () => env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(`conv_test_${crypto.randomUUID()}`));

const movedOn = (lang: "es" | "en", checkIn: string): DialogState => ({ ...freshState(lang), slots: { ...freshState(lang).slots, checkIn } });

describe("conversation object: one turn at a time, run by the Worker", () => {
  it("hands the next turn the state the previous one stored, and waits for it to end", async () => {
    const agent = thread();
    const first = await agent.beginTurn({ messageId: "msg_1", lang: "es" });
    expect(first).toMatchObject({ alreadyAnswered: false, state: freshState("es") });
    if (first.alreadyAnswered) throw new Error("unreachable");

    let secondBegan = false;
    const second = agent.beginTurn({ messageId: "msg_2", lang: "es" }).then((begun) => {
      secondBegan = true;
      return begun;
    });
    // A round trip to the object: the second turn has had every chance to start, and must not have.
    await agent.dialogState();
    expect(secondBegan).toBe(false);

    expect(await agent.endTurn({ lease: first.lease, messageId: "msg_1", state: movedOn("es", "2027-01-05") })).toEqual({ ok: true });
    const begun = await second;
    expect(begun).toMatchObject({ alreadyAnswered: false, state: movedOn("es", "2027-01-05") });
  });

  it("answers a message at most once: a retried message finds it already answered", async () => {
    const agent = thread();
    const first = await agent.beginTurn({ messageId: "msg_1", lang: "en" });
    if (first.alreadyAnswered) throw new Error("unreachable");
    await agent.endTurn({ lease: first.lease, messageId: "msg_1", state: movedOn("en", "2027-02-01") });
    expect(await agent.beginTurn({ messageId: "msg_1", lang: "en" })).toEqual({ alreadyAnswered: true, state: movedOn("en", "2027-02-01") });
    // The answered check took no lease: the next message starts at once.
    expect(await agent.beginTurn({ messageId: "msg_2", lang: "en" })).toMatchObject({ alreadyAnswered: false });
  });

  it("does not wedge the thread when a turn fails: aborting releases it, and the state is unchanged", async () => {
    const agent = thread();
    const failed = await agent.beginTurn({ messageId: "msg_1", lang: "es" });
    if (failed.alreadyAnswered) throw new Error("unreachable");
    await agent.abortTurn({ lease: failed.lease });
    const retried = await agent.beginTurn({ messageId: "msg_1", lang: "es" });
    expect(retried).toMatchObject({ alreadyAnswered: false, state: freshState("es") });
  });

  it("lets the next turn go once a lease has expired (the Worker running the turn died)", async () => {
    const agent = thread();
    const stale = await agent.beginTurn({ messageId: "msg_1", lang: "es" });
    if (stale.alreadyAnswered) throw new Error("unreachable");
    await runInDurableObject(agent, async (_instance, state) => {
      await state.storage.put("lease", { id: stale.lease, expiresAt: Date.now() - 1 });
    });
    const next = await agent.beginTurn({ messageId: "msg_2", lang: "es" });
    expect(next.alreadyAnswered).toBe(false);
    // The dead turn's late end keeps its answered mark but may not overwrite the newer turn's state.
    expect(await agent.endTurn({ lease: stale.lease, messageId: "msg_1", state: movedOn("es", "2027-03-03") })).toEqual({ ok: false, code: "lease_lost" });
    if (!next.alreadyAnswered) await agent.abortTurn({ lease: next.lease });
    expect(await agent.beginTurn({ messageId: "msg_1", lang: "es" }).then((b) => b.alreadyAnswered)).toBe(true);
  });

  it("refuses malformed input and ignores stored state that is not a dialog", async () => {
    const agent = thread();
    // Settled through `then` alone: matchers that probe properties of the RPC promise would start
    // pipelined calls, which reject unobserved once the call fails (an unhandled rejection).
    // @ts-expect-error: the RPC surface is reachable from any caller; the object validates, not the type checker.
    const refused = await agent.beginTurn({ messageId: 42 }).then(() => null, (error: unknown) => error);
    expect(refused).toBeInstanceOf(Error);
    await runInDurableObject(agent, async (_instance, state) => {
      await state.storage.put("dialog", { lang: "klingon" });
    });
    expect(await agent.dialogState()).toBeNull();
    expect(await agent.beginTurn({ messageId: "msg_1", lang: "pt" })).toMatchObject({ state: freshState("pt") });
  });
});
