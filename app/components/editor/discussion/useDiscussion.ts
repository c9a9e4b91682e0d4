"use client";

import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { WebsocketProvider } from "y-websocket";
import type { Anchor, ThreadDTO, ThreadKind } from "@/lib/discussion/protocol";
import { DiscussionClient, type DiscussionState, EMPTY_DISCUSSION } from "./discussionClient";

export interface NewThread {
  entryId: string;
  anchor?: Anchor;
  claimId?: string;
  variantId?: string;
  kind: ThreadKind;
  body: string;
}

/** Every discussion action; each resolves once the server has stored it, or rejects with why not. */
export interface DiscussionActions {
  create(input: NewThread): Promise<ThreadDTO>;
  reply(threadId: string, body: string): Promise<void>;
  edit(threadId: string, commentId: string, body: string): Promise<void>;
  remove(threadId: string, commentId: string): Promise<void>;
  resolve(threadId: string): Promise<void>;
  reopen(threadId: string): Promise<void>;
}

/**
 * The timeline's threads and reviews, kept live over its websocket, and the
 * actions on threads. Without a provider (a saved version, opened read-only)
 * there is no client and the state stays empty.
 */
export function useDiscussion(provider: WebsocketProvider | null): {
  state: DiscussionState;
  actions: DiscussionActions;
  client: DiscussionClient | null;
} {
  const [client, setClient] = useState<DiscussionClient | null>(null);
  useEffect(() => {
    if (!provider) return;
    const next = new DiscussionClient(provider);
    setClient(next);
    return () => next.destroy();
  }, [provider]);

  const state = useSyncExternalStore(
    client?.subscribe ?? noSubscribe,
    client?.getState ?? emptyState,
    emptyState,
  );

  const actions = useMemo<DiscussionActions>(() => {
    const call = async (op: Parameters<DiscussionClient["request"]>[0], args: unknown) => {
      if (!client) throw new Error("Still connecting; try again in a moment.");
      const result = (await client.request(op, args)) as { thread?: ThreadDTO };
      if (result?.thread) client.accept(result.thread);
      return result;
    };
    return {
      async create(input) {
        const result = await call("thread.create", input);
        return result.thread as ThreadDTO;
      },
      async reply(threadId, body) {
        await call("comment.add", { threadId, body });
      },
      async edit(threadId, commentId, body) {
        await call("comment.edit", { threadId, commentId, body });
      },
      async remove(threadId, commentId) {
        await call("comment.delete", { threadId, commentId });
      },
      async resolve(threadId) {
        await call("thread.resolve", { threadId });
      },
      async reopen(threadId) {
        await call("thread.reopen", { threadId });
      },
    };
  }, [client]);

  return { state, actions, client };
}

const noSubscribe = () => () => {};
const emptyState = () => EMPTY_DISCUSSION;
