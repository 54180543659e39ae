import { api } from "../../api/client";
import { call } from "../../api/call";
import { AuthForm } from "./auth-form";

export default function SignupScreen() {
  return <AuthForm mode="signup" submit={(body) => call(() => api.v1.auth.signup.$post({ json: body }))} />;
}
