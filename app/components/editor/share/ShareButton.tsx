"use client";

import { useParams } from "next/navigation";
import { useState } from "react";
import type { SignedInUser } from "../../../currentUser";
import { Button } from "../../ui/Button";
import { Icon } from "../../ui/Icon";
import { ShareDialog } from "./ShareDialog";

/** The top bar's Share button: opens the members and share-link dialog of this timeline. */
export function ShareButton({ user }: { user: SignedInUser }) {
  const params = useParams<{ id: string }>();
  const [open, setOpen] = useState(false);
  const timelineId = params?.id;
  if (!timelineId) return null;
  return (
    <>
      <Button size="sm" onClick={() => setOpen(true)} data-testid="share-button">
        <Icon name="user" className="h-3.5 w-3.5" />
        Share
      </Button>
      <ShareDialog
        open={open}
        onClose={() => setOpen(false)}
        timelineId={decodeURIComponent(timelineId)}
        user={user}
      />
    </>
  );
}
