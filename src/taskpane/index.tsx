/**
 * Task pane bootstrap: deliberately tiny. It waits for office.js (if the page loaded it), then loads the React
 * application as separate chunks (pane-app, pane-vendor), so the first script the pane runs stays small.
 */
import { connectGateway } from "./office/excel-gateway";

function showBootError(root: HTMLElement, err: unknown): void {
  const p = document.createElement("p");
  p.setAttribute("role", "alert");
  p.style.cssText =
    "margin:16px;padding:12px;border:1px solid #c50f1f;background:#fdf3f4;color:#751d1f;font-size:14px";
  const detail = err instanceof Error ? err.message : String(err);
  p.textContent = `作業ウィンドウを読み込めませんでした。ウィンドウを閉じて開き直してください。 / The task pane failed to load; close and reopen it. (${detail})`;
  root.replaceChildren(p);
}

async function boot(): Promise<void> {
  const root = document.getElementById("root");
  if (!root) throw new Error("#root is missing from taskpane.html");
  try {
    const [gateway, app] = await Promise.all([
      connectGateway(),
      import(/* webpackChunkName: "pane-app" */ "./App"),
    ]);
    app.mount(root, gateway);
  } catch (err) {
    showBootError(root, err);
    throw err;
  }
}

void boot();
