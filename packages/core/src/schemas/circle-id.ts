import { z } from "zod";

export const CIRCLE_IDS = ["backers", "leaders", "pathfinders"] as const;
export const CircleId = z.enum(CIRCLE_IDS);
export type CircleId = z.infer<typeof CircleId>;
