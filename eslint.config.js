// ESLint (flat config): typescript-eslint's type-checked rules for the product and its scripts,
// eslint-plugin-regexp everywhere (this code base is mostly regular expressions: useless escapes,
// backtracking, dead alternatives). Tests and fakes get the rules that need no type information:
// node:test's describe/it return promises nobody awaits, and fakes read untyped JSON on purpose.
import js from "@eslint/js";
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";

const shared = {
  // French typography puts narrow no-break spaces inside « » and before ; ? ! — in the words, on purpose.
  "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true }],
  // Express tells an error handler by its four parameters: "_next" is there and unused.
  "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
};

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "test-artifacts/**", "devTools/**", ".scratch/**", "appPackage/build/**", "**/*.js", "**/*.mjs"] },
  js.configs.recommended,
  regexp.configs["flat/recommended"],
  {
    files: ["src/**/*.ts", "scripts/**/*.ts"],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: shared,
  },
  {
    files: ["test/**/*.ts", "fakes/**/*.ts"],
    extends: [...tseslint.configs.recommended],
    rules: { ...shared, "@typescript-eslint/no-explicit-any": "off" },
  },
);
