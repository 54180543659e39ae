import { z } from "zod";
import { CIRCLE_IDS } from "./enum-values";

export { CIRCLE_IDS };
export const CircleId = z.enum(CIRCLE_IDS);
export type CircleId = z.infer<typeof CircleId>;
