import { z } from "zod";
import { tokenNameSchema } from "@/lib/account";

export const createTokenBody = z.object({ name: tokenNameSchema }).strict();

/** Token ids are UUIDs (server/auth/tokens.ts). */
export const tokenId = z.uuid();
