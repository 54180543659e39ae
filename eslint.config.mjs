// One lint over the whole repository: `npm run lint` (and CI). Rules switched off or changed carry their reason.
import js from "@eslint/js";
import solid from "eslint-plugin-solid/configs/typescript";
import prettier from "eslint-config-prettier/flat";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "**/.turbo/**", "**/src/generated/**", "**/coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // A leading underscore names what is taken apart to be left out (`{ id: _id, ...rest }`).
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          caughtErrors: "none",
        },
      ],
    },
  },
  {
    files: ["apps/web/**/*.{ts,tsx}", "apps/extension/**/*.{ts,tsx}"],
    ...solid,
    languageOptions: { ...solid.languageOptions, globals: { ...globals.browser, ...globals.node } },
  },
  // Last, so layout is Prettier's alone (npm run format) and no ESLint rule argues with it.
  prettier,
);
