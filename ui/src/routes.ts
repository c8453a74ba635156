// Every place the app can go, and what each screen needs to draw. Screens
// never import each other: they ask the app to go to a route, and the router
// (router.ts, the one composition root) maps the route to its screen.
import type { GroupImportReport, ImportReport, QualityScope, RatingSheet, ResultView, RoleKey, ScanView } from "./backend";

export type Route =
  | { name: "welcome" }
  | { name: "scan"; scan: ScanView; page?: number }
  | { name: "result"; id: string; first?: ResultView; goal?: GoalDraft }
  | { name: "history"; selected?: Set<string>; report?: ImportReport; done?: string }
  | { name: "compare"; ids: string[]; selected: Set<string> }
  | { name: "groups" }
  | { name: "group"; id: string; showNames?: boolean; report?: GroupImportReport }
  | { name: "projection"; id: string; showNames: boolean }
  | { name: "live"; id: string }
  | { name: "quality"; scope: QualityScope }
  | { name: "situations" }
  | { name: "rating"; sheet: RatingSheet }
  | { name: "situation"; ratingId: string; resultId?: string }
  | { name: "colleagues" }
  | { name: "about" };

/** A development goal filled in for the person to adjust and save. */
export interface GoalDraft {
  role: RoleKey;
  assignment: string;
}
