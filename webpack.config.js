/**
 * One build, two pages: dist/taskpane.html is the Excel task pane (it loads Office.js from Microsoft's
 * CDN, as Office requires); dist/index.html is the browser page (no outside script at all, works
 * from file:// and offline). Both find the engine worker as engine.worker.js beside them.
 *
 *   npm run build            production build to dist/ (manifest URLs → $XUEJI_URL)
 *   npm start                https dev server on https://localhost:3000 with Office dev certificates
 */
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** Where the manifest points during development (what `npm start` serves). */
const DEV_URL = "https://localhost:3000/";
/** Placeholder production address; set XUEJI_URL to where dist/ is hosted (https, trailing slash). */
const PLACEHOLDER_URL = "https://xueji.example.invalid/";

function productionUrl() {
  if (!process.env.XUEJI_URL) {
    console.warn(`XUEJI_URL is not set: dist/manifest.xml points at the placeholder ${PLACEHOLDER_URL}`);
  }
  const url = process.env.XUEJI_URL || PLACEHOLDER_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`XUEJI_URL must be an https:// address, got ${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** Page and icon URLs move to the production address; AppDomain (an origin) to its origin. */
function productionManifest(xml, url) {
  const devOrigin = DEV_URL.replace(/\/$/, "");
  return xml.split(DEV_URL).join(url).split(devOrigin).join(new URL(url).origin);
}

/** The style both pages share around the app (html, body, the container), inlined into each. */
function pageStyle() {
  return fs.readFileSync(path.join(__dirname, "src/ui/page-style.css"), "utf8");
}

/** The web worker keeps a fixed name: both pages find it as engine.worker.js beside them. */
const WORKER_ENTRY = "engine.worker";

async function devServerHttps() {
  // office-addin-dev-certs installs a localhost CA the first time (asks once for trust)
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (err) {
    // Linux without sudo cannot trust the CA system-wide: serve with the generated files all the same
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const read = (name) => fs.readFileSync(path.join(dir, name));
    console.warn(`[xueji] 开发证书的根证书未能安装（${err.message.trim()}）；仍用 ${dir} 中的证书提供 https，浏览器会提示证书不受信任。`);
    return { ca: read("ca.crt"), key: read("localhost.key"), cert: read("localhost.crt") };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const targetUrl = dev ? DEV_URL : productionUrl();

  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      index: "./src/web/index.tsx",
      [WORKER_ENTRY]: "./src/worker/engine.worker.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // relative URLs so dist/ works from any folder, a static server or file://
      publicPath: "",
      filename: (pathData) => (pathData.chunk.name === WORKER_ENTRY ? "[name].js" : "[name].[contenthash:8].js"),
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // ES modules so webpack can tree-shake; the CLI build keeps commonjs
              compilerOptions: { module: "es2020", sourceMap: true },
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    performance: {
      // the pane is loaded once per session from the add-in's own server; size is reported, not fatal
      hints: dev ? false : "warning",
      maxEntrypointSize: 3_000_000,
      maxAssetSize: 3_000_000,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        // the ES5 check is inlined so it runs first, before Office.js and the bundle, in any webview;
        // not minified, so it stays exactly the script its tests ran (ES5, checked with acorn)
        templateParameters: () => ({ pageStyle: pageStyle(), webviewCheck: fs.readFileSync(path.join(__dirname, "src/taskpane/webview-check.js"), "utf8") }),
        minify: false,
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/web/index.html",
        chunks: ["index"],
        scriptLoading: "defer",
        templateParameters: () => ({ pageStyle: pageStyle() }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/logo*.png", to: "assets/[name][ext]", noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : productionManifest(content.toString(), targetUrl)),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: 3000,
          hot: false,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await devServerHttps() },
          // everything is built in memory; an old dist/ must not shadow it
          static: false,
        }
      : undefined,
  };
};

module.exports.DEV_URL = DEV_URL;
module.exports.PLACEHOLDER_URL = PLACEHOLDER_URL;
