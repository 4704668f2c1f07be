/** One jest run for everything; DOM tests opt in with a docblock `@jest-environment jsdom`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleNameMapper: { "\\.(css|png|svg)$": "<rootDir>/test/file-stub.js" },
  // jsdom stubs for Fluent UI; a no-op in the node environment
  setupFiles: ["<rootDir>/test/setup-dom.ts"],
  testTimeout: 30000,
};
