/**
 * Builds what the e2e test serves: the production task pane from the project's own
 * webpack.config.js (only the output folder changes) and the fake office.js, one browser script
 * bundling the fake Excel host and the e2e workbook. Both compile in one webpack run.
 *
 * Run in a child process (`tsx test/e2e/build.ts <out dir>`), so webpack stays out of jest's
 * module registry; the last stdout line is the JSON of E2eBuild.
 */
import path from "node:path";
import webpack, { type Configuration } from "webpack";

const ROOT = path.resolve(__dirname, "..", "..");

/** Where the two builds landed. */
export interface E2eBuild {
  /** The production dist: taskpane.html, its bundle, commands.html, assets. */
  paneDir: string;
  /** The fake office.js bundle. */
  fakeOfficeScript: string;
}

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>;

async function paneConfig(outDir: string): Promise<Configuration> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
  const config = await factory({}, { mode: "production" });
  return { ...config, mode: "production", context: ROOT, output: { ...config.output, path: outDir } };
}

function fakeOfficeConfig(outDir: string): Configuration {
  return {
    mode: "development",
    devtool: false,
    target: "web",
    context: ROOT,
    entry: { "fake-office": path.join(__dirname, "fake-office-entry.ts") },
    output: { path: outDir, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"], fallback: { url: false } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "swc-loader", options: { jsc: { parser: { syntax: "typescript" }, target: "es2019" } } },
        },
      ],
    },
  };
}

/** Compiles both into `outDir`/pane and `outDir`/fake-office; rejects with webpack's errors. */
export async function buildForE2e(outDir: string): Promise<E2eBuild> {
  const paneDir = path.join(outDir, "pane");
  const fakeDir = path.join(outDir, "fake-office");
  const configs = [await paneConfig(paneDir), fakeOfficeConfig(fakeDir)];
  await new Promise<void>((resolve, reject) => {
    const compiler = webpack(configs);
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return reject(error);
      if (!stats || stats.hasErrors()) return reject(new Error(stats?.toString("errors-only") ?? "webpack gave no stats"));
      resolve();
    });
  });
  return { paneDir, fakeOfficeScript: path.join(fakeDir, "fake-office.js") };
}

if (require.main === module) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error("usage: tsx test/e2e/build.ts <out dir>");
    process.exit(2);
  }
  buildForE2e(path.resolve(outDir)).then(
    (built) => console.log(JSON.stringify(built)),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
