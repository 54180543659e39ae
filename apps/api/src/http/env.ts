import type { Principal } from "../services/accounts";
import type { HeavySlot } from "./heavy-work";
import type { Runner } from "./runner";

/** What middleware puts on each request's context. */
export type AppEnv = {
  Variables: {
    run: Runner;
    principal: Principal;
    /** The client's address, as the socket or (behind a trusted proxy) X-Forwarded-For gives it. */
    address: string;
    /** On heavy routes (exports, plan, import): the request's slot, for a streamed answer to hold. */
    heavySlot: HeavySlot;
  };
};
