/**
 * 設定 as the pane keeps them: read from the browser's storage, saved back on every change. Their code (state/settings,
 * with the factor sets it checks against) loads just after the tabs show, with the sections' shared code: the pane's
 * first chunks stay small, and the sections (whose code loads then too) wait for it.
 */
import { useCallback, useEffect, useMemo, useState, type SetStateAction } from "react";
import type { StoredSettings } from "./sections";
import type { SettingsState } from "../state/settings";

type SettingsCode = typeof import("../state/settings");

/** The settings once read; until then the import to wait for, or why it failed. */
export type SettingsLoad =
  | { readonly ready: StoredSettings }
  | { readonly waiting: Promise<unknown> }
  | { readonly failed: unknown };

let settingsCode: Promise<SettingsCode> | undefined;

/** The settings' code, imported once (chunk pane-settings-store, or the sections' shared chunk where they use it). */
function loadSettingsCode(): Promise<SettingsCode> {
  settingsCode ??= import(/* webpackChunkName: "pane-settings-store" */ "../state/settings");
  return settingsCode;
}

export function useStoredSettings(): SettingsLoad {
  const [code, setCode] = useState<{
    module: SettingsCode;
    storage: ReturnType<SettingsCode["browserStorage"]>;
  }>();
  const [failed, setFailed] = useState<{ error: unknown }>();
  const [settings, setSettingsState] = useState<SettingsState>();
  const [notSaved, setNotSaved] = useState(false);
  useEffect(() => {
    let live = true;
    loadSettingsCode().then(
      (module) => {
        if (!live) return;
        const storage = module.browserStorage();
        setCode({ module, storage });
        setSettingsState(module.loadSettings(storage));
      },
      (error: unknown) => live && setFailed({ error })
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (code && settings)
      setNotSaved(code.storage !== null && !code.module.saveSettings(code.storage, settings));
  }, [code, settings]);
  const setSettings = useCallback(
    (action: SetStateAction<SettingsState>) =>
      setSettingsState((previous) => {
        if (typeof action !== "function") return action;
        return previous === undefined ? previous : action(previous);
      }),
    []
  );
  const buildSettings = useMemo(
    () => (code && settings ? code.module.toBuildSettings(settings) : undefined),
    [code, settings]
  );
  if (failed) return { failed: failed.error };
  if (!settings || !buildSettings) return { waiting: loadSettingsCode() };
  return { ready: { settings, setSettings, settingsNotSaved: notSaved, buildSettings } };
}
