/** Builds test/e2e/fake-office/fake-office.ts into one script for page.addInitScript. */
const path = require("path");

module.exports = {
  mode: "development",
  devtool: false,
  entry: path.join(__dirname, "fake-office.ts"),
  output: { path: path.resolve(__dirname, "..", "..", "..", ".tmp", "e2e-fake"), filename: "fake-office.js" },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", rootDir: path.resolve(__dirname, "..", "..", "..") } } },
      },
    ],
  },
};
