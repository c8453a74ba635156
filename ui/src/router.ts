// The one module that knows every screen: it maps a route to its screen.
// main.ts hands it to the App; screens only ever name routes.
import type { Router } from "./app";
import { compareScreen } from "./screens/compare";
import { groupScreen } from "./screens/group";
import { groupsScreen } from "./screens/groups";
import { historyScreen } from "./screens/history";
import { projectionScreen } from "./screens/projection";
import { resultScreen } from "./screens/result";
import { scanScreen } from "./screens/scan";
import { welcomeScreen } from "./screens/welcome";

export const screenFor: Router = (route) => {
  switch (route.name) {
    case "welcome":
      return welcomeScreen;
    case "scan":
      return scanScreen(route.scan, route.page);
    case "result":
      return resultScreen(route.id, route.first);
    case "history":
      return historyScreen(route.selected ?? new Set(), route.report ?? null, route.done ?? null);
    case "compare":
      return compareScreen(route.ids, route.selected);
    case "groups":
      return groupsScreen;
    case "group":
      return groupScreen(route.id, route.showNames ?? false, route.report ?? null);
    case "projection":
      return projectionScreen(route.id, route.showNames);
  }
};
