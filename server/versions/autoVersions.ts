import type pino from "pino";
import type { Db } from "../../db/client";
import { latestVersion } from "../../db/queries/versions";
import type { VersionDTO, VersionKind } from "../../lib/versions/protocol";

type Save = (
  timelineId: string,
  meta: { name: string; kind: VersionKind; createdBy: string | null },
) => Promise<VersionDTO>;

/**
 * Saves an automatic version at most every `intervalMs` while a timeline is
 * being edited: the first change after a quiet interval saves at once (so
 * the version holds the timeline as the session found it, plus that first
 * change), and changes within the interval save once more when it ends.
 */
export class AutoVersions {
  /** When each timeline's last version was saved (loaded from the database on first use). */
  private lastAt = new Map<string, number>();
  private timers = new Map<string, NodeJS.Timeout>();
  private starting = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly save: Save,
    private readonly intervalMs: number,
    private readonly log: pino.Logger,
  ) {}

  changed(timelineId: string): void {
    if (this.timers.has(timelineId) || this.starting.has(timelineId)) return;
    this.starting.add(timelineId);
    void this.schedule(timelineId).finally(() => this.starting.delete(timelineId));
  }

  /** Any version counts as the latest, not only automatic ones. */
  noteSaved(timelineId: string, at: number): void {
    this.lastAt.set(timelineId, at);
  }

  private async schedule(timelineId: string): Promise<void> {
    let last = this.lastAt.get(timelineId);
    if (last === undefined) {
      try {
        last = (await latestVersion(this.db, timelineId))?.createdAt.getTime() ?? 0;
      } catch (error) {
        this.log.error({ err: error, timelineId }, "could not read the latest version");
        return;
      }
      this.lastAt.set(timelineId, Math.max(last, this.lastAt.get(timelineId) ?? 0));
    }
    const wait = (this.lastAt.get(timelineId) ?? 0) + this.intervalMs - Date.now();
    const timer = setTimeout(() => void this.run(timelineId), Math.max(0, wait));
    timer.unref();
    this.timers.set(timelineId, timer);
  }

  private async run(timelineId: string): Promise<void> {
    try {
      await this.save(timelineId, { name: "Automatic version", kind: "auto", createdBy: null });
    } catch (error) {
      this.log.error({ err: error, timelineId }, "could not save an automatic version");
    } finally {
      this.timers.delete(timelineId);
    }
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
