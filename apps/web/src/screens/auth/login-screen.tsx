import { api } from "../../api/client";
import { call } from "../../api/call";
import { AuthForm } from "./auth-form";

export default function LoginScreen() {
  return (
    <AuthForm
      mode="login"
      submit={({ email, password }) =>
        call(() => api.v1.auth.login.$post({ json: { email, password } }), { quietOn401: true })
      }
    />
  );
}
