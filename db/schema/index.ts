export * from "./docSnapshots";
export * from "./docUpdates";
export * from "./timelines";
