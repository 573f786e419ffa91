// Builds the task pane and the ribbon function file into dist/ (the shape of the Office-Addin-TaskPane-React
// template). `webpack --mode production` works offline; `webpack serve` serves https://localhost:3000.
// `--env origin=https://host[/path]` points every URL of dist/manifest.xml at where the pane is served.
const path = require("node:path");
const { WebpackError } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DEV_ORIGIN, manifestForOrigin, parseOrigin } = require("./scripts/manifest-origin");

const DEV_SERVER_PORT = 3000; // manifest.xml points every URL at https://localhost:3000 (DEV_ORIGIN).

// Code that must never reach the browser bundles: exceljs is the CLI's workbook reader (hundreds of KB and
// Node streams); the emulator, bridge and CLI are Node programs (style-anchors.md "Emulator apart").
const FORBIDDEN_IN_BROWSER = [
  { pattern: /[\\/]node_modules[\\/]exceljs[\\/]/, why: "exceljs belongs to the CLI, not the task pane" },
  { pattern: /[\\/]src[\\/]emulator[\\/]/, why: "the Tally emulator is a separate Node program" },
  { pattern: /[\\/]src[\\/](cli|adapters[\\/]bridge)[\\/]/, why: "the CLI and the bridge run in Node" },
];

/** Fails the build when a forbidden module is pulled into a bundle, naming the module and the reason. */
class ForbiddenModulesPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("ForbiddenModulesPlugin", (compilation) => {
      compilation.hooks.finishModules.tap("ForbiddenModulesPlugin", (modules) => {
        for (const module of modules) {
          const resource = module.resource || "";
          const rule = FORBIDDEN_IN_BROWSER.find(({ pattern }) => pattern.test(resource));
          if (rule) {
            const name = path.relative(__dirname, resource);
            const error = new WebpackError(`${name} is in a browser bundle: ${rule.why}.`);
            error.module = module;
            compilation.errors.push(error);
          }
        }
      });
    });
  }
}

/**
 * The localhost certificate from office-addin-dev-certs; without it webpack-dev-server makes a self-signed one.
 * Says plainly when this machine does not trust it (office-addin-dev-certs' own install can fail quietly).
 */
async function devCertificate() {
  const certs = require("office-addin-dev-certs");
  try {
    const options = await certs.getHttpsServerOptions();
    if (certs.getCaCertificateStatus().status !== "installed") {
      console.warn("\nWARNING: this machine does NOT trust the localhost certificate; Office will refuse the pane. Run `npm run certs`.\n");
    }
    return options;
  } catch (error) {
    console.warn(
      `\nWARNING: no trusted localhost certificate (${error.message.split("\n")[0]}); using a self-signed one, which Office refuses. Run \`npm run certs\`.\n`,
    );
    return undefined;
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  // Checked before anything is built: a non-https origin, or one with a query or fragment, stops here.
  const origin = parseOrigin(env.origin ?? DEV_ORIGIN);
  const swcOptions = {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic", development: dev } },
      // Office 2021+ and Microsoft 365 webviews (WebView2, WKWebView) and the web; es2019 also covers the
      // older EdgeHTML webview that some Microsoft 365 builds still use.
      target: "es2019",
    },
    sourceMaps: dev,
  };
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // xmlbuilder2 (through @oozcitak/url) requires Node's "url" but never calls it in a browser (stack-notes.md).
      fallback: { url: false },
    },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "swc-loader", options: swcOptions } }],
    },
    plugins: [
      new ForbiddenModulesPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => manifestForOrigin(content, origin) },
        ],
      }),
    ],
    // A budget: the placeholder pane (React + Fluent) is ~310 KB minified (~98 KB gzip);
    // zod and xmlbuilder2 add ~90 KB gzip.
    performance: { hints: dev ? false : "warning", maxAssetSize: 1100 * 1024, maxEntrypointSize: 1100 * 1024 },
    devServer: {
      port: DEV_SERVER_PORT,
      // As in the yo office template: Office on the web may fetch icons and pages from its own origin.
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? await devCertificate() : undefined },
      static: false,
    },
  };
};
