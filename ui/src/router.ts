// The one module that knows every screen: it maps a route to its screen.
// main.ts hands it to the App; screens only ever name routes. The welcome
// screen comes with the first load; every other screen is loaded the first
// time someone goes there, so the start does only what the first screen needs.
import type { Router } from "./app";
import { welcomeScreen } from "./screens/welcome";

export const screenFor: Router = async (route) => {
  switch (route.name) {
    case "welcome":
      return welcomeScreen;
    case "scan": {
      const { onDesktop, scanScreen } = await import("./screens/scan");
      return onDesktop(scanScreen(route.scan, route.page), route.scan);
    }
    case "result":
      return (await import("./screens/result")).resultScreen(route.id, route.first, route.goal);
    case "history":
      return (await import("./screens/history")).historyScreen(
        route.selected ?? new Set(),
        route.report ?? null,
        route.done ?? null,
      );
    case "compare":
      return (await import("./screens/compare")).compareScreen(route.ids, route.selected);
    case "groups":
      return (await import("./screens/groups")).groupsScreen;
    case "group":
      return (await import("./screens/group")).groupScreen(route.id, route.showNames ?? false, route.report ?? null);
    case "projection":
      return (await import("./screens/projection")).projectionScreen(route.id, route.showNames);
    case "live":
      return (await import("./screens/live")).liveScreen(route.id);
    case "quality":
      return (await import("./screens/quality")).qualityScreen(route.scope);
    case "situations":
      return (await import("./screens/situations")).situationsScreen;
    case "rating": {
      // The rating is the scan's statement pages with the situation list.
      const [{ onRating }, { scanScreen }] = await Promise.all([import("./screens/situations"), import("./screens/scan")]);
      return onRating(scanScreen({ assessmentId: route.sheet.ratingId, answers: route.sheet.answers }), route.sheet);
    }
    case "situation":
      return (await import("./screens/situations")).situationScreen(route.ratingId, route.resultId);
    case "colleagues":
      return (await import("./screens/colleagues")).colleaguesScreen;
    case "about":
      return (await import("./screens/about")).aboutScreen;
  }
};
