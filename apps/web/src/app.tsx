import { Route, Router } from "@solidjs/router";
import { lazy } from "solid-js";
import { RequireSession } from "./require-session";
import { Shell } from "./shell";

// Every screen is its own chunk: the first page load pays only for the shell and the screen it opens.
const Login = lazy(() => import("./screens/auth/login-screen"));
const Signup = lazy(() => import("./screens/auth/signup-screen"));
const PivotScreen = lazy(() => import("./screens/pivot/pivot-screen"));
const Week = lazy(() => import("./screens/week/week-screen"));
const Circles = lazy(() => import("./screens/circles/circles-screen"));
const ContactScreen = lazy(() => import("./screens/contact/contact-screen"));
const NewContact = lazy(() => import("./screens/contact/new-contact-screen"));
const Compose = lazy(() => import("./screens/compose/compose-screen"));
const AskChecker = lazy(() => import("./screens/ask/ask-screen"));
const Import = lazy(() => import("./screens/import/import-screen"));
const Settings = lazy(() => import("./screens/settings/settings-screen"));
const NotFound = lazy(() => import("./screens/not-found-screen"));

export function App() {
  return (
    <Router root={Shell}>
      <Route path="/login" component={Login} />
      <Route path="/signup" component={Signup} />
      <Route path="/" component={RequireSession}>
        <Route path="/" component={Week} />
        <Route path="/pivot" component={PivotScreen} />
        <Route path="/circles" component={Circles} />
        <Route path="/contacts/new" component={NewContact} />
        <Route path="/contacts/:id" component={ContactScreen} />
        <Route path="/compose" component={Compose} />
        <Route path="/ask" component={AskChecker} />
        <Route path="/import" component={Import} />
        <Route path="/settings" component={Settings} />
      </Route>
      <Route path="*" component={NotFound} />
    </Router>
  );
}
