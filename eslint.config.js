// ESLint (flat config): typescript-eslint's type-checked rules, and eslint-plugin-regexp for a code
// base that is mostly regular expressions (useless escapes, backtracking, dead alternatives).
import js from "@eslint/js";
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "test-artifacts/**", "devTools/**", ".scratch/**", "appPackage/build/**", "**/*.js", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  regexp.configs["flat/recommended"],
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // French typography puts narrow no-break spaces inside « » and before ; ? ! — in the words, on purpose.
      "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true }],
      // Express tells an error handler by its four parameters: "_next" is there and unused.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
);
