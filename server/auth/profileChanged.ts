/**
 * "This user's name or colour changed": fired after a profile update, so the
 * websocket hub stamps the new identity on the user's live sockets' presence
 * without making them reconnect.
 */
import { globalEvent } from "../globalEvent";

export type ProfileChanged = { userId: string; name: string; color: string };

const changed = globalEvent<ProfileChanged>("profileChanged");

export const onProfileChanged = changed.on;
export const emitProfileChanged = changed.emit;
