#!/usr/bin/env node
/**
 * npm run sideload [-- desktop|web]
 *
 * With office-addin-debugging installed (it is not a dependency: it pulls in keytar, which cannot be built
 * offline), runs `office-addin-debugging start manifest.xml <desktop|web>`. Otherwise prints how to sideload by
 * hand and exits 0. Also exports `sideloadInstructions()` for scripts/start.mjs.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** How to add the add-in to Excel by hand, Japanese first, then English. */
export function sideloadInstructions(manifestPath = resolve("manifest.xml")) {
  return `マニフェスト / Manifest: ${manifestPath}

■ Excel on the web（ブラウザー版）
  ブックを開き [挿入] → [アドイン]（または [ホーム] → [アドイン]）→ [その他のアドイン] →
  [個人用アドイン] → [マイ アドインのアップロード] で上記の manifest.xml を選んで [アップロード]。
■ Excel for Windows（デスクトップ版）
  manifest.xml のあるフォルダーを共有し（例: \\\\PC名\\addin-manifests）、[ファイル] → [オプション] →
  [トラスト センター] → [トラスト センターの設定] → [信頼できるアドイン カタログ] にその UNC パスを追加、
  [メニューに表示する] をオンにして Excel を再起動。[挿入] → [アドイン] → [個人用アドイン] →
  [共有フォルダー] から「カーボン・オフセット算定」を追加します。
■ Excel for Mac
  manifest.xml を ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ にコピー（フォルダーが
  なければ作成）し、Excel を再起動して [挿入] → [アドイン] → [個人用アドイン] から追加します。
追加すると [ホーム] タブに [オフセット算定] ボタンが出て、セルでは =GHG.CO2_FUEL("軽油",100) のように使えます。
開発サーバー https://localhost:3000 の証明書を信頼していないと読み込めません（npx office-addin-dev-certs install）。

- Excel on the web: open a workbook, Insert → Add-ins (or Home → Add-ins) → More Add-ins → My Add-ins →
  Upload My Add-in, choose the manifest above.
- Excel for Windows: share the folder that holds manifest.xml, add its UNC path in File → Options → Trust Center →
  Trust Center Settings → Trusted Add-in Catalogs with "Show in Menu" ticked, restart Excel, then
  Insert → Add-ins → My Add-ins → SHARED FOLDER.
- Excel for Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ (create the
  folder if needed), restart Excel, then Insert → Add-ins → My Add-ins.
The Home tab then shows "Offset Calculator"; cells accept =GHG.CO2_FUEL("軽油",100). The certificate of the dev server
(https://localhost:3000) must be trusted (npx office-addin-dev-certs install).`;
}

function debuggingInstalled() {
  try {
    createRequire(import.meta.url).resolve("office-addin-debugging");
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const target = process.argv[2] === "web" ? "web" : "desktop";
  if (!debuggingInstalled()) {
    console.log(
      "office-addin-debugging is not installed (it needs keytar, which cannot be built offline)."
    );
    console.log(
      "office-addin-debugging がインストールされていないため、手動でサイドロードしてください。\n"
    );
    console.log(sideloadInstructions());
    return 0;
  }
  const args = ["office-addin-debugging", "start", "manifest.xml", target];
  console.log(`> npx ${args.join(" ")}`);
  return new Promise((done) => {
    // npx is a .cmd script on Windows, which spawn() only runs through a shell.
    const child = spawn("npx", args, { stdio: "inherit", shell: process.platform === "win32" });
    child.on("exit", (code) => done(code ?? 1));
    child.on("error", (err) => {
      console.error(err.message);
      console.log(sideloadInstructions());
      done(1);
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
