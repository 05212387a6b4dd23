#!/usr/bin/env node
/**
 * npm start [-- --production]
 *
 * 1. Makes sure the localhost developer certificate exists (office-addin-dev-certs). Trusting its CA needs an
 *    administrator prompt / sudo; where that is impossible (Linux without sudo, CI) a note is printed and the
 *    server still starts with the certificate files.
 * 2. Runs the webpack dev server (https://localhost:3000, webpack.config.js) in development mode, or with
 *    --production a production build served from memory.
 * 3. Prints the manifest path and how to sideload the add-in into Excel.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sideloadInstructions } from "./sideload.mjs";

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const mode =
  process.argv.includes("--production") || process.argv.includes("--prod")
    ? "production"
    : "development";

async function ensureCertificates() {
  const devCerts = require("office-addin-dev-certs");
  try {
    await devCerts.ensureCertificatesAreInstalled();
  } catch (err) {
    const message = String(err && err.message ? err.message : err).split("\n")[0];
    console.warn(
      [
        "",
        `注意: 開発用証明書の CA をこの PC に信頼させられませんでした（${message}）。`,
        "  証明書ファイルは ~/.office-addin-dev-certs/ にあります。Excel から https://localhost:3000 を読み込むには、",
        "  管理者権限で `npx office-addin-dev-certs install` を実行するか、ca.crt を手動で信頼してください。",
        `Note: could not make this machine trust the development CA (${message}).`,
        "  The certificate files are in ~/.office-addin-dev-certs/. For Excel to load https://localhost:3000, run",
        "  `npx office-addin-dev-certs install` as an administrator or trust ca.crt by hand.",
        "",
      ].join("\n")
    );
  }
}

async function main() {
  await ensureCertificates();

  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const configFactory = require(join(ROOT, "webpack.config.js"));
  const config = await configFactory({ WEBPACK_SERVE: true }, { mode });
  const compiler = webpack(config);

  let first = true;
  compiler.hooks.done.tap("start", (stats) => {
    const summary = stats.toString({ preset: "errors-warnings", colors: process.stdout.isTTY });
    if (summary.trim()) console.log(summary);
    if (stats.hasErrors()) {
      console.error(
        "ビルドにエラーがあります。修正すると自動で再ビルドします。 / The build has errors; fix them and it rebuilds."
      );
      return;
    }
    console.log(
      `[${new Date().toLocaleTimeString()}] build OK (${mode}) — https://localhost:${config.devServer.port}/taskpane.html`
    );
    if (first) {
      first = false;
      console.log(`\n${sideloadInstructions(join(ROOT, "manifest.xml"))}\n`);
      console.log(
        "作業ウィンドウは自動では再読み込みされません: 変更後はウィンドウを右クリック →[再読み込み]。"
      );
      console.log(
        "The task pane does not reload by itself: after a change, right-click it → Reload.  Ctrl+C で終了 / to stop."
      );
    }
  });

  const server = new WebpackDevServer(config.devServer, compiler);
  await server.start();

  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
