import { EditorSkeleton } from "../../components/editor/EditorSkeleton";

export default function TimelineLoading() {
  return <EditorSkeleton />;
}
