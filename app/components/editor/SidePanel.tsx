"use client";

import { useId } from "react";
import { Button } from "../ui/Button";
import { cx } from "../ui/cx";
import { Icon } from "../ui/Icon";
import { SIDE_PANEL_TABS, type SidePanelTab } from "./panelParams";

export type { SidePanelTab };

export interface SidePanelProps {
  tab: SidePanelTab;
  onTab: (tab: SidePanelTab) => void;
  onClose: () => void;
  /** The tabs to offer (all by default). */
  tabs?: readonly SidePanelTab[];
  /** Wider, for side-by-side reading (comparing versions). */
  wide?: boolean;
  children: React.ReactNode;
}

/**
 * The right-hand panel next to the entry list: a tab bar and the selected
 * tab's content, which owns its own scrolling. On narrow screens it covers
 * the list instead of squeezing it.
 */
export function SidePanel({ tab, onTab, onClose, tabs, wide, children }: SidePanelProps) {
  const id = useId();
  return (
    <aside
      aria-label="Side panel"
      data-testid="side-panel"
      className={cx(
        "absolute inset-y-0 right-0 z-20 flex w-full flex-col border-l border-line bg-surface shadow-pop md:static md:z-auto md:max-w-none md:shrink-0 md:shadow-none",
        wide ? "max-w-xl md:w-[34rem]" : "max-w-sm md:w-96",
      )}
    >
      <div className="flex h-11 shrink-0 items-end gap-1 border-b border-line px-3">
        <div role="tablist" aria-label="Panels" className="flex min-w-0 flex-1 gap-1">
          {SIDE_PANEL_TABS.filter((item) => !tabs || tabs.includes(item.id)).map((item) => (
            <button
              key={item.id}
              type="button"
              role="tab"
              id={`${id}-${item.id}-tab`}
              aria-selected={tab === item.id}
              aria-controls={`${id}-${item.id}-panel`}
              onClick={() => onTab(item.id)}
              data-testid={`panel-tab-${item.id}`}
              className={cx(
                "-mb-px border-b-2 px-2 pt-2 pb-2.5 text-sm font-medium transition-colors",
                tab === item.id
                  ? "border-accent text-ink"
                  : "border-transparent text-muted hover:text-ink",
              )}
            >
              {item.label}
            </button>
          ))}
        </div>
        <Button
          variant="ghost"
          size="sm"
          icon
          aria-label="Close the panel"
          title="Close the panel"
          onClick={onClose}
          className="mb-2"
          data-testid="side-panel-close"
        >
          <Icon name="close" />
        </Button>
      </div>
      <div
        role="tabpanel"
        id={`${id}-${tab}-panel`}
        aria-labelledby={`${id}-${tab}-tab`}
        className="flex min-h-0 flex-1 flex-col"
      >
        {children}
      </div>
    </aside>
  );
}
